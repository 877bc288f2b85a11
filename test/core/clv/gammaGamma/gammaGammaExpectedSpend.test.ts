import fc from "fast-check";
import { gammaGammaExpectedSpend } from "../../../../src/core/clv/gammaGamma/gammaGammaExpectedSpend";

const published = Object.freeze({ p: 6.25, q: 3.74, v: 15.44 });

describe("gammaGammaExpectedSpend", () => {
  it("computes the doc examples", () => {
    expect(gammaGammaExpectedSpend(published, 2, 22.35)).toBeCloseTo(24.66, 2);
    expect(gammaGammaExpectedSpend(published, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it("is the weighted average (1 − w)·population mean + w·m̄ with w = px/(px + q − 1)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: 1.01, max: 20, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (p, q, v, x, mbar) => {
          const w = (p * x) / (p * x + q - 1);
          const expected = (1 - w) * ((p * v) / (q - 1)) + w * mbar;
          const value = gammaGammaExpectedSpend({ p, q, v }, x, mbar);
          return value > 0 && Math.abs(value - expected) <= 1e-10 * expected;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it.each([
    { x: 0, mbar: 50, why: "no repeat purchase" },
    { x: 3, mbar: 0, why: "repeat purchases that net to zero" },
    { x: 3, mbar: -12, why: "refunds larger than the purchases" },
  ])("gives the population mean for $why", ({ x, mbar }) => {
    expect(gammaGammaExpectedSpend(published, x, mbar)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it.each([
    { params: { p: 1, q: 0.9, v: 1 }, x: 1, mbar: 1 },
    { params: published, x: -1, mbar: 1 },
    { params: published, x: 1, mbar: NaN },
  ])("rejects invalid input %#", ({ params, x, mbar }) => {
    expect(() => gammaGammaExpectedSpend(params, x, mbar)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
