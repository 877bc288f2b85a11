/**
 * Dirty tables through the `=CDP.*` table functions, called as Excel calls them: ranges as rows of
 * cells, blanks as "", error cells as `CustomFunctions.Error`, dates as serial numbers.
 *
 * What is asserted, for every generated table and each of RFM, CLV, PRIORITY (and SUMMARY for a
 * transaction log), in English or Chinese:
 * 1. The function returns a rectangular spill, or throws `#VALUE!` with a message (in the asked
 *    language) only when no row of the table can be used; nothing else is ever thrown.
 * 2. No number in the spill is NaN or infinite.
 * 3. A customer summary spills one row per table row: a used row gets values, a blank row blanks,
 *    any other row `#N/A` naming the address of a cell at fault in the asked language.
 * 4. A transaction log spills one row per customer, then one `#N/A` row per row with an error.
 * 5. The good rows get the same values as in the same table with every other row blanked.
 */
import fc from "fast-check";
import { excelSerialFromDay } from "../../src/core/days";
import { readCustomers } from "../../src/core/table";
import { clv } from "../../src/functions/clv";
import { priority } from "../../src/functions/priority";
import { rfm } from "../../src/functions/rfm";
import { summary } from "../../src/functions/summary";
import { dirtyTable } from "../fixtures/dirtyTables";
import type { DirtyTable } from "../fixtures/dirtyTables";
import { nonFiniteNumbers } from "./checks";

const SEED = 20250701;

type Call = (table: unknown[][], asOf: unknown, lang: "en" | "zh") => unknown[][];

/** The table functions as Excel may call them (any value in any argument). */
const CALLS: Readonly<Record<string, Call>> = {
  RFM: (table, asOf, lang) =>
    (rfm as (...args: unknown[]) => unknown[][])(table, asOf, "all", null, null, null, lang, INVOCATION),
  CLV: (table, asOf, lang) =>
    (clv as (...args: unknown[]) => unknown[][])(table, asOf, "auto", null, null, null, "all", lang, INVOCATION),
  PRIORITY: (table, asOf, lang) =>
    (priority as (...args: unknown[]) => unknown[][])(table, asOf, null, "all", lang, INVOCATION),
};

const INVOCATION = { parameterAddresses: ["Sheet1!A1:Z100"] };

const isExcelError = (v: unknown): v is CustomFunctions.Error => v instanceof CustomFunctions.Error;

interface Outcome {
  readonly spill?: unknown[][];
  readonly error?: CustomFunctions.Error;
}

function run(call: Call, table: unknown[][], asOf: unknown, lang: "en" | "zh"): Outcome {
  try {
    return { spill: call(table, asOf, lang) };
  } catch (e) {
    // Anything but an Excel error is a bug escaping the function.
    if (!isExcelError(e)) throw e;
    return { error: e };
  }
}

