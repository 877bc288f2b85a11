import fc from "fast-check";
import { bgnbdLogLikelihood } from "../../../../src/core/clv/bgnbd/bgnbdLogLikelihood";
import { bgnbdObjective } from "../../../../src/core/clv/bgnbd/bgnbdObjective";

const logOf = (p: { r: number; alpha: number; a: number; b: number }): Float64Array =>
  Float64Array.from([p.r, p.alpha, p.a, p.b].map(Math.log));
const data = Object.freeze({ x: [0, 1, 4, 12], tx: [0, 0.3, 0.7, 0.95], T: [1, 0.9, 0.8, 1], weight: [3, 1, 2, 0.5] });

describe("bgnbdObjective", () => {
  it("is minus the log-likelihood for one customer (doc example)", () => {
    const f = bgnbdObjective({ x: [0], tx: [0], T: [40], weight: [1] }, 0);
    expect(f(logOf({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }), new Float64Array(4))).toBeCloseTo(0.5994738182, 9);
  });

  it("is the weighted mean of minus the log-likelihoods plus the penalty", () => {
    const p = { r: 0.7, alpha: 0.4, a: 1.3, b: 2.2 };
    const n = data.x.length;
    let sum = 0;
    let w = 0;
    for (let i = 0; i < n; i++) {
      sum += data.weight[i] * bgnbdLogLikelihood(p, { x: data.x[i], tx: data.tx[i], T: data.T[i] });
      w += data.weight[i];
    }
    const penalty = 0.1 * (0.7 ** 2 + 0.4 ** 2 + 1.3 ** 2 + 2.2 ** 2);
    expect(bgnbdObjective(data, 0.1)(logOf(p), new Float64Array(4))).toBeCloseTo(-sum / w + penalty, 12);
  });

  it("has an analytic gradient equal to central differences", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(0, 0.05),
        (theta, penalizer) => {
          const f = bgnbdObjective(data, penalizer);
          const g = new Float64Array(4);
          const x = Float64Array.from(theta);
          f(x, g);
          const scratch = new Float64Array(4);
          return [0, 1, 2, 3].every((i) => {
            const h = 1e-6;
            const up = Float64Array.from(x);
            const down = Float64Array.from(x);
            up[i] += h;
            down[i] -= h;
            const numeric = (f(up, scratch) - f(down, scratch)) / (2 * h);
            return Math.abs(numeric - g[i]) <= 1e-6 * Math.max(1, Math.abs(g[i]));
          });
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("gives a weight of 2 the same value as a duplicated row", () => {
    const p = logOf({ r: 0.5, alpha: 0.3, a: 0.9, b: 3 });
    const weighted = bgnbdObjective({ x: [2, 0], tx: [0.5, 0], T: [1, 1], weight: [2, 1] }, 0)(p, new Float64Array(4));
    const duplicated = bgnbdObjective({ x: [2, 2, 0], tx: [0.5, 0.5, 0], T: [1, 1, 1], weight: [1, 1, 1] }, 0)(
      p,
      new Float64Array(4),
    );
    expect(weighted).toBeCloseTo(duplicated, 14);
  });

  it("returns Infinity above 1e7 (and on overflow), so minimisers shorten the step", () => {
    expect(bgnbdObjective(data, 0)(Float64Array.from([800, 0, 0, 0]), new Float64Array(4))).toBe(Infinity);
    expect(bgnbdObjective(data, 0)(Float64Array.from([0, 0, Math.log(2e7), 0]), new Float64Array(4))).toBe(Infinity);
    expect(
      Number.isFinite(
        bgnbdObjective(data, 0)(Float64Array.from([0, 0, Math.log(5e6), Math.log(9e6)]), new Float64Array(4)),
      ),
    ).toBe(true);
  });

  it("stays exact where a and b are in the millions (the beta ratios as finite products, no gammaln cancellation)", () => {
    // reference: each customer's log-likelihood with B(a, b+x)/B(a, b) = Π_{j<x} (b+j)/(a+b+j) and
    // Γ(r+x)/Γ(r) = Π_{j<x} (r+j), the two branches added in log space
    const p = { r: 0.155, alpha: 0.0123, a: 2.98e6, b: 9.99e6 };
    let expected = 0;
    let total = 0;
    for (let i = 0; i < data.x.length; i++) {
      const x = data.x[i];
      let base = p.r * Math.log(p.alpha);
      for (let j = 0; j < x; j++) base += Math.log(p.r + j) + Math.log((p.b + j) / (p.a + p.b + j));
      const alive = -(p.r + x) * Math.log(p.alpha + data.T[i]);
      const dropped = x > 0 ? Math.log(p.a / (p.b + x - 1)) - (p.r + x) * Math.log(p.alpha + data.tx[i]) : -Infinity;
      const top = Math.max(alive, dropped);
      expected -= data.weight[i] * (base + top + Math.log(Math.exp(alive - top) + Math.exp(dropped - top)));
      total += data.weight[i];
    }
    const value = bgnbdObjective(data, 0)(logOf(p), new Float64Array(4));
    expect(Math.abs(value - expected / total)).toBeLessThan(1e-13 * Math.abs(value));
  });

  it("has a smooth value and gradient along the a, b → ∞ valley (central differences agree at a, b = 10⁶ to 10⁷)", () => {
    const f = bgnbdObjective(data, 0);
    for (const scale of [1e6, 3e6, 1e7 / 1.2]) {
      const x = logOf({ r: 0.5, alpha: 0.3, a: 0.3 * scale, b: scale });
      const g = new Float64Array(4);
      f(x, g);
      const scratch = new Float64Array(4);
      for (const i of [2, 3]) {
        const h = 1e-6;
        const up = Float64Array.from(x);
        const down = Float64Array.from(x);
        up[i] += h;
        down[i] -= h;
        const numeric = (f(up, scratch) - f(down, scratch)) / (2 * h);
        // the gradient along ln a and ln b is small here: it must still be resolved to 1e-3 of itself
        expect(Math.abs(numeric - g[i])).toBeLessThan(1e-3 * Math.abs(g[i]) + 1e-12);
      }
    }
  });
});
