import fc from "fast-check";
import { bgnbdUnconditionalPurchases } from "../../../../src/core/clv/bgnbd/bgnbdUnconditionalPurchases";
import { logHyp2f1 } from "../../../../src/core/math/logHyp2f1";

const lifetimesParams = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });

describe("bgnbdUnconditionalPurchases", () => {
  it("computes the doc example", () => {
    expect(bgnbdUnconditionalPurchases(lifetimesParams, 39)).toBeCloseTo(1.195, 3);
  });

  it("equals FHL eq. 9 evaluated directly (2F1 by logHyp2f1)", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
          a: fc.double({ min: 0.05, max: 5, noNaN: true }).filter((a) => Math.abs(a - 1) > 0.05),
          b: fc.double({ min: 0.5, max: 10, noNaN: true }),
        }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (p, t) => {
          fc.pre(p.a + p.b > 1.1);
          const direct =
            ((p.a + p.b - 1) / (p.a - 1)) *
            (1 -
              Math.exp(
                p.r * Math.log(p.alpha / (p.alpha + t)) + logHyp2f1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t)),
              ));
          const ours = bgnbdUnconditionalPurchases(p, t);
          return Math.abs(ours - direct) <= 1e-8 * Math.max(1e-3, Math.abs(direct));
        },
      ),
      { seed: 42, numRuns: 200, endOnFailure: true },
    );
  });

  it("is 0 at t = 0 and finite at a = 1", () => {
    expect(bgnbdUnconditionalPurchases(lifetimesParams, 0)).toBe(0);
    expect(Number.isFinite(bgnbdUnconditionalPurchases({ ...lifetimesParams, a: 1 }, 52))).toBe(true);
  });
});
