import fc from "fast-check";
import { gammaGammaLogLikelihood } from "../../../../src/core/clv/gammaGamma/gammaGammaLogLikelihood";
import { integrateTanhSinh } from "../../../../src/core/math/integrateTanhSinh";
import gammaln from "@stdlib/math-base-special-gammaln";

describe("gammaGammaLogLikelihood", () => {
  it("computes the doc example", () => {
    expect(gammaGammaLogLikelihood(Object.freeze({ p: 6.25, q: 3.74, v: 15.44 }), 1, 11.77)).toBeCloseTo(-3.7377, 4);
  });

  it("is the log of the mixture density ∫ Gamma(m̄; px, rate xν) · Gamma(ν; q, rate v) dν (numerical integration)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 10, noNaN: true }),
        fc.double({ min: 1.2, max: 8, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (p, q, v, x, mbar) => {
          const logGamma = (y: number, shape: number, rate: number): number =>
            shape * Math.log(rate) + (shape - 1) * Math.log(y) - rate * y - gammaln(shape);
          const scale = q / v; // the prior mean of ν
          const density = integrateTanhSinh(
            (u, c) => {
              const nu = (scale * u) / c;
              return Math.exp(logGamma(mbar, p * x, x * nu) + logGamma(nu, q, v) + Math.log(scale) - 2 * Math.log(c));
            },
            { tolerance: 1e-10 },
          );
          return Math.abs(gammaGammaLogLikelihood({ p, q, v }, x, mbar) - Math.log(density.value)) < 1e-7;
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it.each([
    { x: 0, mbar: 10 },
    { x: 1.5, mbar: 10 },
    { x: 2, mbar: 0 },
    { x: 2, mbar: -3 },
  ])("rejects x=$x, m̄=$mbar (the likelihood needs repeat purchases with positive spend)", ({ x, mbar }) => {
    expect(() => gammaGammaLogLikelihood({ p: 1, q: 2, v: 1 }, x, mbar)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("rejects q <= 1", () => {
    expect(() => gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, 1, 1)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", message: expect.stringContaining("q") }),
    );
  });
});
