import fc from "fast-check";
import { logSumExp } from "../../../src/core/math/logSumExp";

describe("logSumExp", () => {
  it("adds huge terms without overflow (doc example)", () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp(Object.freeze([1000, 1000]))).toBe(1000.6931471805599);
  });

  it.each([
    { values: [], expected: -Infinity, why: "an empty sum is 0, whose log is -Infinity" },
    { values: [-Infinity, -Infinity], expected: -Infinity, why: "only zeros" },
    { values: [-Infinity, 3], expected: 3, why: "-Infinity contributes nothing" },
    { values: [Infinity, 3], expected: Infinity, why: "+Infinity dominates" },
  ])("handles the edge case: $why", ({ values, expected }) => {
    expect(logSumExp(values)).toBe(expected);
  });

  it("propagates NaN instead of hiding it", () => {
    expect(logSumExp([1, NaN])).toBeNaN();
  });

  it("equals ln Σ exp for moderate values (direct oracle)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (values) => {
          const direct = Math.log(values.reduce((s, v) => s + Math.exp(v), 0));
          return Math.abs(logSumExp(values) - direct) <= 1e-12 * Math.max(1, Math.abs(direct));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("shifts with a constant: lse(v + c) = lse(v) + c", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -700, max: 700, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (values, c) => {
          const shifted = logSumExp(values.map((v) => v + c));
          return Math.abs(shifted - (logSumExp(values) + c)) <= 1e-9 * Math.max(1, Math.abs(shifted));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
