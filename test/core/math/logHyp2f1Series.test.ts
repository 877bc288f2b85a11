import fc from "fast-check";
import { logHyp2f1Series } from "../../../src/core/math/logHyp2f1Series";

describe("logHyp2f1Series", () => {
  it("matches the closed form 2F1(1, 1; 2; z) = -ln(1 - z)/z (doc example)", () => {
    expect(logHyp2f1Series(1, 1, 2, 0.5)).toBeCloseTo(Math.log(2 * Math.LN2), 14);
    for (const z of [0.01, 0.3, 0.9, 0.999]) {
      expect(logHyp2f1Series(1, 1, 2, z)).toBeCloseTo(Math.log(-Math.log1p(-z) / z), 11);
    }
  });

  it("matches the closed form 2F1(a, b; b; z) = (1 - z)^(-a), far beyond the range of a double", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 2000, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (a, b, z) => {
          const expected = -a * Math.log1p(-z);
          return Math.abs(logHyp2f1Series(a, b, b, z) - expected) <= 1e-11 * Math.max(1, Math.abs(expected));
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("returns 0 at z = 0", () => {
    expect(logHyp2f1Series(3, 4, 5, 0)).toBe(0);
  });

  it.each([
    [0, 1, 1, 0.5],
    [1, -1, 1, 0.5],
    [1, 1, 0, 0.5],
    [1, 1, 1, 1],
    [1, 1, 1, -0.1],
    [NaN, 1, 1, 0.5],
  ])("rejects a=%p, b=%p, c=%p, z=%p", (a, b, c, z) => {
    expect(() => logHyp2f1Series(a, b, c, z)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  it("throws instead of returning a truncated sum when the term budget runs out", () => {
    expect(() => logHyp2f1Series(1, 1, 2, 0.999999, { maxTerms: 100 })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
