import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/issues";

/** A sheet's cell values, row by row from row 1, column A first (exceljs values; `null` for empty). */
export type SheetValues = readonly (readonly unknown[])[];

/** What the test knows about the shipped sample, read from the file itself. */
export interface SampleFacts {
  /** Every sheet's values, by sheet name. */
  readonly sheets: Readonly<Record<string, SheetValues>>;
  /** The summary sheet's header row. */
  readonly summaryHeaders: readonly string[];
  /** Data rows of the summary sheet (below its header row). */
  readonly summaryRows: number;
  /**
   * Cells of the summary sheet that cannot be read as a customer: an error value (`#N/A`) in one of
   * the columns a summary needs, and every repeat of a customer ID after its first row.
   */
  readonly badCells: readonly string[];
  /** Data rows of the transaction log. */
  readonly transactionRows: number;
  /** Per customer ID of the transaction log: its purchases (rows) and their total amount. */
  readonly purchasesById: ReadonlyMap<string, { readonly count: number; readonly total: number }>;
}

/** The values of a worksheet as a matrix, `width` columns wide (default: the sheet's own width). */
export function sheetValues(sheet: ExcelJS.Worksheet, width = sheet.columnCount): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    // exceljs: a sparse array, 1-based (index 0 is unused).
    const cells = sheet.getRow(r).values as unknown[];
    const values: unknown[] = [];
    for (let c = 1; c <= width; c++) values.push(cells[c] ?? null);
    rows.push(values);
  }
  return rows;
}

/**
 * Reads examples/cdp-sample.xlsx as a user would see it: sheet `summary` (one row per customer,
 * Chinese headers) and sheet `transactions` (one row per purchase).
 *
 * @param file - the sample's path
 * @param summary - the summary sheet's name
 * @param transactions - the transaction sheet's name
 * @param required - the summary sheet's headers whose cells must hold a value (ID, last purchase, count, amount)
 * @returns the facts the browser test checks the pane against
 */
export async function readSampleFacts(
  file: string,
  summary: string,
  transactions: string,
  required: readonly string[],
): Promise<SampleFacts> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, SheetValues> = {};
  for (const sheet of workbook.worksheets) sheets[sheet.name] = sheetValues(sheet);

  const rows = sheets[summary];
  const summaryHeaders = rows[0].map((h) => String(h ?? ""));
  const requiredColumns = required.map((h) => summaryHeaders.indexOf(h));
  if (requiredColumns.includes(-1)) throw new Error(`the sample's ${summary} lacks one of ${required.join(", ")}`);
  const badCells: string[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < rows.length; r++) {
    for (const c of requiredColumns) {
      const value = rows[r][c];
      if (typeof value === "object" && value !== null && "error" in value) badCells.push(cellAddress(r + 1, c));
    }
    const id = String(rows[r][requiredColumns[0]]);
    if (seen.has(id)) badCells.push(cellAddress(r + 1, requiredColumns[0]));
    seen.add(id);
  }

  const log = sheets[transactions];
  const purchasesById = new Map<string, { count: number; total: number }>();
  for (const [id, , amount] of log.slice(1)) {
    const entry = purchasesById.get(String(id)) ?? { count: 0, total: 0 };
    purchasesById.set(String(id), { count: entry.count + 1, total: entry.total + Number(amount) });
  }

  return {
    sheets,
    summaryHeaders,
    summaryRows: rows.length - 1,
    badCells,
    transactionRows: log.length - 1,
    purchasesById,
  };
}
