// The score columns are shared with the task pane and the command line so the three hosts write the
// same headers and labels.
import { SCORE_COLUMNS, segmentLabel, type ScoreColumn } from "../../core/score";

export { segmentLabel };

/**
 * One of the score columns Analyze writes (`r`, `f`, `m`, `rfm`, `segment`, `clv`, `pAlive`,
 * `expectedPurchases`, `valueTier`, `priorityScore`, `priority`, `churn`, …): its headers in
 * English and Chinese and how it labels a scored customer. `=CDP.*` results use these headers, so a
 * formula's result and the task pane's columns carry the same names.
 *
 * @param key - the column's key
 * @returns the column
 * @throws {Error} for an unknown key (a programming error, not a user's)
 *
 * @example
 * scoreColumn("rfm").header.zh // => "RFM代码"
 */
export function scoreColumn(key: string): ScoreColumn {
  const column = SCORE_COLUMNS.find((c) => c.key === key);
  if (column === undefined) throw new Error(`no score column "${key}"`);
  return column;
}
