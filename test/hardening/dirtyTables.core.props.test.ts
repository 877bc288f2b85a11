/**
 * Dirty tables through the core: `readCustomers` then `scoreCustomers`.
 *
 * What is asserted, for every generated table (see test/fixtures/dirtyTables.ts):
 * 1. Nothing throws but the documented `EMPTY_INPUT` for a table with no non-blank data row.
 * 2. Every column is recognised from its English or Chinese header.
 * 3. Every issue names its cell (or row) and says what is wrong in English and Chinese.
 * 4. The cells with an error issue are exactly the ones the product's rules condemn (worked out from
 *    the cell tags, not from the reader), and likewise the warnings.
 * 5. Every customer is what its good cells say (ID, purchases, total, dates), in row order; the
 *    as-of day is the given one or the latest date among the rows used.
 * 6. The good rows (data rows with no error issue) read exactly as they do alone: in the same table
 *    with every other row blanked (same customers, rows, issues and as-of day), and in a table of
 *    only those rows (same customers but for their row numbers).
 * 7. Scoring the customers never throws and never gives NaN or Infinity; scoring the good rows
 *    alone gives the same scores. RFM quantiles and the fitted CLV model depend on the whole
 *    population: the population is the same customers in both cases, because bad rows never
 *    become customers, so the whole result must be equal, not just per-customer parts.
 */
import fc from "fast-check";
import { isDomainError } from "../../src/core/errors";
import type { ScoreResult } from "../../src/core/score";
import { scoreCustomers } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import type { ReadCustomersResult } from "../../src/core/table";
import type { Customer } from "../../src/core/types";
import { dirtyTable, expectedReading } from "../fixtures/dirtyTables";
import type { DirtyTable } from "../fixtures/dirtyTables";
import { issueProblems, nonFiniteNumbers } from "./checks";

const SEED = 20250630;

const optionsOf = (t: DirtyTable) => (t.asOf === undefined ? {} : { asOf: t.asOf });

/** Reads a table, or returns the error when there was nothing to read (checked to be `EMPTY_INPUT`). */
function read(matrix: readonly (readonly unknown[])[], t: DirtyTable): ReadCustomersResult | undefined {
  try {
    return readCustomers(matrix, optionsOf(t));
  } catch (e) {
    expect(isDomainError(e) && e.code === "EMPTY_INPUT").toBe(true);
    expect((e as { messageZh: string }).messageZh).toMatch(/[\u4e00-\u9fff]/);
    return undefined;
  }
}

const sorted = (s: Iterable<string>): string[] => [...s].sort();

function expectOracle(t: DirtyTable, result: ReadCustomersResult | undefined): void {
  const expected = expectedReading(t);
  const anyData = t.rows.some((row) => row.some((c) => c.verdict !== "blank"));
  expect(result !== undefined).toBe(anyData);
  if (!result) return;
  expect(result.shape).toBe(t.shape);
  t.fields.forEach((field, c) => expect(result.mapping[field]).toBe(c));
  expect(result.issues.flatMap((issue) => issueProblems(issue, t.header))).toEqual([]);
  const at = (severity: "error" | "warning") =>
    sorted(new Set(result.issues.filter((i) => i.severity === severity && i.row > 1).map((i) => i.address)));
  expect(at("error")).toEqual(sorted(expected.errors));
  expect(at("warning")).toEqual(sorted(expected.warnings));
  expect(result.blankRows).toBe(expected.blankRows);
  expect(result.rowsRead).toBe(t.rows.length);
  expect(result.asOf).toBe(expected.asOf);
  expect(
    result.customers.map((c) => ({
      id: c.id,
      row: c.row,
      purchases: c.purchases,
      total: c.total,
      lastPurchase: c.lastPurchase,
      firstPurchase: c.firstPurchase,
    })),
  ).toEqual(expected.customers);
}

/** Scores, or `undefined` for no customer; never NaN or Infinity. */
function score(customers: readonly Customer[]): ScoreResult | undefined {
  if (customers.length === 0) return undefined;
  const result = scoreCustomers(customers);
  expect(nonFiniteNumbers(result)).toEqual([]);
  return result;
}

/**
 * The scores of a result that do not depend on where rows sit: per customer its ID, RFM scores and
 * segment, CLV, P(alive), expected purchases and spend, profit, value tier, priority score and tier,
 * churn level and score, key-account and credit flags; for the population the RFM breakpoints, the
 * CLV method and the fitted parameters. (Explanations may name sheet rows, so texts are left out.)
 */
