import { describeIssue } from "../../core/issues";
import { isBlankRow } from "../../core/table";
import type { Customer, Lang } from "../../core/types";
import { OUTPUT_HEADERS } from "./outputHeaders";
import { perRowError } from "./perRowError";
import type { ReadTable } from "./readTable";

/**
 * The spilled result of a table function, laid out by the rule every `=CDP.*` table function
 * follows:
 *
 * - **Customer summary or lifetimes-style table: aligned.** A header row, then exactly one row per
 *   data row of the table, in the same order, so the result can sit right next to the table. A
 *   blank data row gives a row of `""`; a row that could not be used (its issues are errors) gives
 *   `#N/A` in every column, with the row's problems as the message (`C7: not a date`, errors joined
 *   by `; `).
 * - **Transaction log: one row per customer.** A header row starting with the customer-ID column,
 *   then one row per customer in the order of their first transaction, the ID first (a number when
 *   the ID cell held one, so lookups against numeric IDs work). Rows of the log that could not be
 *   read are listed after the customers, one per sheet row: `#N/A` with the row's problems in the ID
 *   column, `""` in the others. Warnings (refunds, transactions after the as-of date) are not listed.
 *
 * Runs in O(rows × columns).
 *
 * @param table - the table as read by `readTable`
 * @param headers - the result's column headers, without the ID column
 * @param valuesOf - the result's cells for one customer (same length as `headers`)
 * @param lang - language of the ID header and of the row messages
 * @returns the rows to return to Excel
 *
 * @example
 * // a summary: row 2 is customer A, row 3's last purchase is "soon" (not a date)
 * tableSpill(readTable([header, ["A", 45657, 2, 300], ["B", "soon", 1, 10]], ""), ["R"], () => [5], "en")
 * // => [["R"], [5], [#N/A 'B3: "soon" is not a date (last purchase date); …']]
 */
export function tableSpill(
  table: ReadTable,
  headers: readonly string[],
  valuesOf: (customer: Customer, index: number) => readonly unknown[],
  lang: Lang,
): unknown[][] {
  const { read, matrix, headerRow } = table;
  const problems = problemsByRow(table, lang);
  if (read.shape === "transactions") {
    const idColumn = read.mapping.id!;
    const rows: unknown[][] = [[OUTPUT_HEADERS.customerId[lang], ...headers]];
    read.customers.forEach((c, i) => {
      const cell = matrix[c.row - headerRow]?.[idColumn];
      rows.push([typeof cell === "number" ? cell : c.id, ...valuesOf(c, i)]);
    });
    for (const message of problems.values()) rows.push([perRowError(message), ...headers.map(() => "")]);
    return rows;
  }
  const byRow = new Map<number, number>();
  read.customers.forEach((c, i) => byRow.set(c.row, i));
  const rows: unknown[][] = [[...headers]];
  for (let r = 1; r < matrix.length; r++) {
    const row = headerRow + r;
    const index = byRow.get(row);
    if (index !== undefined) {
      rows.push([...valuesOf(read.customers[index]!, index)]);
    } else if (isBlankRow(matrix[r]!)) {
      rows.push(headers.map(() => ""));
    } else {
      const message = problems.get(row) ?? unusedRow(row, lang);
      rows.push(headers.map(() => perRowError(message)));
    }
  }
  return rows;
}

/** Error issues of each sheet row, as one message per row, in sheet order. */
function problemsByRow(table: ReadTable, lang: Lang): Map<number, string> {
  const out = new Map<number, string>();
  for (const issue of table.read.issues) {
    if (issue.severity !== "error" || issue.row <= table.headerRow) continue;
    const text = describeIssue(issue, lang);
    const before = out.get(issue.row);
    out.set(issue.row, before === undefined ? text : `${before}; ${text}`);
  }
  return out;
}

function unusedRow(row: number, lang: Lang): string {
  return lang === "zh" ? `第 ${row} 行未能使用` : `Row ${row} could not be used`;
}
