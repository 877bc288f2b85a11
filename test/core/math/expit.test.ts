import fc from "fast-check";
import { expit } from "../../../src/core/math/expit";

describe("expit", () => {
  it("maps 0 to one half and a very negative log-odds to 0 without NaN (doc examples)", () => {
    expect(expit(0)).toBe(0.5);
    expect(expit(-800)).toBe(0);
  });

  it.each([
    { z: Infinity, expected: 1 },
    { z: -Infinity, expected: 0 },
    { z: 800, expected: 1 },
  ])("maps $z to $expected", ({ z, expected }) => {
    expect(expit(z)).toBe(expected);
  });

  it("keeps the precision of tiny probabilities", () => {
    expect(expit(-700) / Math.exp(-700)).toBeCloseTo(1, 12);
  });

  it("stays in [0, 1] and satisfies expit(z) + expit(-z) = 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (z) => {
        const p = expit(z);
        return p >= 0 && p <= 1 && Math.abs(p + expit(-z) - 1) <= 1e-15;
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
