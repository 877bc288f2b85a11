import fc from "fast-check";
import { expectedPurchasesPathUnchecked } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesPath";
import { BGNBD_LIMIT_SWITCH, bgnbdLimitGap } from "../../../../src/core/clv/bgnbd/bgnbdLimitGap";
import { limitPurchasesPathUnchecked } from "../../../../src/core/clv/bgnbd/bgnbdLimitPurchasesPath";

/** E[Y(t)] by the general evaluation (the limit form switched off) and by the limit form. */
function bothSides(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number, t: number) {
  const general = new Float64Array(1);
  const limit = new Float64Array(1);
  expectedPurchasesPathUnchecked(r, alpha, a, b, x, tx, T, [t], general, undefined, false);
  limitPurchasesPathUnchecked(r, alpha, a, b, x, tx, T, [t], limit);
  return { general: general[0], limit: limit[0] };
}

const caseArb = fc
  .record({
    r: fc.double({ min: Math.log(0.02), max: Math.log(5), noNaN: true }).map(Math.exp),
    alpha: fc.double({ min: Math.log(0.01), max: Math.log(500), noNaN: true }).map(Math.exp),
    p: fc.double({ min: Math.log(1e-3), max: Math.log(0.999), noNaN: true }).map(Math.exp),
    x: fc.integer({ min: 0, max: 40 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    T: fc.double({ min: 0, max: 2600, noNaN: true }),
    t: fc.double({ min: Math.log(0.1), max: Math.log(1e4), noNaN: true }).map(Math.exp),
  })
  .map((c) => ({ ...c, tx: c.x === 0 ? 0 : c.share * c.T }));

describe("bgnbdLimitGap", () => {
  it("computes the doc examples", () => {
    expect(bgnbdLimitGap(0.15, 3e6, 1e7, 0)).toBeCloseTo(3.169871794871795e-7, 18);
    expect(bgnbdLimitGap(0.15, 3e12, 1e13, 2)).toBeCloseTo(2.260576923077258e-12, 23);
    expect(bgnbdLimitGap(0.15, 3e12, 1e13, 2)).toBeLessThan(BGNBD_LIMIT_SWITCH);
  });

  it("bounds the actual relative difference between the model and its limit for a + b from 10⁴ to 10⁸", () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 4, max: 8, noNaN: true }), (c, log10Kappa) => {
        const kappa = 10 ** log10Kappa;
        const a = c.p * kappa;
        const b = (1 - c.p) * kappa;
        fc.pre(a >= 2);
        const { general, limit } = bothSides(c.r, c.alpha, a, b, c.x, c.tx, c.T, c.t);
        fc.pre(general > 1e-200);
        return Math.abs(limit / general - 1) <= bgnbdLimitGap(c.r, a, b, c.x);
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it("shrinks like 1/(a + b), as the actual difference does (the limit is approached at first order)", () => {
    const c = { r: 0.7, alpha: 3, x: 4, tx: 30, T: 50, t: 52 };
    const diff = (kappa: number): number => {
      const { general, limit } = bothSides(c.r, c.alpha, 0.2 * kappa, 0.8 * kappa, c.x, c.tx, c.T, c.t);
      return Math.abs(limit / general - 1);
    };
    expect(diff(1e4) / diff(1e5)).toBeCloseTo(10, 0);
    expect(diff(1e5) / diff(1e6)).toBeCloseTo(10, 0);
    expect(bgnbdLimitGap(c.r, 2e3, 8e3, c.x) / bgnbdLimitGap(c.r, 2e4, 8e4, c.x)).toBeCloseTo(10, 2);
  });

  it("is 0 when a + b overflows (the exact limit) and never negative", () => {
    expect(bgnbdLimitGap(0.5, 1e308, 1e308, 0)).toBe(0);
    fc.assert(
      fc.property(caseArb, fc.double({ min: 0, max: 12, noNaN: true }), (c, k) => {
        return bgnbdLimitGap(c.r, c.p * 10 ** k + 0.01, (1 - c.p) * 10 ** k + 0.01, c.x) >= 0;
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
