import fc from "fast-check";
import { quantileSorted } from "../../../src/core/stats/quantileSorted";
import { quantileSortedFraction } from "../../../src/core/stats/quantileSortedFraction";

describe("quantileSortedFraction", () => {
  it.each([
    {
      sorted: [0, 0, 0, 0, 0, 10, 10, 10],
      i: 5,
      k: 7,
      expected: 10,
      why: "lands exactly on an order statistic when (n − 1)·i/k is whole",
    },
    {
      sorted: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      i: 1,
      k: 4,
      expected: 3.25,
      why: "interpolates like R: quantile(1:10, 0.25) = 3.25",
    },
    { sorted: [1, 2, 3, 4], i: 3, k: 10, expected: 1.9, why: "matches Excel's PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9" },
    { sorted: [5, 9], i: 0, k: 3, expected: 5, why: "gives the minimum at 0/k" },
    { sorted: [5, 9], i: 3, k: 3, expected: 9, why: "gives the maximum at k/k" },
  ])("$why", ({ sorted, i, k, expected }) => {
    expect(quantileSortedFraction(Object.freeze([...sorted]), i, k)).toBeCloseTo(expected, 12);
  });

  it("is exact where a rounded probability is not: 5 × (1/7) puts R's arithmetic just below 10", () => {
    const sorted = [0, 0, 0, 0, 0, 10, 10, 10];
    expect(quantileSortedFraction(sorted, 5, 7)).toBe(10);
    expect(quantileSorted(sorted, 5 * (1 / 7))).toBeLessThan(10);
  });

  it("returns exactly the order statistic whenever (n − 1)·i is a multiple of k", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(),
        (values, k, seed) => {
          const sorted = [...values].sort((a, b) => a - b);
          const i = seed % (k + 1);
          const position = (sorted.length - 1) * i;
          return position % k !== 0 || quantileSortedFraction(sorted, i, k) === sorted[position / k];
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("agrees with quantileSorted at p = i/k to rounding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(),
        (values, k, seed) => {
          const sorted = [...values].sort((a, b) => a - b);
          const i = seed % (k + 1);
          const a = quantileSortedFraction(sorted, i, k);
          const b = quantileSorted(sorted, i / k);
          return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("throws EMPTY_INPUT for no values", () => {
    expect(() => quantileSortedFraction([], 1, 2)).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it.each([
    [3, 2],
    [-1, 2],
    [1, 0],
    [0.5, 2],
  ])("throws BAD_ARGUMENT for the fraction %p/%p", (i, k) => {
    expect(() => quantileSortedFraction([1, 2], i, k)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
