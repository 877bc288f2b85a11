import digamma from "@stdlib/math-base-special-digamma";
import fc from "fast-check";
import { digammaDifference } from "../../../src/core/math/digammaDifference";

/** ψ(u + x) − ψ(u) for whole x as 1/u + 1/(u + 1) + … + 1/(u + x − 1), summed smallest first. */
function sumOfInverses(u: number, x: number): number {
  let sum = 0;
  for (let j = x - 1; j >= 0; j--) sum += 1 / (u + j);
  return sum;
}

describe("digammaDifference", () => {
  it("computes the doc examples", () => {
    expect(digammaDifference(1, 2)).toBeCloseTo(1.5, 14);
    expect(digammaDifference(1e7, 1)).toBeCloseTo(1e-7, 20);
    expect(Math.abs(digammaDifference(1e7, 1) / 1e-7 - 1)).toBeLessThan(1e-14);
  });

  it("is exactly 0 for x = 0", () => {
    expect(digammaDifference(5e8, 0)).toBe(0);
  });

  it("equals the sum of inverses for whole x, from tiny to huge u, to a relative 1e-13", () => {
    fc.assert(
      fc.property(
        fc.double({ min: Math.log(0.01), max: Math.log(1e13), noNaN: true }).map(Math.exp),
        fc.integer({ min: 1, max: 400 }),
        (u, x) => {
          const exact = sumOfInverses(u, x);
          return Math.abs(digammaDifference(u, x) - exact) <= 1e-13 * exact;
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });

  it("keeps its relative accuracy where the plain difference of digamma cancels (u = 10⁹)", () => {
    const exact = sumOfInverses(1e9, 2);
    expect(Math.abs(digammaDifference(1e9, 2) / exact - 1)).toBeLessThan(1e-14);
    expect(Math.abs((digamma(1e9 + 2) - digamma(1e9)) / exact - 1)).toBeGreaterThan(1e-9);
  });
});