/** Problems with one function's answer for one table (empty when all is well). */
function problems(t: DirtyTable, name: string, outcome: Outcome, lang: "en" | "zh"): string[] {
  const out: string[] = [];
  const read = readCustomersOrEmpty(t);
  const language = lang === "zh" ? /[\u4e00-\u9fff]/ : /[A-Za-z]{3}/;
  if (outcome.error) {
    if (outcome.error.code !== "#VALUE!") out.push(`${name}: threw ${outcome.error.code}`);
    if (!language.test(outcome.error.message ?? ""))
      out.push(`${name}: message not in ${lang}: ${outcome.error.message}`);
    if (read.customers.length > 0) out.push(`${name}: threw although ${read.customers.length} customers were readable`);
    return out;
  }
  const spill = outcome.spill!;
  if (spill.some((row) => row.length !== spill[0]!.length)) out.push(`${name}: the spill is not rectangular`);
  out.push(...nonFiniteNumbers(spill).map((p) => `${name}: ${p}`));
  const errorsByRow = new Map<number, string[]>();
  for (const issue of read.issues) {
    if (issue.severity !== "error") continue;
    errorsByRow.set(issue.row, [...(errorsByRow.get(issue.row) ?? []), issue.address]);
  }
  const namesCell = (cell: unknown, row: number): boolean =>
    isExcelError(cell) &&
    cell.code === "#N/A" &&
    language.test(cell.message ?? "") &&
    (errorsByRow.get(row) ?? []).some((address) => (cell.message ?? "").includes(address));
  if (t.shape === "summary") {
    const used = new Set(read.customers.map((c) => c.row));
    if (spill.length !== t.matrix.length) out.push(`${name}: ${spill.length} rows for ${t.matrix.length}`);
    t.rows.forEach((cells, r) => {
      const row = spill[r + 1] ?? [];
      const blank = cells.every((c) => c.verdict === "blank");
      if (used.has(r + 2)) {
        if (row.some(isExcelError)) out.push(`${name}: row ${r + 2} is used but shows an error`);
      } else if (blank) {
        if (row.some((v) => v !== "")) out.push(`${name}: blank row ${r + 2} is not blank`);
      } else if (!row.every((v) => namesCell(v, r + 2))) {
        out.push(`${name}: row ${r + 2} does not name its bad cell`);
      }
    });
  } else {
    const errorRows = errorsByRow.size;
    if (spill.length !== 1 + read.customers.length + errorRows) {
      out.push(`${name}: ${spill.length - 1} rows for ${read.customers.length} customers and ${errorRows} bad rows`);
    }
    spill.slice(1 + read.customers.length).forEach((row) => {
      if (!isExcelError(row[0]) || row[0].code !== "#N/A") out.push(`${name}: a bad row shows no #N/A`);
    });
  }
  return out;
}

function readCustomersOrEmpty(t: DirtyTable) {
  try {
    return readCustomers(
      t.matrix.map((row) => row.map((v) => (isExcelError(v) ? v.code : v))),
      t.asOf === undefined ? {} : { asOf: t.asOf },
    );
  } catch {
    return { customers: [], issues: [] };
  }
}

describe("dirty tables through the =CDP.* functions", () => {
  it("answers every dirty table with a spill or a #VALUE! message, naming every bad row", () => {
    fc.assert(
      fc.property(dirtyTable({ host: "excel" }), fc.constantFrom<"en" | "zh">("en", "zh"), (t, lang) => {
        const table = t.matrix as unknown[][];
        const asOf = t.asOf === undefined ? "" : excelSerialFromDay(t.asOf);
        const calls = t.shape === "transactions" ? { ...CALLS, SUMMARY: summaryCall } : CALLS;
        const found: string[] = [];
        const read = readCustomersOrEmpty(t);
        const bad = new Set(read.issues.filter((i) => i.severity === "error").map((i) => i.row));
        const blanked = table.map((row, m) => (m > 0 && bad.has(m + 1) ? row.map(() => "") : row));
        for (const [name, call] of Object.entries(calls)) {
          const outcome = run(call, table, asOf, lang);
          // SUMMARY has no language argument: its messages are in English.
          found.push(...problems(t, name, outcome, name === "SUMMARY" ? "en" : lang));
          // The good rows, scored with the bad ones blanked: the same values.
          if (outcome.spill && t.shape === "summary") {
            const alone = run(call, blanked, asOf, lang).spill;
            const used = new Set(read.customers.map((c) => c.row));
            for (let m = 1; m < table.length; m++) {
              if (used.has(m + 1) && JSON.stringify(alone?.[m]) !== JSON.stringify(outcome.spill[m])) {
                found.push(`${name}: row ${m + 1} differs from the table without its bad rows`);
              }
            }
          }
        }
        expect(found).toEqual([]);
      }),
      { seed: SEED, numRuns: 3300 },
    );
  });
});

function summaryCall(table: unknown[][], asOf: unknown): unknown[][] {
  return (summary as (...args: unknown[]) => unknown[][])(table, asOf, null, INVOCATION);
}
