// The zip checks read the zip's central directory by hand (APPNOTE 4.3.12 to 4.3.16): JSZip reads it
// too but keeps the declared sizes private, and they are needed before anything is unzipped.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { DomainError } from "../core/errors";
import { decodeText } from "./decodeText";
import { toCsv } from "./csvText";
import { flattenCell } from "./flattenCell";
import { XlsxWorkbook } from "./xlsxWorkbook";

/** The file kinds CDP reads and writes. */
export type WorkbookFileKind = "xlsx" | "csv";

/**
 * A problem with a whole file (not with a cell): the command line prints it and stops. A
 * {@link DomainError} (`BAD_ARGUMENT`) with the message in English and Chinese; a refusal for size
 * names the limit in `detail` (`{ limit, max, found }`).
 */
export class WorkbookFileError extends DomainError {
  constructor(message: string, messageZh: string = message, detail?: Readonly<Record<string, unknown>>) {
    super("BAD_ARGUMENT", message, messageZh, detail);
    this.name = "WorkbookFileError";
    Object.setPrototypeOf(this, WorkbookFileError.prototype);
  }
}

/**
 * What CDP agrees to open, so that reading a file stays within memory and time on an ordinary
 * machine. The cell limit is what bounds memory: measured with the command line on 2 cores and
 * Node's default heap (about 4.3 GB), a workbook at it (100,000 rows × 10 columns) is scored and
 * saved at 2.3 GB peak (3.7 GB when its package has to be written whole), while 200,000 rows × 8
 * columns ran out of memory when saves wrote every workbook whole. The row limit lets a
 * narrow table of up to 199,999 customers in. See the README's "Limits".
 */
export interface WorkbookLimits {
  /** Largest file, in bytes (.xlsx or .csv). */
  readonly maxFileBytes: number;
  /** Largest total size of an .xlsx file's parts once unzipped, in bytes. */
  readonly maxUnzippedBytes: number;
  /** Largest unzipped / zipped size of one part bigger than 1 MiB unzipped (a zip bomb has about 1,000). */
  readonly maxCompressionRatio: number;
  /** Most parts (files inside the zip) of an .xlsx file. */
  readonly maxZipEntries: number;
  /** Most rows in one sheet, or records in a CSV file, the header included. */
  readonly maxRows: number;
  /** Most cells in the whole workbook (empty but formatted cells included). */
  readonly maxCells: number;
}

/** The limits {@link loadWorkbook} applies unless told otherwise. */
export const WORKBOOK_LIMITS: WorkbookLimits = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxZipEntries: 10_000,
  maxRows: 200_000,
  maxCells: 1_000_000,
});

/** Parts smaller than this once unzipped are not checked for their compression ratio. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaProjectSignature\.bin)$|^xl\/(macrosheets|dialogsheets)\//i;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

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
      `${fileName}：不读取启用宏的工作簿和二进制工作簿；请另存为 .xlsx（Excel 工作簿）后再使用。`,
    );
  }
  if (extension === "xls")
    throw new WorkbookFileError(
      `${fileName}: the old .xls format is not read; save a copy as .xlsx.`,
      `${fileName}：不读取旧的 .xls 格式；请另存为 .xlsx。`,
    );
  throw new WorkbookFileError(`${fileName}: use an .xlsx or a .csv file.`, `${fileName}：请使用 .xlsx 或 .csv 文件。`);
}

const integer = (n: number): string => n.toLocaleString("en-US");
const mib = (bytes: number): string => `${integer(Math.round(bytes / (1024 * 1024)))} MB`;

function refuse(limit: keyof WorkbookLimits, max: number, found: number, en: string, zh: string): never {
  throw new WorkbookFileError(en, zh, { limit, max, found });
}

/**
 * Refuses a file larger than `limits.maxFileBytes`, before it is read into memory (the command line
 * calls it with the file's size on disk).
 *
 * @throws {WorkbookFileError} naming the limit
 *
 * @example
 * checkFileSize(60 * 1024 * 1024, "big.xlsx") // throws "big.xlsx is 60 MB; CDP opens files up to 50 MB. …"
 */
