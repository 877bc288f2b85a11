import fc from "fast-check";
import { mean } from "../../../src/core/stats/mean";

describe("mean", () => {
  it.each([
    { values: [1, 2, 3, 10], expected: 4, why: "averages integers exactly" },
    {
      values: [0.1, 0.1, 0.1],
      expected: 0.1,
      why: "gives exactly the value when all values are equal (a plain sum / 3 does not)",
    },
    { values: [-5], expected: -5, why: "is the only value of a single value" },
    {
      values: [1e16, 1, -1e16],
      expected: 1 / 3,
      why: "keeps small terms next to huge cancelling ones (compensated sum)",
    },
  ])("$why", ({ values, expected }) => {
    expect(mean(Object.freeze([...values]))).toBe(expected);
  });

  it("equals the value exactly whenever all values are equal", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 50 }), (v, n) => {
        return mean(new Array<number>(n).fill(v)) === v;
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("stays within the data and matches the exact mean of integers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 100 }), (values) => {
        const got = mean(values);
        const exact = values.reduce((a, b) => a + b, 0) / values.length; // integer sums below 2^53 are exact
        return got === exact && got >= Math.min(...values) && got <= Math.max(...values);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("throws EMPTY_INPUT for no values", () => {
    expect(() => mean([])).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });
});
