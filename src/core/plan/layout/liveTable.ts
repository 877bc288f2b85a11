import type { Lang } from "../../types";
import type { LiveColumn } from "../types";

/**
 * Where the scored customer table sits, so the plan's KPIs can be live formulas over it: the sheet,
 * the first and last data rows, and the sheet column of each column a formula reads. Rows and
 * columns are 0-based sheet positions. `lang` is the language the score columns' labels were written
 * in (a churn level reads `预警` in a Chinese table, `Warning` in an English one).
 */
export interface LiveTable {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Readonly<Partial<Record<LiveColumn, number>>>;
  readonly lang: Lang;
}