export function checkFileSize(byteLength: number, fileName: string, limits: Partial<WorkbookLimits> = {}): void {
  const max = limits.maxFileBytes ?? WORKBOOK_LIMITS.maxFileBytes;
  if (byteLength <= max) return;
  refuse(
    "maxFileBytes",
    max,
    byteLength,
    `${fileName} is ${mib(byteLength)}; CDP opens files up to ${mib(max)}. Split the table into smaller files, or delete what the analysis does not need (pictures, other sheets).`,
    `${fileName} 大小为 ${mib(byteLength)}；CDP 最多打开 ${mib(max)} 的文件。请把表格拆分为较小的文件，或删除分析不需要的内容（图片、其他工作表）。`,
  );
}

/** One entry of a zip's central directory: what it claims to hold. */
interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

function damaged(fileName: string, why: string): never {
  throw new WorkbookFileError(
    `${fileName} is a damaged .xlsx file (${why}); open it in Excel and save it again.`,
    `${fileName} 是损坏的 .xlsx 文件（${why}）；请在 Excel 中打开并重新保存。`,
  );
}

/** The entries of a zip's central directory (ZIP64 included), checked against `maxZipEntries`. */
function zipDirectory(bytes: Uint8Array, fileName: string, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 2 ** 32;
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) damaged(fileName, "no zip directory");
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === 0x07064b50) {
    const zip64 = u64(end - 12);
    if (zip64 + 56 > bytes.length || u32(zip64) !== 0x06064b50) damaged(fileName, "bad ZIP64 directory");
    count = u64(zip64 + 32);
    offset = u64(zip64 + 48);
  }
  if (count > maxEntries) {
    refuse(
      "maxZipEntries",
      maxEntries,
      count,
      `${fileName} holds ${integer(count)} parts; CDP opens workbooks of up to ${integer(maxEntries)} parts.`,
      `${fileName} 包含 ${integer(count)} 个部件；CDP 最多打开包含 ${integer(maxEntries)} 个部件的工作簿。`,
    );
  }
  const names = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) damaged(fileName, "bad zip directory entry");
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) damaged(fileName, "bad zip directory entry");
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // ZIP64 extended information (header 0x0001): the 8-byte sizes, uncompressed first, each only if marked.
      for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
        if (u16(x) !== 0x0001) continue;
        let field = x + 4;
        if (uncompressedSize === 0xffffffff && field + 8 <= bytes.length) {
          uncompressedSize = u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= bytes.length) compressedSize = u64(field);
      }
    }
    entries.push({ name: name.replace(/^\/+/, ""), compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses macros, too much unzipped data and zip bombs, from what the zip directory declares. */
function checkDeclared(entries: readonly ZipEntry[], fileName: string, limits: WorkbookLimits): void {
  const macro = entries.find((e) => MACRO_PART.test(e.name));
  if (macro) {
    throw new WorkbookFileError(
      `${fileName} contains macros (${macro.name}); CDP does not open macro-enabled workbooks. Save a copy without macros as .xlsx (Excel Workbook) and use that.`,
      `${fileName} 包含宏（${macro.name}）；CDP 不打开启用宏的工作簿。请另存一份不含宏的 .xlsx（Excel 工作簿）后再使用。`,
      { part: macro.name },
    );
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      refuse(
        "maxCompressionRatio",
        limits.maxCompressionRatio,
        Math.round(ratio),
        `${fileName} looks like a zip bomb: its part ${e.name} unzips ${integer(Math.round(ratio))} times larger than it is stored (CDP accepts up to ${limits.maxCompressionRatio} times).`,
        `${fileName} 疑似压缩炸弹：其部件 ${e.name} 解压后是压缩大小的 ${integer(Math.round(ratio))} 倍（CDP 最多接受 ${limits.maxCompressionRatio} 倍）。`,
      );
    }
  }
  if (total > limits.maxUnzippedBytes) tooMuchUnzipped(fileName, limits.maxUnzippedBytes, total);
}

function tooMuchUnzipped(fileName: string, max: number, found: number): never {
  refuse(
    "maxUnzippedBytes",
    max,
    found,
    `${fileName} unzips to more than ${mib(max)}; CDP opens workbooks that unzip to at most ${mib(max)}. Split the table into smaller files.`,
    `${fileName} 解压后超过 ${mib(max)}；CDP 只打开解压后不超过 ${mib(max)} 的工作簿。请把表格拆分为较小的文件。`,
  );
}

function tooManyRows(fileName: string, max: number, found: number): never {
  refuse(
    "maxRows",
    max,
    found,
    `${fileName} has a sheet with more than ${integer(max)} rows; CDP reads up to ${integer(max)} rows per sheet. Split the table, or delete empty rows below it.`,
    `${fileName} 中有工作表超过 ${integer(max)} 行；CDP 每个工作表最多读取 ${integer(max)} 行。请拆分表格，或删除表格下方的空行。`,
  );
}

function tooManyCells(fileName: string, max: number, found: number): never {
  refuse(
    "maxCells",
    max,
    found,
    `${fileName} has more than ${integer(max)} cells; CDP reads workbooks of up to ${integer(max)} cells. Delete the columns and sheets the analysis does not need, or split the table.`,
    `${fileName} 超过 ${integer(max)} 个单元格；CDP 最多读取 ${integer(max)} 个单元格的工作簿。请删除分析不需要的列和工作表，或拆分表格。`,
  );
}

/**
 * Counts the elements named `row` and `c` (any namespace prefix) in a sheet's XML as it streams by,
 * across chunk boundaries.
 */
class SheetXmlCounter {
  rows = 0;
  cells = 0;
  /** Bytes of the tag name being read (after any prefix), or undefined when not inside a tag name. */
  private name: number[] | undefined;

  add(chunk: Uint8Array): void {
    let name = this.name;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (name === undefined) {
        if (b === 0x3c /* < */) name = [];
        continue;
      }
      if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) {
        this.count(name);
        name = undefined;
      } else if (b === 0x3a /* : */) {
        name.length = 0;
      } else if (name.length < 4) {
        name.push(b);
      } else {
        name = undefined;
      }
    }
    this.name = name;
  }

  private count(name: readonly number[]): void {
    if (name.length === 1 && name[0] === 0x63 /* c */) this.cells++;
    else if (name.length === 3 && name[0] === 0x72 && name[1] === 0x6f && name[2] === 0x77 /* row */) this.rows++;
  }
}