const digest = (result: ScoreResult | undefined) =>
  result && {
    customers: result.customers.map((s) => [
      s.customer.id,
      s.rfm.r,
      s.rfm.f,
      s.rfm.m,
      s.rfm.code,
      s.rfm.segment,
      s.clv.clv,
      s.clv.pAlive,
      s.clv.expectedPurchases,
      s.clv.expectedSpend,
      s.profit,
      s.valueTier,
      s.priority.score,
      s.priority.tier,
      s.churn.level,
      s.churn.score,
      s.health.keyAccount,
      s.health.creditRisk,
    ]),
    breakpoints: result.rfm.breakpoints,
    clv: [result.clv.method, result.clv.model?.bgnbd.params, result.clv.model?.gammaGamma.params],
    tiers: result.tiers,
  };

/** Checks that the good rows read and score as they do alone; returns the dirty table's scores. */
function expectGoodRowsAlone(t: DirtyTable, dirty: ReadCustomersResult | undefined): ScoreResult | undefined {
  if (!dirty) return undefined;
  const errorRows = new Set(dirty.issues.filter((i) => i.severity === "error").map((i) => i.row));
  const good = new Set<number>();
  t.matrix.forEach((row, m) => {
    if (m > 0 && row.some((v) => !(v === null || v === undefined || (typeof v === "string" && v.trim() === "")))) {
      if (!errorRows.has(m + 1)) good.add(m);
    }
  });

  const blanked = t.matrix.map((row, m) => (m === 0 || good.has(m) ? row : row.map(() => null)));
  const alone = read(blanked, t);
  if (good.size === 0) {
    expect(dirty.customers).toEqual([]);
    expect(alone).toBeUndefined();
    return undefined;
  }
  expect(alone).toBeDefined();
  expect(alone!.customers).toEqual(dirty.customers);
  expect(alone!.asOf).toBe(dirty.asOf);
  expect(alone!.issues).toEqual(dirty.issues.filter((i) => i.row === 1 || good.has(i.row - 1)));

  const kept = [...good];
  const compact = read([t.matrix[0]!, ...kept.map((m) => t.matrix[m]!)], t)!;
  const originalRow = (row: number): number => kept[row - 2]! + 1;
  expect(compact.customers.map((c) => ({ ...c, row: originalRow(c.row) }))).toEqual(dirty.customers);
  expect(compact.asOf).toBe(dirty.asOf);

  const scores = score(dirty.customers);
  expect(JSON.stringify(digest(score(compact.customers)))).toBe(JSON.stringify(digest(scores)));
  return scores;
}

describe("dirty tables through the core (readCustomers, scoreCustomers)", () => {
  it.each([
    ["customer summaries", "summary", 2400],
    ["transaction logs", "transactions", 2000],
  ] as const)("reads %s as the input rules say, cell by cell", (_, shape, numRuns) => {
    fc.assert(
      fc.property(dirtyTable({ host: "memory", shape }), (t) => {
        const result = read(t.matrix, t);
        expectOracle(t, result);
        expectGoodRowsAlone(t, result);
      }),
      { seed: SEED, numRuns },
    );
  });

  it("scores the good rows of larger transaction logs (fitted BG/NBD and Gamma-Gamma) exactly as alone", () => {
    let fitted = 0;
    fc.assert(
      fc.property(dirtyTable({ host: "memory", shape: "transactions", minRows: 60, maxRows: 90, idPool: 30 }), (t) => {
        const result = read(t.matrix, t);
        expectOracle(t, result);
        if (expectGoodRowsAlone(t, result)?.clv.method === "bgnbd") fitted++;
      }),
      { seed: SEED, numRuns: 40 },
    );
    // The property is about fitted models only if enough tables were fitted.
    expect(fitted).toBeGreaterThanOrEqual(16);
  });

  it.each([
    ["zero rows", [["Customer ID", "Last purchase date", "Purchases", "Total amount"]]],
    ["only blank rows", [["客户编号", "最近购买日期", "购买次数", "消费金额"], [null, "", "  "], []]],
  ])("refuses a table with %s with EMPTY_INPUT in both languages", (_, matrix) => {
    expect(() => readCustomers(matrix)).toThrow(
      expect.objectContaining({ code: "EMPTY_INPUT", messageZh: expect.stringMatching(/表/) }),
    );
  });

  it.each([
    ["a single good row", ["C1", "2025-06-01", 2, 100], 1, 0],
    ["a single bad row", ["C1", "soon", "two", "#N/A"], 0, 3],
  ])("reads %s", (_, row, customers, errors) => {
    const result = readCustomers([["Customer ID", "Last purchase date", "Purchases", "Total amount"], row]);
    expect(result.customers).toHaveLength(customers);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.address)).toHaveLength(errors);
  });
});
