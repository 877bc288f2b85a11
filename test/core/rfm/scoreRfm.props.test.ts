import fc from "fast-check";
import { scoreRfm } from "../../../src/core/rfm/scoreRfm";
import type { RfmInput, RfmMethod } from "../../../src/core/rfm/types";

const SEED = { seed: 42, numRuns: 150 };
const METHODS: readonly RfmMethod[] = ["quantile", "quantile-r", "rank", "mean"];

/** Customers with few distinct values, so ties are common. */
const arbCustomers = (minLength = 1) =>
  fc.array(
    fc.record({
      recencyDays: fc.integer({ min: 0, max: 30 }),
      purchases: fc.integer({ min: 1, max: 8 }),
      total: fc.integer({ min: 0, max: 50 }).map((x) => x * 10),
    }),
    { minLength, maxLength: 80 },
  );
const arbBins = fc.integer({ min: 2, max: 10 });
const arbMethod = fc.constantFrom(...METHODS);

/**
 * Brute-force oracle for the quantile method on integer data, in exact integer arithmetic: the
 * i/k type-7 quantile sits at position (n − 1)·i/k = lo + r/k, and v > q ⟺ k·(v − x_lo) > r·(x_lo+1 − x_lo).
 */
function oracleQuantileScores(values: readonly number[], k: number, descending: boolean): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (sorted[0] === sorted[n - 1]) return values.map(() => Math.ceil(k / 2));
  const above = (v: number, i: number) => {
    const lo = Math.floor(((n - 1) * i) / k);
    const r = (n - 1) * i - lo * k;
    return r === 0 ? v > sorted[lo] : k * (v - sorted[lo]) > r * (sorted[lo + 1] - sorted[lo]);
  };
  return values.map((v) => {
    let b = 1;
    for (let i = 1; i < k; i++) if (above(v, i)) b++;
    return descending ? k + 1 - b : b;
  });
}

/** Brute-force oracle for the rank method: midranks by counting, O(n²). */
function oracleRankScores(values: readonly number[], k: number, descending: boolean): number[] {
  const n = values.length;
  if (values.every((v) => v === values[0])) return values.map(() => Math.ceil(k / 2));
  return values.map((v) => {
    const below = values.filter((w) => w < v).length;
    const equal = values.filter((w) => w === v).length;
    const b = Math.ceil((k * (below + (equal + 1) / 2)) / n);
    return descending ? k + 1 - b : b;
  });
}