/** JSZip's documented streaming reader of one part (`ZipObject#internalStream`), which its typings leave out. */
interface PartStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", listener: (error: Error) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

/**
 * Unzips every part once, in chunks that are counted and dropped, so a zip directory that lies
 * about sizes cannot make the workbook library unzip more than the limits; counts rows and cells of
 * the sheets on the way, stopping at the first limit passed.
 */
async function checkParts(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  fileName: string,
  limits: WorkbookLimits,
): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    damaged(fileName, (e as Error).message);
  }
  const declared = new Map<string, number>();
  let largest = 0;
  for (const e of entries) {
    declared.set(e.name, Math.max(declared.get(e.name) ?? 0, e.uncompressedSize));
    largest = Math.max(largest, e.uncompressedSize);
  }
  let total = 0;
  let cells = 0;
  for (const part of Object.values(zip.files)) {
    if (part.dir) continue;
    const name = part.name.replace(/^\/+/, "");
    // A name JSZip decodes differently (no UTF-8 flag) is held to the largest size declared.
    const claimed = declared.get(name) ?? largest;
    const counter = WORKSHEET_PART.test(name) ? new SheetXmlCounter() : undefined;
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = (part as unknown as { internalStream(type: "uint8array"): PartStream }).internalStream(
        "uint8array",
      );
      const stop = (error: unknown): void => {
        stream.pause();
        reject(error);
      };
      stream
        .on("data", (chunk) => {
          try {
            size += chunk.length;
            total += chunk.length;
            if (size > claimed) damaged(fileName, `the part ${name} is larger than the zip directory says`);
            if (total > limits.maxUnzippedBytes) tooMuchUnzipped(fileName, limits.maxUnzippedBytes, total);
            if (counter) {
              const before = counter.cells;
              counter.add(chunk);
              cells += counter.cells - before;
              if (counter.rows > limits.maxRows) tooManyRows(fileName, limits.maxRows, counter.rows);
              if (cells > limits.maxCells) tooManyCells(fileName, limits.maxCells, cells);
            }
          } catch (e) {
            stop(e);
          }
        })
        .on("error", (e) => stop(e instanceof WorkbookFileError ? e : new Error(damagedMessage(e))))
        .on("end", () => resolve())
        .resume();
    }).catch((e: unknown) => {
      if (e instanceof WorkbookFileError) throw e;
      damaged(fileName, (e as Error).message);
    });
  }
}

function damagedMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Refuses what is not an .xlsx zip, with the likely reason, and checks it against the limits. */
async function checkXlsx(bytes: Uint8Array, fileName: string, limits: WorkbookLimits): Promise<void> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
    if (ole) {
      throw new WorkbookFileError(
        `${fileName} is not an .xlsx zip archive: it is either password-protected (encrypted) or an old .xls workbook renamed. Remove the password, or save a copy as .xlsx.`,
        `${fileName} 不是 .xlsx 压缩包：它可能设置了密码（已加密），或是改名的旧 .xls 工作簿。请取消密码，或另存为 .xlsx。`,
      );
    }
    throw new WorkbookFileError(
      `${fileName} is not an .xlsx workbook (an .xlsx file is a zip archive). If it is a CSV file, rename it to .csv.`,
      `${fileName} 不是 .xlsx 工作簿（.xlsx 文件是 zip 压缩包）。如果它是 CSV 文件，请把扩展名改为 .csv。`,
    );
  }
  const entries = zipDirectory(bytes, fileName, limits.maxZipEntries);
  checkDeclared(entries, fileName, limits);
  await checkParts(bytes, entries, fileName, limits);
}

/**
 * Text of a CSV file's bytes (see {@link decodeText}), refusing a file whose encodings are mixed: one
 * that starts with a UTF-8 byte-order mark but holds other bytes, or one that is neither valid UTF-8
 * nor valid GBK (typically UTF-8 and GBK lines pasted together). The message names the first line
 * at fault, so nothing is read garbled.
 */
function csvText(bytes: Uint8Array, fileName: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const text = decodeText(bytes);
  if (utf16 || isUtf8(bytes.subarray(bom ? 3 : 0))) return text;
  // Not UTF-8, so `text` was read as GB18030, which marks bytes it cannot read with U+FFFD.
  if (!bom && !text.includes("\uFFFD")) return text;
  const line = bom ? firstLine(bytes.subarray(3), (l) => !isUtf8(l)) : firstLine(bytes, gbkHasErrors);
  if (bom || line > 0) {
    const where = line > 0 ? line : 1;
    throw new WorkbookFileError(
      bom
        ? `${fileName} starts with a UTF-8 byte-order mark, but line ${where} is not UTF-8 text (GBK?): the file mixes encodings. Save it again as "CSV UTF-8" and try once more.`
        : `${fileName}: line ${where} is neither UTF-8 nor GBK text: the file mixes encodings. Save it again as "CSV UTF-8" and try once more.`,
      bom
        ? `${fileName} 以 UTF-8 字节顺序标记开头，但第 ${where} 行不是 UTF-8 文本（可能是 GBK）：文件混用了多种编码。请重新另存为“CSV UTF-8”后再试。`
        : `${fileName}：第 ${where} 行既不是 UTF-8 也不是 GBK 文本：文件混用了多种编码。请重新另存为“CSV UTF-8”后再试。`,
      { line: where },
    );
  }
  return text;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function gbkHasErrors(bytes: Uint8Array): boolean {
  return new TextDecoder("gb18030").decode(bytes).includes("\uFFFD");
}

/** 1-based number of the first line (split at LF) for which `bad` is true, or 0. */
function firstLine(bytes: Uint8Array, bad: (line: Uint8Array) => boolean): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    if (bad(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return 0;
}

/** CSV records, stopping at the first limit passed so an oversized file is never held whole. */
function csvRows(text: string, fileName: string, limits: WorkbookLimits): string[][] {
  let cells = 0;
  let rows = 0;
  try {
    return parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      on_record: (record: string[]) => {
        rows++;
        cells += record.length;
        if (rows > limits.maxRows) tooManyRows(fileName, limits.maxRows, rows);
        if (cells > limits.maxCells) tooManyCells(fileName, limits.maxCells, cells);
        return record;
      },
    }) as string[][];
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(
      `${fileName} is not a readable CSV file: ${(e as Error).message}`,
      `${fileName} 不是可读取的 CSV 文件：${(e as Error).message}`,
    );
  }
}

