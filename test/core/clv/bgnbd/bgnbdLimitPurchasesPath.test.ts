import gammaln from "@stdlib/math-base-special-gammaln";
import fc from "fast-check";
import { bgnbdExpectedPurchasesPath } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesPath";
import { bgnbdLimitPurchasesPath } from "../../../../src/core/clv/bgnbd/bgnbdLimitPurchasesPath";
import { bgnbdProbabilityAlive } from "../../../../src/core/clv/bgnbd/bgnbdProbabilityAlive";
import { integrateTanhSinh } from "../../../../src/core/math/integrateTanhSinh";

/**
 * The limit model by brute force over the purchase rate: P(alive) · ∫ (1 − e^(−λpt))/p · Gamma(λ; r + x, α + T) dλ,
 * with P(alive) = 1/(1 + [x > 0]·p/(1 − p)·((α + T)/(α + tx))^(r+x)). The integral runs over y = λ(α + T) = u/(1 − u).
 */
function byRateIntegral(r: number, alpha: number, p: number, x: number, tx: number, T: number, t: number): number {
  const s = r + x;
  const pAlive = x > 0 ? 1 / (1 + (p / (1 - p)) * Math.pow((alpha + T) / (alpha + tx), s)) : 1;
  const c = (p * t) / (alpha + T);
  const result = integrateTanhSinh((u, v) => {
    const y = u / v;
    // density × dy/du, in log space (1/v² overflows where the density underflows)
    const logWeight = (s - 1) * Math.log(y) - y - gammaln(s) - 2 * Math.log(v);
    return (-Math.expm1(-c * y) / p) * Math.exp(logWeight);
  });
  return pAlive * result.value;
}

describe("bgnbdLimitPurchasesPath", () => {
  it("computes the doc example", () => {
    const path = bgnbdLimitPurchasesPath(
      { r: 1, alpha: 10, a: 1e12, b: 3e12 },
      Object.freeze({ x: 0, tx: 0, T: 10 }),
      [0, 80],
    );
    expect(path[0]).toBe(0);
    expect(path[1]).toBeCloseTo(2, 12);
  });

  it("equals the expectation over the purchase rate computed by quadrature (fixed dropout probability)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0.001, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0.1, max: 2000, noNaN: true }),
        (r, alpha, p, x, share, T, t) => {
          const tx = x === 0 ? 0 : share * T;
          const [ours] = bgnbdLimitPurchasesPath({ r, alpha, a: p * 1e15, b: (1 - p) * 1e15 }, { x, tx, T }, [t]);
          const reference = byRateIntegral(r, alpha, p, x, tx, T, t);
          return Math.abs(ours - reference) <= 1e-9 * Math.max(reference, 1e-300);
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });

  it("starts at the purchase rate P(alive)·(r + x)/(α + T), whatever p (no dropout within an instant)", () => {
    const params = { r: 0.6, alpha: 8, a: 2e13, b: 6e13 };
    const h = { x: 3, tx: 20, T: 40 };
    const dt = 1e-7;
    const [v] = bgnbdLimitPurchasesPath(params, h, [dt]);
    const rate = (bgnbdProbabilityAlive(params, h) * (params.r + h.x)) / (params.alpha + h.T);
    expect(v / dt).toBeCloseTo(rate, 8);
  });

  it("gives the unconditional (1 − (α/(α + p·t))^r)/p for a new customer (x = tx = T = 0)", () => {
    const [v] = bgnbdLimitPurchasesPath({ r: 0.25, alpha: 4, a: 1e14, b: 4e14 }, { x: 0, tx: 0, T: 0 }, [52]);
    expect(v).toBeCloseTo((1 - Math.pow(4 / (4 + 0.2 * 52), 0.25)) / 0.2, 12);
  });

  it("agrees with the general evaluation to 1e-9 where the switch rule uses it", () => {
    const params = { r: 0.243, alpha: 4.414, a: 2e12, b: 6e12 };
    for (const h of [
      { x: 0, tx: 0, T: 38.86 },
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 10, tx: 5, T: 300 },
    ]) {
      const horizons = [0, 4.345, 52.14, 520];
      const ours = bgnbdLimitPurchasesPath(params, h, horizons);
      const general = bgnbdExpectedPurchasesPath(params, h, horizons);
      ours.forEach((v, i) => expect(Math.abs(v - general[i])).toBeLessThanOrEqual(1e-9 * general[i]));
    }
  });

  it("stays finite and non-negative at extremes (a tiny p, x in the thousands, huge horizons)", () => {
    const cases = [
      { params: { r: 0.1, alpha: 1, a: 1e-200, b: 1e100 }, h: { x: 0, tx: 0, T: 0 }, t: 1e6 },
      { params: { r: 5, alpha: 1e-6, a: 1e10, b: 1e10 }, h: { x: 5000, tx: 1, T: 1e5 }, t: 1e6 },
      { params: { r: 5, alpha: 1e-6, a: 1e10, b: 1e10 }, h: { x: 5000, tx: 1e5, T: 1e5 }, t: 1e-9 },
    ];
    for (const { params, h, t } of cases) {
      const [v] = bgnbdLimitPurchasesPath(params, h, [t]);
      expect(Number.isFinite(v) && v >= 0).toBe(true);
    }
  });

  it("rejects invalid arguments", () => {
    expect(() => bgnbdLimitPurchasesPath({ r: 1, alpha: 1, a: 0, b: 1 }, { x: 0, tx: 0, T: 1 }, [1])).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
    expect(() => bgnbdLimitPurchasesPath({ r: 1, alpha: 1, a: 1, b: 1 }, { x: 0, tx: 0, T: 1 }, [-1])).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
