import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { decodeText } from "./decodeText";
import { toCsv } from "./csvText";
import { XlsxWorkbook } from "./xlsxWorkbook";

/** The file kinds CDP reads and writes. */
export type WorkbookFileKind = "xlsx" | "csv";

/** A problem with a whole file (not with a cell): the command line prints it and stops. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookFileError";
    Object.setPrototypeOf(this, WorkbookFileError.prototype);
  }
}

/**
 * The kind of a file from its name; other spreadsheet formats get a message saying what to do.
 *
 * @example
 * workbookFileKind("客户.xlsx") // => "xlsx"
 */
export function workbookFileKind(fileName: string): WorkbookFileKind {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "xlsx") return "xlsx";
  if (extension === "csv" || extension === "txt") return "csv";
  if (extension === "xlsm" || extension === "xltm" || extension === "xlsb") {
    throw new WorkbookFileError(
      `${fileName}: macro-enabled and binary workbooks are not read; save a copy as .xlsx (Excel Workbook) and use that.`,
    );
  }
  if (extension === "xls")
    throw new WorkbookFileError(`${fileName}: the old .xls format is not read; save a copy as .xlsx.`);
  throw new WorkbookFileError(`${fileName}: use an .xlsx or a .csv file.`);
}

/**
 * Opens a workbook from its bytes (no file system needed, so a browser page can use it too).
 * A CSV file becomes a workbook with one sheet named after the file; its cells stay text, exactly as
 * typed, and the core parses numbers and dates.
 */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<XlsxWorkbook> {
  const kind = workbookFileKind(fileName);
  const workbook = new ExcelJS.Workbook();
  if (kind === "xlsx") {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new WorkbookFileError(`${fileName} is not an .xlsx workbook (an .xlsx file is a zip archive).`);
    }
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new WorkbookFileError(`${fileName} could not be opened as an .xlsx workbook: ${(e as Error).message}`);
    }
    return new XlsxWorkbook(workbook);
  }
  const text = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    throw new WorkbookFileError(`${fileName} is not a readable CSV file: ${(e as Error).message}`);
  }
  const sheet = workbook.addWorksheet(csvSheetName(fileName));
  for (const row of rows) sheet.addRow(row);
  return new XlsxWorkbook(workbook);
}

/** Name of the one sheet a CSV file becomes: the file name without folder and extension. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return (base.replace(/[\\/?*[\]:]/g, "_").slice(0, 31) || "Sheet1").trim() || "Sheet1";
}

/**
 * The bytes of a workbook in the kind the file name asks for. A CSV holds one sheet: `csvSheet`.
 */
export async function saveWorkbook(port: XlsxWorkbook, fileName: string, csvSheet: string): Promise<Uint8Array> {
  if (workbookFileKind(fileName) === "xlsx") {
    return port.toXlsx();
  }
  const sheet = port.workbook.getWorksheet(csvSheet);
  if (!sheet) throw new WorkbookFileError(`The workbook has no sheet named "${csvSheet}" to save as CSV.`);
  const { matrix } = await port.readTable(csvSheet);
  return new TextEncoder().encode(toCsv(matrix));
}
