import gammaln from "@stdlib/math-base-special-gammaln";
import fc from "fast-check";
import { logGammaRatio } from "../../../src/core/math/logGammaRatio";

/** ln Γ(u + x) − ln Γ(u) for whole x as ln u + ln(u + 1) + … + ln(u + x − 1), summed smallest first. */
function sumOfLogs(u: number, x: number): number {
  let sum = 0;
  for (let j = x - 1; j >= 0; j--) sum += Math.log(u + j);
  return sum;
}

describe("logGammaRatio", () => {
  it("computes the doc examples", () => {
    expect(logGammaRatio(3, 2)).toBeCloseTo(Math.log(12), 14);
    expect(logGammaRatio(1e7, 1)).toBeCloseTo(Math.log(1e7), 13);
  });

  it("is exactly 0 for x = 0", () => {
    expect(logGammaRatio(1e9, 0)).toBe(0);
    expect(logGammaRatio(0.3, 0)).toBe(0);
  });

  it("equals the log of the rising factorial for whole x, from tiny to huge u", () => {
    fc.assert(
      fc.property(
        fc.double({ min: Math.log(0.01), max: Math.log(1e13), noNaN: true }).map(Math.exp),
        fc.integer({ min: 1, max: 400 }),
        (u, x) => {
          const exact = sumOfLogs(u, x);
          return Math.abs(logGammaRatio(u, x) - exact) <= 1e-14 * Math.max(1, Math.abs(exact)) * Math.sqrt(x);
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });

  it("stays accurate where the plain difference of gammaln cancels (u = 10⁷, x = 3)", () => {
    const exact = sumOfLogs(1e7, 3);
    expect(Math.abs(logGammaRatio(1e7, 3) - exact)).toBeLessThan(1e-14 * exact);
    // the plain difference carries an absolute error near 1e-8 here
    expect(Math.abs(gammaln(1e7 + 3) - gammaln(1e7) - exact)).toBeGreaterThan(1e-10);
  });

  it("joins the two methods smoothly at u = 30 for fractional x", () => {
    for (const x of [0.25, 1.5, 7.3]) {
      const below = logGammaRatio(30 - 1e-9, x);
      const above = logGammaRatio(30, x);
      expect(Math.abs(above - below)).toBeLessThan(1e-12 * Math.max(1, Math.abs(above)) + 1e-9);
    }
  });
});
