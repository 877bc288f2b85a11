import { excelSerialFromDay, isoFromDay } from "../core/days";
import type { Issue } from "../core/issues";
import { summarizeSegments } from "../core/rfm";
import type { SegmentSummaryRow } from "../core/rfm";
import { scoreCustomers } from "../core/score";
import type { ScoredCustomer, ScoreOptions, ScoreResult } from "../core/score";
import { readCustomers } from "../core/table";
import type { ReadCustomersOptions, TableShape } from "../core/table";
import type { Lang } from "../core/types";
import type { CellValue, OutputColumn, ProgressListener, WorkbookPort, WrittenColumn } from "./ports";
import type { LiveTable } from "../core/plan/layout";
import { liveTableOf } from "./liveTableOf";
import { userColumns } from "./userColumns";
import { NOTE_COLUMN, SCORE_COLUMNS } from "../core/score";

export interface AnalyzeOptions {
  /** The table to score (see {@link WorkbookPort.listTables}). */
  readonly table: string;
  /** Language of the written headers and labels. */
  readonly lang: Lang;
  /** How to read the table: as-of date, column mapping, shape, time unit. */
  readonly read?: Omit<ReadCustomersOptions, "headerRow" | "firstColumn">;
  readonly score?: ScoreOptions;
  readonly onProgress?: ProgressListener;
}

export interface AnalyzeResult {
  readonly shape: TableShape;
  /** The as-of date used, `YYYY-MM-DD`. */
  readonly asOf: string | undefined;
  readonly rowsRead: number;
  readonly issues: readonly Issue[];
  readonly result: ScoreResult;
  readonly segments: readonly SegmentSummaryRow[];
  /** Columns written next to a summary table. */
  readonly written: readonly WrittenColumn[];
  /** The per-customer sheet written for a transaction log. */
  readonly customerSheet?: string;
  /** Where the scored table sits, so a plan's KPIs can be live formulas over it. */
  readonly liveTable?: LiveTable;
}

/** Name of the per-customer sheet written when the table is a transaction log. */
export const CUSTOMER_SHEET = { en: "CDP Customers", zh: "CDP客户评分" } as const;

/**
 * Analyze: reads a customer table through the port, scores every customer, and writes the scores
 * back as columns the add-in owns (or, for a transaction log, as a per-customer sheet). Columns an
 * earlier run wrote are left out of the input, so running it again gives the same result.
 *
 * Rows that could not be scored get empty score cells and a note naming the problem; nothing the
 * user typed is changed.
 */
export async function analyzeTable(port: WorkbookPort, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const table = await port.readTable(options.table, options.onProgress);
  const { info, matrix } = table;
  const { input, keep } = userColumns(table, await port.readSettings(), options.table);
  const read = readCustomers(input, { ...options.read, headerRow: info.headerRow, firstColumn: info.firstColumn });
  const result = scoreCustomers(read.customers, options.score);
  const segments = summarizeSegments(read.customers, result.segmentation, options.lang);
  const scheme = result.segmentation.scheme;
  const lang = options.lang;

  let written: WrittenColumn[] = [];
  let customerSheet: string | undefined;
  let liveTable: LiveTable | undefined;
  if (read.shape === "transactions") {
    customerSheet = await port.writeSheet(customerSheetContent(result.customers, lang, scheme));
    liveTable = liveTableOf({
      kind: "customerSheet",
      sheet: customerSheet,
      customers: result.customers.length,
      purchasesColumn: CUSTOMER_SHEET_BASE.en.indexOf("Purchases"),
      totalColumn: CUSTOMER_SHEET_BASE.en.indexOf("Total"),
      firstScoreColumn: CUSTOMER_SHEET_BASE.en.length,
      lang,
    });
  } else {
    const byRow = new Map<number, ScoredCustomer>();
    for (const scored of result.customers) byRow.set(scored.customer.row, scored);
    const notes = notesByRow(read.issues, lang);
    const rowCount = matrix.length - 1;
    const sheetRow = (i: number): number => info.headerRow + 1 + i;
    const columns: OutputColumn[] = SCORE_COLUMNS.map((column) => ({
      header: column.header[lang],
      ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
      values: Array.from({ length: rowCount }, (_, i): CellValue => {
        const scored = byRow.get(sheetRow(i));
        return scored ? column.value(scored, lang, scheme) : null;
      }),
    }));
    columns.push({
      header: NOTE_COLUMN[lang],
      values: Array.from({ length: rowCount }, (_, i) => notes.get(sheetRow(i)) ?? null),
    });
    written = await port.writeColumns(options.table, columns, options.onProgress);
    // The reader's columns index the input, which lacks the owned columns; map them back to the table's.
    const mapping = Object.fromEntries(Object.entries(read.mapping).map(([field, i]) => [field, keep[i as number]]));
    liveTable = liveTableOf({ kind: "columns", info, shape: read.shape, written, mapping, lang });
  }
  await port.writeSettings({
    ...(await port.readSettings()),
    lastAnalysis: {
      table: options.table,
      asOf: read.asOf === undefined ? null : isoFromDay(read.asOf),
      lang,
      scheme,
      clvMethod: result.clv.method,
    },
  });

  return {
    shape: read.shape,
    asOf: read.asOf === undefined ? undefined : isoFromDay(read.asOf),
    rowsRead: read.rowsRead,
    issues: read.issues,
    result,
    segments,
    written,
    ...(customerSheet ? { customerSheet } : {}),
    ...(liveTable ? { liveTable } : {}),
  };
}

/** The first columns of the per-customer sheet, before the score columns. */
const CUSTOMER_SHEET_BASE = {
  en: ["Customer ID", "Name", "First purchase", "Last purchase", "Purchases", "Total"],
  zh: ["客户编号", "客户名称", "首次购买日期", "最近购买日期", "购买次数", "消费金额"],
} as const;

/** Issue messages joined per sheet row, errors first. */
function notesByRow(issues: readonly Issue[], lang: Lang): Map<number, string> {
  const notes = new Map<number, string>();
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  for (const issue of ordered) {
    const text = `${issue.address}: ${issue.message[lang]}`;
    const before = notes.get(issue.row);
    notes.set(issue.row, before ? `${before}; ${text}` : text);
  }
  return notes;
}

function customerSheetContent(
  customers: readonly ScoredCustomer[],
  lang: Lang,
  scheme: ScoreResult["segmentation"]["scheme"],
) {
  const base = CUSTOMER_SHEET_BASE[lang];
  const rows: CellValue[][] = [[...base, ...SCORE_COLUMNS.map((c) => c.header[lang])]];
  for (const scored of customers) {
    const c = scored.customer;
    rows.push([
      c.id,
      c.name ?? null,
      c.firstPurchase === undefined ? null : excelSerialFromDay(c.firstPurchase),
      c.lastPurchase === undefined ? null : excelSerialFromDay(c.lastPurchase),
      c.purchases,
      c.total,
      ...SCORE_COLUMNS.map((column) => column.value(scored, lang, scheme)),
    ]);
  }
  return {
    name: CUSTOMER_SHEET[lang],
    rows,
    // Dates are Excel serial numbers with a date format, so they sort, filter and compute as dates.
    columnFormats: [
      undefined,
      undefined,
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "0",
      "#,##0.00",
      ...SCORE_COLUMNS.map((c) => c.numberFormat),
    ],
    columnWidths: [14, 28, 14, 14, 10, 14, ...SCORE_COLUMNS.map((c) => Math.max(10, c.header[lang].length + 4))],
  };
}
