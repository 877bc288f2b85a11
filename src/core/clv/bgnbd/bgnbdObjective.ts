import { digammaDifference } from "../../math/digammaDifference";
import { logGammaRatio } from "../../math/logGammaRatio";
import type { ObjectiveWithGradient } from "../../math/optimizeTypes";

/** The largest parameter value the objective accepts (α in rescaled time). */
export const BGNBD_MAX_PARAMETER = 1e7;
const LOG_MAX = Math.log(BGNBD_MAX_PARAMETER);

/** Patterns (distinct histories) with weights, in the time unit the objective works in. */
export interface BgnbdPatternData {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
  readonly weight: ArrayLike<number>;
}

/**
 * The BG/NBD fitting objective over log-parameters θ = (ln r, ln α, ln a, ln b):
 * f(θ) = −Σ wᵢ llᵢ / Σ wᵢ + penalizer · (r² + α² + a² + b²), with its analytic gradient.
 *
 * Method: the log-likelihood is the log-sum-exp form of {@link bgnbdLogLikelihood}. Terms that
 * depend only on x (the gamma and digamma functions) are computed once per distinct x, as
 * differences without cancellation (`logGammaRatio`, `digammaDifference`): lnΓ(b+x) − lnΓ(b) and
 * lnΓ(a+b+x) − lnΓ(a+b) as plain gammaln differences would carry an absolute error near 1e-8 at
 * a, b ≈ 10⁷, enough noise to stall the minimisers on the flat a, b → ∞ valley. So an
 * evaluation costs O(distinct x) special functions plus O(patterns) logs and exponentials.
 * Gradient, with w₃, w₄ the softmax weights of the two branches (w₃ + w₄ = 1):
 *   ∂/∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+tx)
 *   ∂/∂α = r/α − (r+x)·(w₃/(α+T) + w₄/(α+tx))
 *   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w₄/a
 *   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w₄/(b+x−1)
 * and ∂/∂ln θ = θ·∂/∂θ. Parameters above 1e7, or whose exponential is not positive, give +∞
 * (the minimisers then shorten the step). The cap matters when the maximum lies at infinity, e.g.
 * a, b → ∞ with a/(a + b) fixed (every customer has the same dropout probability): the
 * likelihood creeps towards its limit and would keep a minimiser walking; at 1e7 the model is
 * indistinguishable from that limit, and the predictions handle such values.
 *
 * @param data - patterns and weights (x ≥ 0 integers, 0 ≤ tx ≤ T, weights ≥ 0 with a positive sum)
 * @param penalizer - L2 penalty (≥ 0)
 * @returns the objective, writing its gradient
 *
 * @example
 * const f = bgnbdObjective({ x: [0], tx: [0], T: [40], weight: [1] }, 0);
 * f(Float64Array.from([Math.log(0.25), Math.log(4), Math.log(0.8), Math.log(2.5)]), new Float64Array(4))
 * // => 0.5994738182… (minus the log-likelihood of that one customer)
 */
export function bgnbdObjective(data: BgnbdPatternData, penalizer: number): ObjectiveWithGradient {
  const n = data.x.length;
  // distinct x values and each pattern's group
  const groupOfX = new Map<number, number>();
  const xs: number[] = [];
  const group = new Uint32Array(n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    const x = data.x[i];
    let g = groupOfX.get(x);
    if (g === undefined) {
      g = xs.length;
      groupOfX.set(x, g);
      xs.push(x);
    }
    group[i] = g;
    totalWeight += data.weight[i];
  }
  const m = xs.length;
  const baseX = new Float64Array(m); // A1 + A2 without the r ln α term
  const dR = new Float64Array(m); // ψ(r+x) − ψ(r)
  const dA = new Float64Array(m); // ψ(a+b) − ψ(a+b+x)
  const dB = new Float64Array(m); // ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x)
  const logDrop = new Float64Array(m); // ln a − ln(b+x−1), x > 0

  return (theta, gradient) => {
    if (!(theta[0] <= LOG_MAX && theta[1] <= LOG_MAX && theta[2] <= LOG_MAX && theta[3] <= LOG_MAX)) return Infinity;
    const r = Math.exp(theta[0]);
    const alpha = Math.exp(theta[1]);
    const a = Math.exp(theta[2]);
    const b = Math.exp(theta[3]);
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return Infinity;
    const ab = a + b;
    for (let g = 0; g < m; g++) {
      const x = xs[g];
      baseX[g] = logGammaRatio(r, x) + logGammaRatio(b, x) - logGammaRatio(ab, x);
      dR[g] = digammaDifference(r, x);
      const psiABX = digammaDifference(ab, x);
      dA[g] = -psiABX;
      dB[g] = digammaDifference(b, x) - psiABX;
      logDrop[g] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity;
    }
    const logAlpha = Math.log(alpha);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const w = data.weight[i];
      if (w === 0) continue;
      const g = group[i];
      const x = data.x[i];
      const s = r + x;
      const aT = alpha + data.T[i];
      const lnAT = Math.log(aT);
      const a3 = -s * lnAT;
      let lse = a3;
      let w4 = 0;
      let lnAtx = 0;
      let aTx = 1;
      if (x > 0) {
        aTx = alpha + data.tx[i];
        lnAtx = Math.log(aTx);
        const a4 = logDrop[g] - s * lnAtx;
        const hi = a3 > a4 ? a3 : a4;
        const e3 = Math.exp(a3 - hi);
        const e4 = Math.exp(a4 - hi);
        lse = hi + Math.log(e3 + e4);
        w4 = e4 / (e3 + e4);
      }
      const w3 = 1 - w4;
      ll += w * (baseX[g] + r * logAlpha + lse);
      gr += w * (dR[g] + logAlpha - w3 * lnAT - w4 * lnAtx);
      gAlpha += w * (r / alpha - s * (w3 / aT + (x > 0 ? w4 / aTx : 0)));
      ga += w * (dA[g] + w4 / a);
      gb += w * (dB[g] - (x > 0 ? w4 / (b + x - 1) : 0));
    }
    const value = -ll / totalWeight + penalizer * (r * r + alpha * alpha + a * a + b * b);
    gradient[0] = -(r * gr) / totalWeight + 2 * penalizer * r * r;
    gradient[1] = -(alpha * gAlpha) / totalWeight + 2 * penalizer * alpha * alpha;
    gradient[2] = -(a * ga) / totalWeight + 2 * penalizer * a * a;
    gradient[3] = -(b * gb) / totalWeight + 2 * penalizer * b * b;
    return Number.isFinite(value) ? value : Infinity;
  };
}
