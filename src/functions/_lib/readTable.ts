import { DomainError } from "../../core/errors";
import { describeIssue } from "../../core/issues";
import { detectColumns, readCustomers, REQUIRED_FIELDS } from "../../core/table";
import type { LifetimesUnit, ReadCustomersResult, TableShape } from "../../core/table";
import { asMatrix } from "./asMatrix";
import { optionalAsOf } from "./optionalAsOf";
import { tablePlace } from "./tablePlace";

/** A table argument, read. */
export interface ReadTable {
  /** What the core read: customers, issues, shape, columns, as-of day. */
  readonly read: ReadCustomersResult;
  /** The cells, header row first, as the core saw them. */
  readonly matrix: readonly (readonly unknown[])[];
  /** Sheet row number of the header row (customers' and issues' `row` count from the sheet's top). */
  readonly headerRow: number;
}

/**
 * Reads a table argument of a `=CDP.*` function into customers, through the core's
 * `readCustomers`.
 *
 * - `table` is taken as Excel passed it (see {@link asMatrix}); `asOf` blank means the latest
 *   purchase date in the data (see {@link optionalAsOf}).
 * - When Excel gave the table's address, issues name the real cells (`C7`), not positions counted
 *   from A1 (see {@link tablePlace}).
 * - A table that is both a complete customer summary (ID, last purchase, purchases, total) and
 *   lifetimes-style (frequency, recency, T, monetary_value), as `=CDP.SUMMARY` writes it, is read as
 *   a summary: its dates and totals are exact, where the lifetimes columns would only estimate the
 *   total. `options.shape` forces a layout instead.
 * - A lifetimes-style table's recency and T are in days unless `options.unit` says weeks.
 *
 * @param table - the table argument, header row first
 * @param asOf - the as-of argument
 * @param address - the table's address from `invocation.parameterAddresses`, if any
 * @param options - a layout to force (default: recognised from the headers), and the time unit of a
 *   lifetimes-style table (default days)
 * @returns the reading, the cells and the header row
 * @throws {DomainError} as `readCustomers` (`EMPTY_INPUT`, `MISSING_COLUMN`), `BAD_ARGUMENT` for
 *   the as-of date, and `EMPTY_INPUT` naming the first problem when no row could be used
 *
 * @example
 * readTable([["Customer ID", "Last purchase", "Purchases", "Total amount"], ["A", 45657, 2, 300]], "", "Sheet1!B3:E4")
 *   .read.customers[0].row // => 4
 */
export function readTable(
  table: unknown,
  asOf: unknown,
  address?: string,
  options: { readonly shape?: TableShape; readonly unit?: LifetimesUnit } = {},
): ReadTable {
  const matrix = asMatrix(table);
  const day = optionalAsOf(asOf);
  const place = tablePlace(address);
  const read = readCustomers(matrix, {
    ...(day !== undefined ? { asOf: day } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    shape: options.shape ?? (isCompleteSummary(matrix[0]) ? "summary" : "auto"),
    headerRow: place.headerRow,
    firstColumn: place.firstColumn,
  });
  if (read.customers.length === 0) {
    const first = read.issues.find((i) => i.severity === "error") ?? read.issues[0];
    const count = read.issues.filter((i) => i.severity === "error").length;
    const en = first ? `: ${describeIssue(first, "en")}${count > 1 ? ` (and ${count - 1} more problems)` : ""}` : "";
    const zh = first ? `：${describeIssue(first, "zh")}${count > 1 ? `（另有 ${count - 1} 个问题）` : ""}` : "";
    throw new DomainError("EMPTY_INPUT", `No row of the table could be used${en}`, `表格中没有可用的数据行${zh}`, {
      issues: count,
    });
  }
  return { read, matrix, headerRow: place.headerRow };
}

function isCompleteSummary(header: readonly unknown[] | undefined): boolean {
  if (header === undefined) return false;
  const { columns } = detectColumns(header, { lifetimes: false });
  return REQUIRED_FIELDS.summary.every((f) => columns[f] !== undefined);
}
