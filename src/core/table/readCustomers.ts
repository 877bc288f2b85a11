import { DomainError } from "../errors";
import type { Issue } from "../issues";
import type { Customer, Day, LocalizedText } from "../types";
import { CellReader } from "./CellReader";
import { type ColumnMapping, detectColumns, type ResolvedColumns } from "./detectColumns";
import type { FieldKey } from "./headerSynonyms";
import { ERROR_MESSAGES, FIELD_LABELS, SHAPE_LABELS } from "./issueMessages";
import { isBlankRow } from "./isBlankRow";
import { type LifetimesUnit, readLifetimesRows } from "./readLifetimesRows";
import { readSummaryRows } from "./readSummaryRows";
import { readTransactionRows } from "./readTransactionRows";
import type { RowsRead } from "./rowsRead";

/** The layouts a customer table can have. */
export type TableShape = "summary" | "transactions" | "lifetimes";

/** Options of {@link readCustomers}. */
export interface ReadCustomersOptions {
  /** The day recency and age are measured to. Default: the latest purchase date in the data. */
  readonly asOf?: Day;
  /** Columns chosen by the user (0-based matrix column index, or header text); they override recognition. */
  readonly mapping?: ColumnMapping;
  /** The table's layout; `"auto"` (default) recognises it from the headers. */
  readonly shape?: "auto" | TableShape;
  /** Time unit of a lifetimes-style table's `recency` and `T`. Default `"days"`. */
  readonly unit?: LifetimesUnit;
  /** Sheet row number of the header row, for addresses in issues. Default 1. */
  readonly headerRow?: number;
  /** 0-based sheet column index of the matrix's first column, for addresses in issues. Default 0 (column A). */
  readonly firstColumn?: number;
}

/** What {@link readCustomers} returns. */
export interface ReadCustomersResult {
  /** The customers read, in row order (for a transaction log: by row of the first transaction). */
  readonly customers: Customer[];
  /** Every problem found, in sheet order: by row, then by column. */
  readonly issues: Issue[];
  /** The layout the table was read as. */
  readonly shape: TableShape;
  /** Field → 0-based matrix column index, as recognised or mapped. */
  readonly mapping: ResolvedColumns;
  /** Non-empty headers not used for any field. */
  readonly unmatchedHeaders: string[];
  /**
   * The as-of day used: the one given, else the latest last-purchase or transaction day among the
   * rows used. `undefined` only when none was given and the table yields no date (a lifetimes-style
   * table, or one where no row could be used).
   */
  readonly asOf: Day | undefined;
  /** Data rows below the header, blank ones included. */
  readonly rowsRead: number;
  /** Data rows that went into a customer. */
  readonly rowsUsed: number;
  /** Data rows that were entirely blank (skipped silently). */
  readonly blankRows: number;
}

/** The columns each shape needs. */
export const REQUIRED_FIELDS: Readonly<Record<TableShape, readonly FieldKey[]>> = Object.freeze({
  summary: ["id", "lastPurchase", "purchases", "total"],
  transactions: ["id", "date", "total"],
  lifetimes: ["id", "lifetimesFrequency", "lifetimesRecency", "lifetimesT", "lifetimesMonetary"],
});

function badOption(name: string, value: unknown, expected: LocalizedText): never {
  const m = ERROR_MESSAGES.badOption(name, String(value), expected);
  throw new DomainError("BAD_ARGUMENT", m.en, m.zh, { option: name, value });
}

function checkOptions(options: ReadCustomersOptions): void {
  const { asOf, shape, unit, headerRow, firstColumn } = options;
  if (asOf !== undefined && !Number.isInteger(asOf)) {
    badOption("asOf", asOf, {
      en: "a day number (whole days since 1970-01-01)",
      zh: "日期序号（自 1970-01-01 起的整天数）",
    });
  }
  if (shape !== undefined && !["auto", "summary", "transactions", "lifetimes"].includes(shape)) {
    badOption("shape", shape, {
      en: "auto, summary, transactions or lifetimes",
      zh: "auto、summary、transactions 或 lifetimes",
    });
  }
  if (unit !== undefined && unit !== "days" && unit !== "weeks") {
    badOption("unit", unit, { en: "days or weeks", zh: "days 或 weeks" });
  }
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1)) {
    badOption("headerRow", headerRow, { en: "a sheet row number, 1 or more", zh: "工作表行号，至少为 1" });
  }
  if (firstColumn !== undefined && !(Number.isInteger(firstColumn) && firstColumn >= 0)) {
    badOption("firstColumn", firstColumn, {
      en: "a 0-based column index, 0 or more",
      zh: "从 0 开始的列序号，至少为 0",
    });
  }
}

/** Sheet order: by row, then by column (a whole-row address `7:7` before the row's cells). */
function byPlace(a: Issue, b: Issue): number {
  if (a.row !== b.row) return a.row - b.row;
  const ca = a.address.includes(":") ? "" : a.address.replace(/\d+$/, "");
  const cb = b.address.includes(":") ? "" : b.address.replace(/\d+$/, "");
  return ca.length - cb.length || (ca < cb ? -1 : ca > cb ? 1 : 0);
}

function empty(message: LocalizedText): never {
  throw new DomainError("EMPTY_INPUT", message.en, message.zh);
}

