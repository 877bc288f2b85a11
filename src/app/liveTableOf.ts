import type { LiveTable } from "../core/plan/layout";
import type { LiveColumn } from "../core/plan";
import { SCORE_COLUMNS } from "../core/score";
import type { ResolvedColumns, TableShape } from "../core/table";
import type { Lang } from "../core/types";
import type { TableInfo, WrittenColumn } from "./ports";

/** Score columns a live KPI can read, by their key in {@link SCORE_COLUMNS}. */
const SCORE_KEYS: readonly LiveColumn[] = ["clv", "segment", "valueTier", "priority", "churn"];
/** Input columns of a summary table a live KPI can read. */
const INPUT_KEYS = ["purchases", "total", "nps"] as const;

/** Where the scores went: next to the user's table, or on the per-customer sheet of a transaction log. */
export type ScoredLocation =
  | {
      readonly kind: "columns";
      readonly info: TableInfo;
      readonly shape: TableShape;
      readonly written: readonly WrittenColumn[];
      /** The reader's columns, as indexes into the table's columns (header row positions). */
      readonly mapping: ResolvedColumns;
      readonly lang: Lang;
    }
  | {
      readonly kind: "customerSheet";
      readonly sheet: string;
      readonly customers: number;
      /** 0-based columns of the purchase count, the total and the first score column on that sheet. */
      readonly purchasesColumn: number;
      readonly totalColumn: number;
      readonly firstScoreColumn: number;
      readonly lang: Lang;
    };

/**
 * Where the scored customer table sits, for the plan's live KPI formulas (see `kpiFormula`).
 *
 * Method: next to a summary table, the score columns are found by the header each one was asked
 * for, and the purchase count, total and NPS are the user's own columns as the reader mapped them
 * (a lifetimes-style table counts repeat purchases, not purchases, so those are left out there); on
 * a transaction log's per-customer sheet every column is at a fixed place. No data rows → no live
 * table.
 *
 * @param location - where Analyze wrote the scores
 * @returns the live table, or `undefined` when there is no scored row or no CLV column
 *
 * @example
 * liveTableOf({ kind: "customerSheet", sheet: "CDP Customers", customers: 2, purchasesColumn: 4,
 *   totalColumn: 5, firstScoreColumn: 6, lang: "en" })?.columns.clv // => 11
 */
export function liveTableOf(location: ScoredLocation): LiveTable | undefined {
  const columns: Partial<Record<LiveColumn, number>> = {};
  if (location.kind === "customerSheet") {
    if (location.customers === 0) return undefined;
    columns.purchases = location.purchasesColumn;
    columns.total = location.totalColumn;
    SCORE_COLUMNS.forEach((c, i) => {
      if ((SCORE_KEYS as readonly string[]).includes(c.key))
        columns[c.key as LiveColumn] = location.firstScoreColumn + i;
    });
    return { sheet: location.sheet, firstRow: 1, lastRow: location.customers, columns, lang: location.lang };
  }
  const { info, written, mapping, lang } = location;
  if (info.rowCount === 0) return undefined;
  for (const key of SCORE_KEYS) {
    const header = SCORE_COLUMNS.find((c) => c.key === key)?.header[lang];
    const column = written.find((w) => w.requested === header);
    if (column) columns[key] = column.column;
  }
  if (columns.clv === undefined) return undefined;
  if (location.shape === "summary") {
    for (const key of INPUT_KEYS) {
      const index = mapping[key];
      if (index !== undefined) columns[key] = info.firstColumn + index;
    }
  }
  return { sheet: info.sheet, firstRow: info.headerRow, lastRow: info.headerRow + info.rowCount - 1, columns, lang };
}