/**
 * Opens a workbook from its bytes (no file system needed, so a browser page can use it too).
 * A CSV file becomes a workbook with one sheet named after the file; its cells stay text, exactly as
 * typed, and the core parses numbers and dates.
 *
 * Before anything is handed to the workbook library, the file is checked against `limits` (default
 * {@link WORKBOOK_LIMITS}): its size; for .xlsx, that it is a zip (an encrypted workbook or an old
 * .xls is named as such), the number of parts, macros (refused), the unzipped size and compression
 * ratio each part declares, and then the real unzipped size and the rows and cells of every sheet,
 * counted while unzipping in chunks; for CSV, mixed encodings, and rows and cells while parsing.
 * Memory stays within a few chunks until the file is known to fit.
 *
 * @param bytes - the file's content
 * @param fileName - its name; the extension decides how it is read
 * @param limits - limits to use instead of the defaults
 * @returns the workbook
 * @throws {WorkbookFileError} for a file that is not a readable workbook or passes a limit, with the
 *   reason in English and Chinese
 *
 * @example
 * await loadWorkbook(new TextEncoder().encode("ID,Amount\nC1,5\n"), "c.csv") // => an XlsxWorkbook with one sheet "c"
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<WorkbookLimits> = {},
): Promise<XlsxWorkbook> {
  const kind = workbookFileKind(fileName);
  const applied: WorkbookLimits = { ...WORKBOOK_LIMITS, ...limits };
  checkFileSize(bytes.length, fileName, applied);
  const workbook = new ExcelJS.Workbook();
  if (kind === "xlsx") {
    await checkXlsx(bytes, fileName, applied);
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new WorkbookFileError(
        `${fileName} could not be opened as an .xlsx workbook: ${(e as Error).message}`,
        `${fileName} 无法作为 .xlsx 工作簿打开：${(e as Error).message}`,
      );
    }
    return new XlsxWorkbook(workbook, bytes);
  }
  const rows = csvRows(csvText(bytes, fileName), fileName, applied);
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
 * The bytes of a workbook in the kind the file name asks for. A CSV holds one sheet, `csvSheet`,
 * whole: every row and column that holds a value, from A1, so nothing around the table is lost.
 */
export async function saveWorkbook(port: XlsxWorkbook, fileName: string, csvSheet: string): Promise<Uint8Array> {
  if (workbookFileKind(fileName) === "xlsx") {
    return port.toXlsx();
  }
  const sheet = port.workbook.getWorksheet(csvSheet);
  if (!sheet) {
    throw new WorkbookFileError(
      `The workbook has no sheet named "${csvSheet}" to save as CSV.`,
      `工作簿中没有名为“${csvSheet}”的工作表，无法保存为 CSV。`,
    );
  }
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    rows[rowNumber - 1] = values.slice(1).map((v) => flattenCell(v as never));
  });
  const width = rows.reduce((w, row) => Math.max(w, row ? row.length : 0), 0);
  const matrix = Array.from(rows, (row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
  return new TextEncoder().encode(toCsv(matrix));
}
