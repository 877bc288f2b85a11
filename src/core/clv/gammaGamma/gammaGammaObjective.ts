import gammaln from "@stdlib/math-base-special-gammaln";
import { digammaDifference } from "../../math/digammaDifference";
import { logGammaRatio } from "../../math/logGammaRatio";
import type { ObjectiveWithGradient } from "../../math/optimizeTypes";

/** The largest value of p, q − 1 and v (spend rescaled to mean 1) the objective accepts. */
export const GAMMA_GAMMA_MAX_PARAMETER = 1e7;
const LOG_MAX = Math.log(GAMMA_GAMMA_MAX_PARAMETER);

/**
 * The Gamma-Gamma fitting objective over θ = (ln p, ln(q − 1), ln v):
 * −mean log-likelihood + penalizer·(p² + q² + v²), with its analytic gradient. Optimising
 * ln(q − 1) keeps q > 1, so the population mean p·v/(q − 1) stays positive and finite.
 *
 * Gradient of one customer's log-likelihood (see `gammaGammaLogLikelihood`):
 *   ∂/∂p = x·[ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(x m̄ + v)]
 *   ∂/∂q = ψ(px+q) − ψ(q) + ln v − ln(x m̄ + v)
 *   ∂/∂v = q/v − (px+q)/(x m̄ + v)
 * and ∂/∂ln p = p·∂/∂p, ∂/∂ln(q−1) = (q−1)·∂/∂q, ∂/∂ln v = v·∂/∂v. Gamma and digamma values are
 * computed once per distinct x, their differences without cancellation (`logGammaRatio`,
 * `digammaDifference`), and the log terms are regrouped as
 * −q·log1p(x m̄/v) − p x·log1p(v/(x m̄)) − ln m̄, so the objective stays smooth when p or q is in
 * the millions. Values above 1e7 give +∞ (a maximum at infinity, e.g. spend that
 * does not vary between customers, would otherwise keep a minimiser walking).
 *
 * @param x - repeat purchases of the fitted customers (> 0)
 * @param mbar - their mean repeat spend (> 0)
 * @param penalizer - L2 penalty ≥ 0
 * @returns the objective, writing its gradient
 *
 * @example
 * const f = gammaGammaObjective([1], [11.77], 0);
 * f(Float64Array.from([Math.log(6.25), Math.log(2.74), Math.log(15.44)]), new Float64Array(3)) // => 3.7377
 */
export function gammaGammaObjective(
  x: ArrayLike<number>,
  mbar: ArrayLike<number>,
  penalizer: number,
): ObjectiveWithGradient {
  const n = x.length;
  const groupOfX = new Map<number, number>();
  const xs: number[] = [];
  const group = new Uint32Array(n);
  const lnM = new Float64Array(n);
  const xm = new Float64Array(n); // x·m̄
  for (let i = 0; i < n; i++) {
    let g = groupOfX.get(x[i]);
    if (g === undefined) {
      g = xs.length;
      groupOfX.set(x[i], g);
      xs.push(x[i]);
    }
    group[i] = g;
    lnM[i] = Math.log(mbar[i]);
    xm[i] = x[i] * mbar[i];
  }
  const m = xs.length;
  const lg = new Float64Array(m); // lnΓ(px+q) − lnΓ(px) − lnΓ(q)
  const dPx = new Float64Array(m); // ψ(px+q) − ψ(px)
  const dQ = new Float64Array(m); // ψ(px+q) − ψ(q)

  return (theta, gradient) => {
    if (!(theta[0] <= LOG_MAX && theta[1] <= LOG_MAX && theta[2] <= LOG_MAX)) return Infinity;
    const p = Math.exp(theta[0]);
    const q = 1 + Math.exp(theta[1]);
    const v = Math.exp(theta[2]);
    if (!(p > 0 && q > 1 && v > 0)) return Infinity;
    for (let g = 0; g < m; g++) {
      const px = p * xs[g];
      // the ratio is taken from the larger argument, where lnΓ differences cancel
      lg[g] = px >= q ? logGammaRatio(px, q) - gammaln(q) : logGammaRatio(q, px) - gammaln(px);
      dPx[g] = digammaDifference(px, q);
      dQ[g] = digammaDifference(q, px);
    }
    let ll = 0;
    let gp = 0;
    let gq = 0;
    let gv = 0;
    for (let i = 0; i < n; i++) {
      const g = group[i];
      const xi = xs[g];
      const px = p * xi;
      const denom = xm[i] + v;
      // q ln v − (px+q) ln(x m̄ + v) + (px − 1) ln m̄ + px ln x, as two log1p terms that stay
      // small when q or px is in the millions
      const spendShare = Math.log1p(xm[i] / v); // ln((x m̄ + v)/v)
      const priorShare = Math.log1p(v / xm[i]); // ln((x m̄ + v)/(x m̄))
      ll += lg[g] - q * spendShare - px * priorShare - lnM[i];
      gp += xi * (dPx[g] - priorShare);
      gq += dQ[g] - spendShare;
      gv += q / v - (px + q) / denom;
    }
    const value = -ll / n + penalizer * (p * p + q * q + v * v);
    gradient[0] = (-p * gp) / n + 2 * penalizer * p * p;
    gradient[1] = (-(q - 1) * gq) / n + 2 * penalizer * q * (q - 1);
    gradient[2] = (-v * gv) / n + 2 * penalizer * v * v;
    return Number.isFinite(value) ? value : Infinity;
  };
}
