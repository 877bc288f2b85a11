import fc from "fast-check";
import { logAddExp } from "../../../src/core/math/logAddExp";
import { logSumExp } from "../../../src/core/math/logSumExp";

describe("logAddExp", () => {
  it("gives ln 2 for two zeros and ignores a -Infinity term (doc examples)", () => {
    expect(logAddExp(0, 0)).toBe(0.6931471805599453);
    expect(logAddExp(-Infinity, 5)).toBe(5);
  });

  it.each([
    { a: Infinity, b: 1, expected: Infinity },
    { a: -Infinity, b: -Infinity, expected: -Infinity },
    { a: 800, b: 800, expected: 800 + Math.LN2 },
  ])("handles ($a, $b)", ({ a, b, expected }) => {
    expect(logAddExp(a, b)).toBeCloseTo(expected, 12);
  });

  it("returns NaN for a NaN term", () => {
    expect(logAddExp(NaN, 1)).toBeNaN();
  });

  it("agrees with logSumExp of the pair and is symmetric", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -700, max: 700, noNaN: true }),
        fc.double({ min: -700, max: 700, noNaN: true }),
        (a, b) => {
          const v = logAddExp(a, b);
          return Math.abs(v - logSumExp([a, b])) <= 1e-12 * Math.max(1, Math.abs(v)) && v === logAddExp(b, a);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
