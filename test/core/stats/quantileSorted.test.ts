import fc from "fast-check";
import { median } from "../../../src/core/stats/median";
import { quantileSorted } from "../../../src/core/stats/quantileSorted";

/**
 * Brute-force oracle for R type 7: the piecewise-linear curve through the points
 * ((i − 1) / (n − 1), x_i), i = 1..n (Hyndman & Fan 1996, definition 7), evaluated by scanning
 * every segment for the one that contains p.
 */
function type7Oracle(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 1) return sorted[0];
  for (let i = 0; i < n - 1; i++) {
    const p0 = i / (n - 1);
    const p1 = (i + 1) / (n - 1);
    if (p >= p0 && p <= p1) return sorted[i] + ((p - p0) / (p1 - p0)) * (sorted[i + 1] - sorted[i]);
  }
  return sorted[n - 1];
}

describe("quantileSorted", () => {
  it.each([
    {
      sorted: [1, 2, 3, 4],
      p: 0.3,
      expected: 1.9,
      why: "matches Excel's documented PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9",
    },
    { sorted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 0.25, expected: 3.25, why: "gives R's quantile(1:10, 0.25) = 3.25" },
    { sorted: [10, 20, 30, 40], p: 0.5, expected: 25, why: "averages the two middle values at p = 0.5" },
    { sorted: [3, 7, 8], p: 0, expected: 3, why: "gives the minimum at p = 0" },
    { sorted: [3, 7, 8], p: 1, expected: 8, why: "gives the maximum at p = 1" },
    { sorted: [42], p: 0.8, expected: 42, why: "gives the only value for any p" },
    { sorted: [2, 2, 2, 5], p: 0.5, expected: 2, why: "stays on a tied value between equal neighbours" },
    // h = (12 − 1) × 0.8 = 8.8: 3 + 0.8 × (4 − 3) = 3.8 (the R rfm notes' toy example, cut 4.8 − 1).
    {
      sorted: [1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 6, 10],
      p: 0.8,
      expected: 3.8,
      why: "interpolates 80% of the way from x₈ to x₉",
    },
  ])("$why", ({ sorted, p, expected }) => {
    expect(quantileSorted(Object.freeze([...sorted]), p)).toBeCloseTo(expected, 12);
  });

  it("accepts a typed array", () => {
    expect(quantileSorted(Float64Array.from([1, 2, 3, 4]), 0.3)).toBeCloseTo(1.9, 12);
  });

  it("agrees with a brute-force type-7 oracle", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          const got = quantileSorted(sorted, p);
          const want = type7Oracle(sorted, p);
          return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });

  it("never decreases as p grows and stays within the data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const a = quantileSorted(sorted, lo);
          const b = quantileSorted(sorted, hi);
          // R's (1 − h)·a + h·b form is exact to rounding: allow one part in 10¹².
          const slack = 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
          return a <= b + slack && a >= sorted[0] - slack && b <= sorted[sorted.length - 1] + slack;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("gives the median at p = 0.5", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        const middle = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return quantileSorted(sorted, 0.5) === middle && median(values) === middle;
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws EMPTY_INPUT for no values", () => {
    expect(() => quantileSorted([], 0.5)).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it.each([-0.1, 1.5, Number.NaN])("throws BAD_ARGUMENT in both languages for p = %p", (p) => {
    expect(() => quantileSorted([1, 2], p)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", messageZh: expect.stringContaining("分位数") }),
    );
  });
});
