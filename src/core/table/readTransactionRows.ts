import type { Issue } from "../issues";
import type { Day } from "../types";
import { applyStrategicFitScale, type DetailsAtRow } from "./applyStrategicFitScale";
import type { CellReader } from "./CellReader";
import { isBlankRow } from "./isBlankRow";
import { warnAmountSign } from "./warnAmountSign";
import { parseAmount } from "./parseAmount";
import { parseDate } from "./parseDate";
import { parseText } from "./parseText";
import { presentDetailFields, readDetails, type CustomerDetails } from "./readDetails";
import type { RowsRead } from "./rowsRead";
import { summarizeTransactions, type Transaction } from "./summarizeTransactions";

interface TransactionRow extends DetailsAtRow {
  readonly transaction: { -readonly [K in keyof Transaction]: Transaction[K] };
}

/**
 * Reads a transaction log (customer ID, date, amount, optional margin and details per row) and
 * summarises it per customer with {@link summarizeTransactions}.
 *
 * Per row: blank rows are counted and skipped; a missing or unreadable ID, date or amount is an
 * error and drops the row; a negative amount (a refund) is a `NEGATIVE_AMOUNT` warning and a zero
 * amount a `ZERO_AMOUNT` warning, both kept (refunds net into the total); transactions after the
 * as-of day get a `FUTURE_DATE` warning each and are left out. Unreadable optional cells are
 * warnings and left out. Duplicate IDs are the point of a log, so they are not issues.
 *
 * @param matrix - header row first
 * @param reader - the table's reader (layout and issues)
 * @param givenAsOf - the as-of day, when the caller fixed it (default: the latest transaction day)
 * @returns the customers (by row of first transaction), the as-of day used and row counts
 *
 * @example
 * const reader = new CellReader({ headers: ["ID", "Date", "Amount"], columns: { id: 0, date: 1, total: 2 }, headerRow: 1, firstColumn: 0 });
 * readTransactionRows([["ID", "Date", "Amount"], ["A", "2025-01-01", 10], ["A", "2025-01-05", 30]], reader, undefined)
 *   .customers.map((c) => [c.id, c.purchases, c.total, c.repeatMean]) // => [["A", 2, 40, 30]]
 */
export function readTransactionRows(
  matrix: readonly (readonly unknown[])[],
  reader: CellReader,
  givenAsOf: Day | undefined,
): RowsRead {
  const columns = reader.layout.columns;
  const hasMargin = columns.margin !== undefined;
  const detailFields = presentDetailFields(reader);
  const rows: TransactionRow[] = [];
  let blankRows = 0;

  for (let r = 1; r < matrix.length; r++) {
    const cells = matrix[r]!;
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    const before = reader.issues.length;
    const id = reader.required(cells, r, "id", parseText);
    const day = reader.required(cells, r, "date", parseDate);
    const amount = reader.required(cells, r, "total", parseAmount);
    const margin = hasMargin ? reader.optional(cells, r, "margin", parseAmount) : undefined;
    const details: CustomerDetails = detailFields.length > 0 ? readDetails(cells, r, detailFields, reader) : {};
    warnAmountSign(reader, cells, r, amount);
    let ok = id !== undefined && day !== undefined && amount !== undefined;
    for (let i = before; ok && i < reader.issues.length; i++) if (reader.issues[i]!.severity === "error") ok = false;
    if (!ok) continue;
    const transaction: TransactionRow["transaction"] = { id: id!, day: day!, amount: amount!, row: reader.sheetRow(r) };
    if (margin !== undefined) transaction.margin = margin;
    rows.push({ transaction, details, rowIndex: r });
  }

  applyStrategicFitScale(rows, reader);
  const transactions: Transaction[] = rows.map((row) => {
    if (detailFields.length > 0) row.transaction.details = row.details;
    return row.transaction;
  });
  const dateColumn = reader.sheetColumn("date");
  const summary = summarizeTransactions(transactions, {
    ...(givenAsOf !== undefined ? { asOf: givenAsOf } : {}),
    ...(dateColumn !== undefined ? { dateColumn, dateHeader: reader.layout.headers[columns.date!] } : {}),
  });
  const issues: Issue[] = summary.issues;
  for (const issue of issues) reader.issues.push(issue);
  return { customers: summary.customers, asOf: summary.asOf, rowsUsed: summary.used, blankRows };
}
