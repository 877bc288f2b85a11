import { expit } from "../../math/expit";
import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";
import { checkedPurchasesPath } from "./checkedPurchasesPath";

/**
 * Conditional expected purchases E[Y(t) | x, tx, T] in the a, b → ∞ limit of the BG/NBD model,
 * where the Beta(a, b) mixing distribution collapses to a point mass at p = a/(a + b): every
 * customer drops out with the same probability p after each purchase (a geometric number of
 * purchases before dropout, the "shifted geometric" lifetime), while purchase rates still vary
 * as λ ~ Gamma(r, α). This is where a fit lands when the data show no spread in dropout.
 *
 * Derivation. Given λ and p, the history has likelihood (1 − p)^x λ^x e^(−λT) (alive at T) plus,
 * when x > 0, p(1 − p)^(x−1) λ^x e^(−λ·tx) (dropped out right after the last purchase).
 * Integrating λ over Gamma(r, α) gives
 *   P(alive) = 1 / (1 + [x > 0] · p/(1 − p) · ((α + T)/(α + tx))^(r+x)),
 * the BG/NBD's P(alive) with a/(b + x − 1) replaced by its limit p/(1 − p) = a/b. A customer
 * alive at T with rate λ buys at rate λ until dropout, which happens after a Geometric(p) number
 * of purchases, i.e. at rate λp, so E[purchases in (T, T + t] | λ, alive] = (1 − e^(−λpt))/p.
 * Given the history and being alive, λ ~ Gamma(r + x, α + T), and E[e^(−λpt)] =
 * ((α + T)/(α + T + pt))^(r+x), so
 *   E[Y(t)] = P(alive) · (1 − ((α + T)/(α + T + p·t))^(r+x)) / p.
 * This is also the limit of eq. 10 of Fader, Hardie & Lee (2005): (a + b + x − 1)/(a − 1) → 1/p
 * and ₂F₁(r + x, b + x; a + b + x − 1; z) → (1 − (1 − p)z)^(−(r+x)), z = t/(α + T + t), and
 * (1 − z)/(1 − (1 − p)z) = (α + T)/(α + T + p·t). The unconditional E[X(t)] is the case
 * x = tx = T = 0: (1 − (α/(α + p·t))^r)/p. A discounted CLV over monthly steps is then a finite sum
 * of closed forms, with no series or quadrature.
 * Method: the bracket is −expm1(−(r + x)·log1p(p·t/(α + T))), so there is no cancellation for short
 * horizons; P(alive) is computed in log space. Accurate to a few units in the last place. How far
 * this is from the model at finite a, b: see `bgnbdLimitGap`. Cost: O(horizons).
 *
 * @param params - r, α, a, b (only p = a/(a + b) of a and b is used)
 * @param history - x, tx, T
 * @param horizons - horizons t ≥ 0, in the time unit of α
 * @returns E[Y(t)] in the limit for each horizon, finite and ≥ 0, 0 at t = 0
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, history or horizons
 *
 * @example
 * // p = 0.25, a one-time buyer of age 10, one-year horizon: P(alive) = 1, r + x = 1
 * Array.from(bgnbdLimitPurchasesPath({ r: 1, alpha: 10, a: 1e12, b: 3e12 }, { x: 0, tx: 0, T: 10 }, [0, 80]))
 * // => [0, 2] ((1 − 20/(20 + 20)) / 0.25)
 */
export function bgnbdLimitPurchasesPath(
  params: BgnbdParams,
  history: BgnbdHistory,
  horizons: ArrayLike<number>,
): Float64Array {
  return checkedPurchasesPath(params, history, horizons, limitPurchasesPathUnchecked);
}

/** {@link bgnbdLimitPurchasesPath} without argument checks, writing into `out` (for hot loops). */
export function limitPurchasesPathUnchecked(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  horizons: ArrayLike<number>,
  out: Float64Array,
): void {
  const s = r + x;
  const aT = alpha + T;
  // p = a/(a + b) without overflowing a + b; ln(p/(1 − p)) = ln a − ln b
  const p = 1 / (1 + b / a);
  const pAlive = x > 0 ? expit(-(Math.log(a) - Math.log(b) + s * Math.log1p((T - tx) / (alpha + tx)))) : 1;
  for (let h = 0; h < horizons.length; h++) {
    const t = horizons[h];
    if (t === 0 || pAlive === 0) {
      out[h] = 0;
      continue;
    }
    const pt = p * t;
    // (1 − (1 + pt/(α+T))^(−s)) / p, and its limit s·t/(α+T) when p underflows to 0
    const value = p > 0 ? -Math.expm1(-s * Math.log1p(pt / aT)) / p : (s * t) / aT;
    out[h] = pAlive * value;
  }
}
