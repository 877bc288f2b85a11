import fc from "fast-check";
import { bgnbdExpectedPurchases } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchases";
import { bgnbdExpectedPurchasesByQuadrature } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesByQuadrature";
import {
  bgnbdExpectedPurchasesPath,
  expectedPurchasesPathUnchecked,
  newRouteCounter,
  type RouteCounter,
} from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesPath";
import { BGNBD_LIMIT_SWITCH, bgnbdLimitGap } from "../../../../src/core/clv/bgnbd/bgnbdLimitGap";
import { limitPurchasesPathUnchecked } from "../../../../src/core/clv/bgnbd/bgnbdLimitPurchasesPath";
import { bgnbdProbabilityAlive } from "../../../../src/core/clv/bgnbd/bgnbdProbabilityAlive";
import { fitBgnbd } from "../../../../src/core/clv/bgnbd/fitBgnbd";
import type { BgnbdParams } from "../../../../src/core/clv/bgnbd/bgnbdTypes";
import { logHyp2f1 } from "../../../../src/core/math/logHyp2f1";
import { cdnowSummary, describeWithData, referenceFirst50, relativeError } from "../referenceData";

const lifetimesParams = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });

/** FHL eq. 10 as lifetimes computes it: the original hypergeometric arguments, ln 2F1 in log space. */
function textbook(p: BgnbdParams, x: number, tx: number, T: number, t: number): number {
  const c = p.a + p.b + x - 1;
  const z = t / (p.alpha + T + t);
  const logTerm = (p.r + x) * Math.log((p.alpha + T) / (p.alpha + T + t)) + logHyp2f1(p.r + x, p.b + x, c, z);
  return (c / (p.a - 1)) * (1 - Math.exp(logTerm)) * bgnbdProbabilityAlive(p, { x, tx, T });
}

const paramsArb = fc.record({
  r: fc.double({ min: 0.02, max: 5, noNaN: true }),
  alpha: fc.double({ min: 1e-3, max: 200, noNaN: true }),
  a: fc.oneof(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.constant(1)),
  b: fc.double({ min: 0.05, max: 20, noNaN: true }),
});
const historyArb = fc
  .tuple(
    fc.integer({ min: 0, max: 60 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 400, noNaN: true }),
  )
  .map(([x, share, T]) => ({
    x,
    tx: x === 0 ? 0 : share * T,
    T,
  }));

describeWithData("bgnbdExpectedPurchases against lifetimes 0.11.3 (first 50 CDNOW customers, t = 39 weeks)", () => {
  const data = cdnowSummary();
  const { params } = fitBgnbd({ x: data.x, tx: data.tx, T: data.T });

  it.each(referenceFirst50().map((row) => [row.id, row] as const))(
    "matches customer %i to 0.2% with our own fit",
    (_id, row) => {
      const e = bgnbdExpectedPurchases(params, { x: row.frequency, tx: row.recency, T: row.T }, 39);
      expect(relativeError(e, row.condExpPurchases39)).toBeLessThanOrEqual(0.002);
    },
  );
});

