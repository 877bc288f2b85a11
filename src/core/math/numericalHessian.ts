// Hand-written: no installed library differentiates numerically; a few lines over the analytic gradient suffice.
import type { ObjectiveWithGradient } from "./optimizeTypes";

/**
 * The Hessian matrix of f at x, by central differences of its analytic gradient.
 *
 * Method: column j is (∇f(x + hⱼeⱼ) − ∇f(x − hⱼeⱼ)) / (2hⱼ) with hⱼ = step · max(1, |xⱼ|); the
 * result is symmetrised, (H + Hᵀ)/2. Truncation error O(h²), rounding error O(ε/h); the default
 * step 1e-5 balances them for gradients of order 1. Cost: 2n gradient evaluations.
 *
 * @param f - objective writing its gradient
 * @param x - the point (typically a minimum)
 * @param step - relative finite-difference step (default 1e-5)
 * @returns the n × n Hessian, or `undefined` when a gradient is not finite near x
 *
 * @example
 * numericalHessian((x, g) => { g[0] = 2 * x[0] + x[1]; g[1] = x[0] + 6 * x[1]; return x[0] ** 2 + x[0] * x[1] + 3 * x[1] ** 2; }, [1, 1])
 * // => [[2, 1], [1, 6]] (to about 1e-9)
 */
export function numericalHessian(f: ObjectiveWithGradient, x: ArrayLike<number>, step = 1e-5): number[][] | undefined {
  const n = x.length;
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const xp = Float64Array.from(x);
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const h = step * Math.max(1, Math.abs(x[j]));
    xp[j] = x[j] + h;
    f(xp, gp);
    xp[j] = x[j] - h;
    f(xp, gm);
    xp[j] = x[j];
    for (let i = 0; i < n; i++) H[i][j] = (gp[i] - gm[i]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const m = (H[i][j] + H[j][i]) / 2;
      H[i][j] = m;
      H[j][i] = m;
    }
  }
  return H.every((row) => row.every(Number.isFinite)) ? H : undefined;
}
