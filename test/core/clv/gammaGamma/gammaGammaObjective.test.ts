import fc from "fast-check";
import { gammaGammaLogLikelihood } from "../../../../src/core/clv/gammaGamma/gammaGammaLogLikelihood";
import { gammaGammaObjective } from "../../../../src/core/clv/gammaGamma/gammaGammaObjective";

const x = Object.freeze([1, 2, 2, 7, 12]);
const mbar = Object.freeze([11.77, 22.35, 40, 73.74, 15]);

describe("gammaGammaObjective", () => {
  it("is minus the log-likelihood for one customer (doc example)", () => {
    const f = gammaGammaObjective([1], [11.77], 0);
    expect(f(Float64Array.from([Math.log(6.25), Math.log(2.74), Math.log(15.44)]), new Float64Array(3))).toBeCloseTo(
      3.7377,
      4,
    );
  });

  it("is the mean of minus the log-likelihoods plus the penalty, over (ln p, ln(q − 1), ln v)", () => {
    const params = { p: 3, q: 2.5, v: 10 };
    const mean = x.reduce((s, xi, i) => s - gammaGammaLogLikelihood(params, xi, mbar[i]), 0) / x.length;
    const value = gammaGammaObjective(
      x,
      mbar,
      0.01,
    )(Float64Array.from([Math.log(3), Math.log(1.5), Math.log(10)]), new Float64Array(3));
    expect(value).toBeCloseTo(mean + 0.01 * (9 + 6.25 + 100), 12);
  });

  it("has an analytic gradient equal to central differences", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -2, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(0, 0.01),
        (theta, penalizer) => {
          const f = gammaGammaObjective(x, mbar, penalizer);
          const g = new Float64Array(3);
          const at = Float64Array.from(theta);
          f(at, g);
          const scratch = new Float64Array(3);
          return [0, 1, 2].every((i) => {
            const h = 1e-6;
            const up = Float64Array.from(at);
            const down = Float64Array.from(at);
            up[i] += h;
            down[i] -= h;
            const numeric = (f(up, scratch) - f(down, scratch)) / (2 * h);
            return Math.abs(numeric - g[i]) <= 1e-5 * Math.max(1, Math.abs(g[i]));
          });
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("returns Infinity above 1e7 (and on overflow)", () => {
    expect(gammaGammaObjective(x, mbar, 0)(Float64Array.from([800, 0, 0]), new Float64Array(3))).toBe(Infinity);
    expect(gammaGammaObjective(x, mbar, 0)(Float64Array.from([0, Math.log(2e7), 0]), new Float64Array(3))).toBe(
      Infinity,
    );
  });
});
