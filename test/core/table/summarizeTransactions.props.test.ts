import fc from "fast-check";
import type { Customer } from "../../../src/core/types";
import { summarizeTransactions, type Transaction } from "../../../src/core/table/summarizeTransactions";

const AS_OF = 20_000;

/** A log of up to 60 transactions over 6 customers and 40 days, amounts in cents-like decimals. */
const arbLog = fc
  .array(
    fc.record({
      id: fc.constantFrom("A", "B", "C", "D", "E", "F"),
      day: fc.integer({ min: AS_OF - 40, max: AS_OF + 3 }),
      amount: fc.integer({ min: -500, max: 50_000 }).map((c) => c / 100),
      margin: fc.option(
        fc.integer({ min: -100, max: 1000 }).map((c) => c / 10),
        { nil: undefined },
      ),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(({ margin, ...t }, i): Transaction => ({ ...t, row: i + 2, ...(margin !== undefined ? { margin } : {}) })),
  );

function byId(customers: readonly Customer[]): Map<string, Customer> {
  return new Map(customers.map((c) => [c.id, c]));
}

/** A brute-force oracle: the definitions applied literally, one customer at a time. */
function oracle(log: readonly Transaction[], asOf: number): Map<string, Partial<Customer>> {
  const out = new Map<string, Partial<Customer>>();
  const kept = log.filter((t) => t.day <= asOf);
  for (const id of new Set(kept.map((t) => t.id))) {
    const mine = kept.filter((t) => t.id === id);
    const days = [...new Set(mine.map((t) => t.day))].sort((a, b) => a - b);
    const dayTotal = (day: number): number => mine.filter((t) => t.day === day).reduce((s, t) => s + t.amount, 0);
    const repeats = days.slice(1).map(dayTotal);
    out.set(id, {
      purchases: days.length,
      repeatCount: days.length - 1,
      repeatSpanDays: days[days.length - 1]! - days[0]!,
      ageDays: asOf - days[0]!,
      recencyDays: asOf - days[days.length - 1]!,
      total: mine.reduce((s, t) => s + t.amount, 0),
      repeatMean: repeats.length === 0 ? 0 : repeats.reduce((s, v) => s + v, 0) / repeats.length,
      row: Math.min(...mine.map((t) => t.row)),
    });
  }
  return out;
}

describe("summarizeTransactions (properties)", () => {
  it("does not depend on the order of the log", () => {
    fc.assert(
      fc.property(
        arbLog.chain((log) =>
          fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length })),
        ),
        ([log, shuffled]) => {
          const a = summarizeTransactions(log, { asOf: AS_OF }).customers;
          const b = summarizeTransactions(shuffled, { asOf: AS_OF }).customers;
          expect(byId(b)).toEqual(byId(a));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("agrees with a brute-force application of the definitions", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        const got = byId(summarizeTransactions(log, { asOf: AS_OF }).customers);
        const want = oracle(log, AS_OF);
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [id, w] of want) {
          const g = got.get(id)!;
          for (const key of ["purchases", "repeatCount", "repeatSpanDays", "ageDays", "recencyDays", "row"] as const) {
            expect(g[key]).toBe(w[key]);
          }
          expect(g.total).toBeCloseTo(w.total!, 9);
          expect(g.repeatMean).toBeCloseTo(w.repeatMean!, 9);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("keeps t_x ≤ T, recency = T − t_x, and t_x = 0 exactly when there is no repeat", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        for (const c of summarizeTransactions(log, { asOf: AS_OF }).customers) {
          expect(c.repeatSpanDays).toBeLessThanOrEqual(c.ageDays);
          expect(c.recencyDays).toBe(c.ageDays - c.repeatSpanDays);
          expect(c.repeatSpanDays === 0).toBe(c.repeatCount === 0);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
