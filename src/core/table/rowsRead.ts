import type { Customer, Day } from "../types";

/** What a row reader of `readCustomers` returns (its issues are on the `CellReader`). */
export interface RowsRead {
  readonly customers: Customer[];
  /** The as-of date used: the one given, else the latest date among the rows used; `undefined` when neither exists. */
  readonly asOf: Day | undefined;
  /** Data rows that went into a customer. */
  readonly rowsUsed: number;
  /** Data rows that were entirely blank. */
  readonly blankRows: number;
}