function resolveShape(
  requested: ReadCustomersOptions["shape"],
  columns: ResolvedColumns,
  lifetimesStyle: boolean,
): TableShape {
  if (requested !== undefined && requested !== "auto") return requested;
  if (lifetimesStyle && columns.lifetimesRecency !== undefined && columns.lifetimesT !== undefined) return "lifetimes";
  if (columns.lastPurchase !== undefined) return "summary";
  if (columns.date !== undefined && columns.total !== undefined && columns.purchases === undefined)
    return "transactions";
  return "summary";
}

/**
 * Reads a customer table, as Excel or exceljs hands it over (a matrix, header row first), into
 * {@link Customer} records and a list of {@link Issue}s, one per problem cell or row.
 *
 * Method:
 * 1. header recognition with `detectColumns` (English and Chinese synonyms, the user's mapping
 *    first);
 * 2. the shape, unless given: lifetimes-style when `recency`/`t_x` and `T` columns exist; a
 *    summary when there is a last-purchase column; a transaction log when there are a date and
 *    an amount column and no purchase-count column; otherwise a summary (whose missing columns
 *    are then reported);
 * 3. the rows, read by `readSummaryRows`, `readTransactionRows` (with `summarizeTransactions`) or
 *    `readLifetimesRows`; each documents its per-row rules and customer fields.
 *
 * Cells may be numbers (Excel date serials included), text, booleans, JS `Date`s (UTC calendar
 * dates), blanks (`null`, `undefined`, `""`) or Excel errors (`"#N/A"`, `{ error: "#N/A" }`, an
 * object with `code: "#N/A"`). Rows shorter than the header are padded with blanks; cells beyond
 * the header are ignored. Bad rows never stop the reading: they become issues, and the other rows
 * are read exactly as they would be alone (the default as-of day is taken from rows used only).
 * Nothing in `matrix` is changed.
 *
 * One pass over the cells (plus one over the kept rows; a log's customers are sorted by day),
 * with no text matching for numbers, serials and `Date`s. O(rows × columns).
 *
 * @param matrix - the table, header row first
 * @param options - as-of day, column mapping, shape, lifetimes unit, and where the table sits on the sheet
 * @returns the customers, the issues, the shape and columns used, the as-of day and row counts
 * @throws {DomainError} `EMPTY_INPUT` when there is no header row or no non-blank data row;
 *   `MISSING_COLUMN` (naming the columns in English and Chinese, detail `{ shape, missing }`)
 *   when columns the shape needs are absent; `BAD_ARGUMENT` for invalid options or mapping
 *
 * @example
 * readCustomers([
 *   ["客户编号", "最近购买日期", "购买次数", "销售额(元)"],
 *   [1001, "2025-01-13", 3, "¥1,200"],
 *   [1002, "2025年1月23日", 1, 80],
 * ]).customers.map((c) => [c.id, c.recencyDays, c.purchases, c.total])
 * // => [["1001", 10, 3, 1200], ["1002", 0, 1, 80]]
 */
export function readCustomers(
  matrix: readonly (readonly unknown[])[],
  options: ReadCustomersOptions = {},
): ReadCustomersResult {
  checkOptions(options);
  if (matrix.length === 0) empty(ERROR_MESSAGES.emptyTable());
  const header = matrix[0]!;
  if (isBlankRow(header)) empty(ERROR_MESSAGES.noHeader());
  let anyData = false;
  for (let r = 1; r < matrix.length && !anyData; r++) anyData = !isBlankRow(matrix[r]);
  if (!anyData) empty(ERROR_MESSAGES.noDataRows());

  const requested = options.shape ?? "auto";
  const detection = detectColumns(header, {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    lifetimes: requested === "lifetimes" ? true : requested === "auto" ? "auto" : false,
  });
  // A table whose only customer column is headed like a name ("客户", "Customer") is keyed by it.
  if (detection.columns.id === undefined && detection.columns.name !== undefined && !options.mapping?.id) {
    detection.columns.id = detection.columns.name;
  }
  const shape = resolveShape(requested, detection.columns, detection.lifetimesStyle);
  const missing = REQUIRED_FIELDS[shape].filter((f) => detection.columns[f] === undefined);
  if (missing.length > 0) {
    const m = ERROR_MESSAGES.missingColumns(
      SHAPE_LABELS[shape],
      missing.map((f) => FIELD_LABELS[f]),
      detection.headers.filter((h) => h !== ""),
      requested === "auto" && shape === "summary",
    );
    throw new DomainError("MISSING_COLUMN", m.en, m.zh, { shape, missing });
  }

  const reader = new CellReader({
    headers: detection.headers,
    columns: detection.columns,
    headerRow: options.headerRow ?? 1,
    firstColumn: options.firstColumn ?? 0,
  });
  let read: RowsRead;
  if (shape === "summary") read = readSummaryRows(matrix, reader, options.asOf);
  else if (shape === "transactions") read = readTransactionRows(matrix, reader, options.asOf);
  else read = readLifetimesRows(matrix, reader, options.unit ?? "days");

  const issues = reader.issues;
  issues.sort(byPlace);
  return {
    customers: read.customers,
    issues,
    shape,
    mapping: detection.columns,
    unmatchedHeaders: [...detection.unmatchedHeaders],
    asOf: read.asOf ?? options.asOf,
    rowsRead: matrix.length - 1,
    rowsUsed: read.rowsUsed,
    blankRows: read.blankRows,
  };
}
