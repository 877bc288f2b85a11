import fc from "fast-check";
import { quantile } from "../../../src/core/value/quantile";

describe("quantile", () => {
  it("gives the documented examples", () => {
    expect(quantile(Object.freeze([1, 2, 3, 4]), 0.5)).toBe(2.5);
    expect(quantile(Object.freeze([10, 20, 30, 40, 50]), 0.25)).toBe(20);
  });

  it.each([
    { values: [3, 1, 2], p: 0.5, expected: 2, why: "the middle value of an odd count, unsorted input" },
    { values: [1, 2, 3, 4], p: 0.25, expected: 1.75, why: "h = 0.75 interpolates between 1 and 2" },
    { values: [1, 2, 3, 4], p: 0, expected: 1, why: "p = 0 is the minimum" },
    { values: [1, 2, 3, 4], p: 1, expected: 4, why: "p = 1 is the maximum" },
    { values: [7], p: 0.3, expected: 7, why: "a single value" },
    { values: [5, 5, 5], p: 0.9, expected: 5, why: "all values equal" },
  ])("returns $expected for $why", ({ values, p, expected }) => {
    expect(quantile(Object.freeze(values), p)).toBeCloseTo(expected, 12);
  });

  it("does not reorder its input", () => {
    const values = Object.freeze([3, 1, 2]);
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it("hits an order statistic exactly when (n − 1)·p is whole (oracle)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (xs, k) => {
          const n = xs.length;
          const index = n === 1 ? 0 : k % n;
          const p = n === 1 ? 0.5 : index / (n - 1);
          const sorted = [...xs].sort((a, b) => a - b);
          return Math.abs(quantile(xs, p) - sorted[index]) < 1e-9;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("lies between the minimum and maximum and grows with p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p1, p2) => {
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const a = quantile(xs, lo);
          const b = quantile(xs, hi);
          return a <= b + 1e-9 && a >= Math.min(...xs) - 1e-9 && b <= Math.max(...xs) + 1e-9;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("throws EMPTY_INPUT for an empty list", () => {
    expect(() => quantile([], 0.5)).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it.each([-0.1, 1.1, NaN])("throws BAD_ARGUMENT for probability %p", (p) => {
    expect(() => quantile([1, 2], p)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  it("throws BAD_ARGUMENT naming a value that is not finite", () => {
    expect(() => quantile([1, NaN, 3], 0.5)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", detail: { index: 1, value: NaN } }),
    );
  });
});