describe("scoreRfm properties", () => {
  it("gives every score in 1..k (1..2 for mean) and a code of its three scores", () => {
    fc.assert(
      fc.property(arbCustomers(), arbBins, arbMethod, (customers, bins, method) => {
        const result = scoreRfm(customers, { bins, method });
        const k = method === "mean" ? 2 : bins;
        return (
          result.scores.length === customers.length &&
          result.scores.every(
            (s) =>
              [s.r, s.f, s.m].every((v) => Number.isInteger(v) && v >= 1 && v <= k) &&
              s.code === (k === 10 ? `${s.r},${s.f},${s.m}` : `${s.r}${s.f}${s.m}`),
          )
        );
      }),
      SEED,
    );
  });

  it("gives tied values the same score under every method", () => {
    fc.assert(
      fc.property(arbCustomers(2), arbBins, arbMethod, (customers, bins, method) => {
        const { scores } = scoreRfm(customers, { bins, method });
        return customers.every((a, i) =>
          customers.every(
            (b, j) =>
              (a.recencyDays !== b.recencyDays || scores[i].r === scores[j].r) &&
              (a.purchases !== b.purchases || scores[i].f === scores[j].f) &&
              (a.total !== b.total || scores[i].m === scores[j].m),
          ),
        );
      }),
      SEED,
    );
  });

  it("never scores a more recent, more frequent or bigger customer lower", () => {
    fc.assert(
      fc.property(arbCustomers(2), arbBins, arbMethod, (customers, bins, method) => {
        const { scores } = scoreRfm(customers, { bins, method });
        return customers.every((a, i) =>
          customers.every(
            (b, j) =>
              (a.recencyDays > b.recencyDays || scores[i].r >= scores[j].r) &&
              (a.purchases < b.purchases || scores[i].f >= scores[j].f) &&
              (a.total < b.total || scores[i].m >= scores[j].m),
          ),
        );
      }),
      SEED,
    );
  });

  it("does not depend on the order of the customers", () => {
    fc.assert(
      fc.property(
        arbCustomers(2).chain((cs) =>
          fc.tuple(
            fc.constant(cs),
            fc.shuffledSubarray(
              cs.map((_, i) => i),
              { minLength: cs.length },
            ),
          ),
        ),
        arbBins,
        arbMethod,
        ([customers, order], bins, method) => {
          const a = scoreRfm(customers, { bins, method }).scores;
          const b = scoreRfm(
            order.map((i) => customers[i]),
            { bins, method },
          ).scores;
          return order.every((i, pos) => b[pos].code === a[i].code);
        },
      ),
      SEED,
    );
  });

  it("matches a brute-force oracle for the quantile and rank methods", () => {
    fc.assert(
      fc.property(arbCustomers(), arbBins, (customers, bins) => {
        const q = scoreRfm(customers, { bins });
        const rk = scoreRfm(customers, { bins, method: "rank" });
        const col = (f: (c: RfmInput) => number) => customers.map(f);
        const same = (got: readonly number[], want: readonly number[]) => got.every((v, i) => v === want[i]);
        return (
          same(
            q.scores.map((s) => s.r),
            oracleQuantileScores(
              col((c) => c.recencyDays),
              bins,
              true,
            ),
          ) &&
          same(
            q.scores.map((s) => s.f),
            oracleQuantileScores(
              col((c) => c.purchases),
              bins,
              false,
            ),
          ) &&
          same(
            q.scores.map((s) => s.m),
            oracleQuantileScores(
              col((c) => c.total),
              bins,
              false,
            ),
          ) &&
          same(
            rk.scores.map((s) => s.r),
            oracleRankScores(
              col((c) => c.recencyDays),
              bins,
              true,
            ),
          ) &&
          same(
            rk.scores.map((s) => s.f),
            oracleRankScores(
              col((c) => c.purchases),
              bins,
              false,
            ),
          ) &&
          same(
            rk.scores.map((s) => s.m),
            oracleRankScores(
              col((c) => c.total),
              bins,
              false,
            ),
          )
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("uses the whole range 1..k with the rank method when values are distinct and n ≥ k", () => {
    fc.assert(
      fc.property(arbBins, fc.integer({ min: 0, max: 40 }), (bins, extra) => {
        const n = bins + extra;
        const customers = Array.from({ length: n }, (_, i) => ({
          recencyDays: i,
          purchases: 2 * i + 1,
          total: (n - i) * 10,
        }));
        const result = scoreRfm(customers, { bins, method: "rank" });
        return (
          result.unusedScores.r.length === 0 && result.unusedScores.f.length === 0 && result.unusedScores.m.length === 0
        );
      }),
      SEED,
    );
  });

  it("lists as unused exactly the scores nobody received", () => {
    fc.assert(
      fc.property(arbCustomers(), arbBins, arbMethod, (customers, bins, method) => {
        const result = scoreRfm(customers, { bins, method });
        const unused = (dim: "r" | "f" | "m") =>
          Array.from({ length: result.bins }, (_, i) => i + 1).filter((s) => !result.scores.some((x) => x[dim] === s));
        return ["r", "f", "m"].every(
          (d) => JSON.stringify(unused(d as "r")) === JSON.stringify(result.unusedScores[d as "r"]),
        );
      }),
      SEED,
    );
  });

  it("places every value on the reported side of the fixed breakpoints", () => {
    fc.assert(
      fc.property(
        arbCustomers(),
        arbBins.chain((k) =>
          fc.tuple(
            fc.constant(k),
            fc.uniqueArray(fc.integer({ min: -5, max: 40 }), { minLength: k - 1, maxLength: k - 1 }),
          ),
        ),
        (customers, [k, raw]) => {
          const cuts = [...raw].sort((a, b) => a - b);
          const result = scoreRfm(customers, {
            method: "fixed",
            bins: k,
            breakpoints: { recency: cuts, frequency: cuts, monetary: cuts },
          });
          const bin = (v: number) => 1 + cuts.filter((c) => c < v).length;
          return customers.every(
            (c, i) =>
              result.scores[i].r === k + 1 - bin(c.recencyDays) &&
              result.scores[i].f === bin(c.purchases) &&
              result.scores[i].m === bin(c.total),
          );
        },
      ),
      SEED,
    );
  });
});