describe("bgnbdExpectedPurchasesPath", () => {
  it("computes the doc examples", () => {
    const path = bgnbdExpectedPurchasesPath(
      lifetimesParams,
      Object.freeze({ x: 2, tx: 30.43, T: 38.86 }),
      Object.freeze([0, 39, 52.14]),
    );
    expect(path[0]).toBe(0);
    expect(path[1]).toBeCloseTo(1.22591, 5);
    expect(path[2]).toBeCloseTo(1.562, 3);
  });

  it.each([
    { id: 509, x: 18, tx: 35.14, T: 35.86, expected: 0.424877 },
    { id: 841, x: 19, tx: 34.0, T: 34.14, expected: 0.474738 },
    { id: 1981, x: 17, tx: 28.43, T: 28.86, expected: 0.486526 },
    { id: 157, x: 29, tx: 37.71, T: 38.0, expected: 0.662396 },
    { id: 1516, x: 26, tx: 30.86, T: 31.0, expected: 0.710623 },
  ])("reproduces lifetimes' documented one-week prediction for customer $id", ({ x, tx, T, expected }) => {
    expect(relativeError(bgnbdExpectedPurchases(lifetimesParams, { x, tx, T }, 1), expected)).toBeLessThan(1e-5);
  });

  it("agrees with the textbook formula (original arguments, ln 2F1) where that formula is usable", () => {
    // usable: a away from 1, c = a + b + x − 1 > 0 (the 2F1 series needs it), z ≤ 0.95 (speed)
    fc.assert(
      fc.property(paramsArb, historyArb, fc.double({ min: 0.01, max: 500, noNaN: true }), (p, h, t) => {
        fc.pre(Math.abs(p.a - 1) > 0.05 && p.a + p.b + h.x - 1 > 0.05 && t / (p.alpha + h.T + t) <= 0.95);
        const ours = bgnbdExpectedPurchases(p, h, t);
        const reference = textbook(p, h.x, h.tx, h.T, t);
        return Math.abs(ours - reference) <= 1e-7 * Math.max(1e-3, Math.abs(reference));
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it("agrees with numerical integration over the dropout probability, a = 1 included", () => {
    fc.assert(
      fc.property(paramsArb, historyArb, fc.double({ min: 0.01, max: 2000, noNaN: true }), (p, h, t) => {
        const ours = bgnbdExpectedPurchases(p, h, t);
        const quadrature = bgnbdExpectedPurchasesByQuadrature(p, h, t);
        return quadrature.converged && Math.abs(ours - quadrature.value) <= 1e-8 * Math.max(1e-6, quadrature.value);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("handles a and b in the millions (a fit with almost no spread in the dropout probability)", () => {
    // as a, b → ∞ with a/(a+b) = p₀, Beta(a, b) concentrates at p₀ and
    // E[Y(t)]/P(alive) → (1 − ((α+T)/(α+T+p₀t))^(r+x)) / p₀
    const params = { r: 0.128, alpha: 1.312, a: 4.087e7, b: 2.186e8 };
    const h = { x: 0, tx: 0, T: 20 };
    const p0 = params.a / (params.a + params.b);
    const limit = (1 - Math.pow((params.alpha + h.T) / (params.alpha + h.T + p0 * 52), params.r)) / p0;
    const value = bgnbdExpectedPurchases(params, h, 52);
    expect(value).toBeGreaterThan(0);
    expect(relativeError(value, limit)).toBeLessThan(1e-6);
  });

  it("agrees with the textbook formula for large a and b (b ≤ 1000·a: beyond that the textbook's 1 − T0 loses digits)", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.02, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.01, max: 200, noNaN: true }),
          a: fc.double({ min: 2, max: 1e7, noNaN: true }),
          b: fc.double({ min: 0.05, max: 1e8, noNaN: true }),
        }),
        historyArb,
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        (p, h, t) => {
          fc.pre(t / (p.alpha + h.T + t) <= 0.95 && p.b <= 1000 * p.a);
          const ours = bgnbdExpectedPurchases(p, h, t);
          const reference = textbook(p, h.x, h.tx, h.T, t);
          return Math.abs(ours - reference) <= 1e-7 * Math.max(1e-3, Math.abs(reference));
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });

  it("is continuous through a = 1, where the textbook (a − 1) denominator is singular", () => {
    const h = { x: 2, tx: 30.43, T: 38.86 };
    const at = (a: number): number => bgnbdExpectedPurchases({ ...lifetimesParams, a }, h, 39);
    const one = at(1);
    expect(Number.isFinite(one)).toBe(true);
    expect(Math.abs(at(1 + 1e-7) - one)).toBeLessThan(1e-6);
    expect(Math.abs(at(1 - 1e-7) - one)).toBeLessThan(1e-6);
    expect(one).toBeCloseTo((at(1.001) + at(0.999)) / 2, 6);
  });

  it.each([
    {
      name: "z near 1, a far from 1",
      params: { r: 0.243, alpha: 1e-6, a: 0.793, b: 2.426 },
      h: { x: 0, tx: 0, T: 0.01 },
      t: 360,
    },
    { name: "z near 1, a = 1", params: { r: 0.243, alpha: 1e-6, a: 1, b: 2.426 }, h: { x: 0, tx: 0, T: 0.01 }, t: 360 },
    {
      name: "z near 1, a + b < 1",
      params: { r: 0.3, alpha: 0.01, a: 0.2, b: 0.3 },
      h: { x: 1, tx: 0.5, T: 1 },
      t: 3000,
    },
    {
      name: "z near 1, x large",
      params: { r: 0.243, alpha: 1e-3, a: 3, b: 0.5 },
      h: { x: 500, tx: 0.9, T: 1 },
      t: 5000,
    },
  ])("handles the slow-series region ($name) and still matches the quadrature", ({ params, h, t }) => {
    const ours = bgnbdExpectedPurchases(params, h, t);
    const quadrature = bgnbdExpectedPurchasesByQuadrature(params, h, t).value;
    expect(Math.abs(ours - quadrature)).toBeLessThanOrEqual(1e-8 * Math.max(1, quadrature));
  });

  it("never decreases with the horizon, starts at 0 and stays below P(alive)·E[λ]·t", () => {
    fc.assert(
      fc.property(
        paramsArb,
        historyArb,
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 2, maxLength: 14 }),
        (p, h, raw) => {
          const horizons = [0, ...raw].sort((u, v) => u - v);
          const path = bgnbdExpectedPurchasesPath(p, h, horizons);
          const rate = (bgnbdProbabilityAlive(p, h) * (p.r + h.x)) / (p.alpha + h.T);
          return (
            path[0] === 0 &&
            path.every(
              (v, i) =>
                Number.isFinite(v) &&
                v >= 0 &&
                (i === 0 || v >= path[i - 1] - 1e-12 * Math.max(1, v)) &&
                v <= rate * horizons[i] * (1 + 1e-9) + 1e-12,
            )
          );
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it.each([
    { x: 500, tx: 9000, T: 10000, alpha: 30, t: 360 },
    { x: 500, tx: 0, T: 10000, alpha: 30, t: 360 },
    { x: 0, tx: 0, T: 10000, alpha: 1e-9, t: 3650 },
    { x: 3, tx: 1, T: 2, alpha: 1e-9, t: 3650 },
  ])("stays finite for extreme inputs (x=$x, T=$T, α=$alpha, t=$t)", ({ x, tx, T, alpha, t }) => {
    const v = bgnbdExpectedPurchases({ ...lifetimesParams, alpha }, { x, tx, T }, t);
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
  });

  it("gives the same expectation whatever the order of the horizons", () => {
    const h = { x: 3, tx: 20, T: 30 };
    const forward = bgnbdExpectedPurchasesPath(lifetimesParams, h, [5, 10, 50]);
    const backward = bgnbdExpectedPurchasesPath(lifetimesParams, h, [50, 10, 5]);
    expect(Array.from(backward).reverse()).toEqual(Array.from(forward));
  });

  it.each([-1, NaN, Infinity])("rejects the horizon %p", (t) => {
    expect(() => bgnbdExpectedPurchases(lifetimesParams, { x: 0, tx: 0, T: 1 }, t)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("rejects invalid parameters and histories", () => {
    expect(() => bgnbdExpectedPurchasesPath({ ...lifetimesParams, b: -1 }, { x: 0, tx: 0, T: 1 }, [1])).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
    expect(() => bgnbdExpectedPurchasesPath(lifetimesParams, { x: 1, tx: 3, T: 1 }, [1])).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});

describe("bgnbdExpectedPurchasesPath at and near the a, b → ∞ limit", () => {
  const r = 0.243;
  const alpha = 4.414;
  const mu = 0.25;
  const h = { x: 2, tx: 30.43, T: 38.86 };
  const horizons = Object.freeze(Array.from({ length: 13 }, (_, i) => i * 4.345));

  /** a + b where bgnbdLimitGap crosses the switch, by bisection on a log scale. */
  function switchPoint(): number {
    let lo = 1e6;
    let hi = 1e16;
    for (let i = 0; i < 200; i++) {
      const mid = Math.sqrt(lo * hi);
      if (bgnbdLimitGap(r, mu * mid, (1 - mu) * mid, h.x) > BGNBD_LIMIT_SWITCH) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  function evaluate(kappa: number, useLimit: boolean): { values: Float64Array; routes: RouteCounter } {
    const values = new Float64Array(horizons.length);
    const routes = newRouteCounter();
    expectedPurchasesPathUnchecked(
      r,
      alpha,
      mu * kappa,
      (1 - mu) * kappa,
      h.x,
      h.tx,
      h.T,
      horizons,
      values,
      routes,
      useLimit,
    );
    return { values, routes };
  }

  it("switches to the limit form exactly where the gap falls to 1e-10, continuously (both sides agree to 1e-9)", () => {
    const kappa = switchPoint();
    const below = evaluate(kappa * (1 - 1e-9), true);
    const above = evaluate(kappa * (1 + 1e-9), true);
    expect(below.routes.limit).toBe(0);
    expect(below.routes.series).toBe(12);
    expect(above.routes.limit).toBe(12);
    expect(above.routes.trivial).toBe(1);
    for (let i = 1; i < horizons.length; i++) {
      expect(Math.abs(above.values[i] / below.values[i] - 1)).toBeLessThanOrEqual(1e-9);
    }
  });

  it("agrees with the general evaluation at the switch point to 1e-9, and the gap predicts the difference", () => {
    const kappa = switchPoint();
    const general = evaluate(kappa, false).values;
    const limit = evaluate(kappa, true).values;
    for (let i = 1; i < horizons.length; i++) {
      const difference = Math.abs(limit[i] / general[i] - 1);
      expect(difference).toBeLessThanOrEqual(1e-9);
      expect(difference).toBeLessThanOrEqual(bgnbdLimitGap(r, mu * kappa, (1 - mu) * kappa, h.x) + 1e-12);
    }
  });

  it("approaches the limit form at the rate 1/(a + b) for a + b from 10⁴ to 10⁶ (where the series are accurate)", () => {
    const differences = [1e4, 1e5, 1e6].map((kappa) => {
      const general = evaluate(kappa, false).values;
      const limit = new Float64Array(horizons.length);
      limitPurchasesPathUnchecked(r, alpha, mu * kappa, (1 - mu) * kappa, h.x, h.tx, h.T, horizons, limit);
      return Math.abs(limit[12] / general[12] - 1);
    });
    expect(differences[0] / differences[1]).toBeCloseTo(10, 0);
    expect(differences[1] / differences[2]).toBeCloseTo(10, 0);
  });

  it("counts one route per horizon: 0 is trivial, the rest by the route used", () => {
    const { routes } = evaluate(1e3, true);
    expect(routes).toEqual({ trivial: 1, limit: 0, series: 12, hyp2f1: 0, quadrature: 0, quadratureUnconverged: 0 });
    const gone = newRouteCounter();
    expectedPurchasesPathUnchecked(r, 1e-300, 0.8, 2.4, 400, 0, 1e6, horizons, new Float64Array(13), gone);
    expect(gone.trivial).toBe(13);
  });
});

describe("bgnbdExpectedPurchasesPath in the regions where the plain series lose digits or give up", () => {
  it("keeps 1e-12 relative accuracy when b ≫ a (tiny dropout probability) and t < α + T, by the Pfaff series", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.02, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 1000, noNaN: true }),
        fc.double({ min: 3, max: 8, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 0.95, noNaN: true }),
        (r, a, log10Ratio, x, T, tShare) => {
          const p = { r, alpha: 2, a, b: a * 10 ** log10Ratio };
          const h = { x, tx: x === 0 ? 0 : T / 2, T };
          const t = tShare * (p.alpha + T);
          const ours = bgnbdExpectedPurchases(p, h, t);
          const quadrature = bgnbdExpectedPurchasesByQuadrature(p, h, t);
          return quadrature.converged && Math.abs(ours - quadrature.value) <= 1e-12 * quadrature.value;
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });

  it("gives the right value for a large a and a long horizon, where both series stop and the old quadrature returned 0", () => {
    // reference: eq. 10 with ₂F₁ evaluated by mpmath at 60 significant digits
    const p = { r: 0.5131024598797697, alpha: 29.387116571182865, a: 250.10801592475386, b: 14665.087432092198 };
    const h = { x: 23, tx: 194.39632413106818, T: 338.2575247149251 };
    const value = bgnbdExpectedPurchases(p, h, 7016.172154374724);
    expect(relativeError(value, 0.029946117161108354)).toBeLessThan(1e-10);
  });
});
