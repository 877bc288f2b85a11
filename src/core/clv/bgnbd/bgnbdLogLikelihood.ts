import { logAddExp } from "../../math/logAddExp";
import { logGammaRatio } from "../../math/logGammaRatio";
import { checkBgnbdHistory } from "./checkBgnbdHistory";
import { checkBgnbdParams } from "./checkBgnbdParams";
import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";

/**
 * The BG/NBD log-likelihood of one customer's history (Fader, Hardie & Lee 2005, eq. 6), in the
 * log-sum-exp form used by lifetimes:
 *
 *   A1 = lnΓ(r+x) − lnΓ(r) + r ln α
 *   A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
 *   A3 = −(r+x) ln(α+T)
 *   A4 = ln a − ln(b+x−1) − (r+x) ln(α+tx)      (only when x > 0)
 *   ll = A1 + A2 + ln(e^A3 + [x>0] e^A4)
 *
 * Method: the two likelihood branches ("still alive at T" and "dropped out after the last
 * purchase") are added in log space, so large x or T never overflow. The gamma-function
 * differences in A1 and A2 are taken without cancellation (`logGammaRatio`), so the value stays
 * exact when a and b are in the millions. Units: tx, T and α in the
 * same time unit.
 *
 * @param params - r, α, a, b (> 0)
 * @param history - x, tx, T
 * @returns ln L(r, α, a, b | x, tx, T)
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters or history
 *
 * @example
 * const p = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
 * bgnbdLogLikelihood(p, { x: 0, tx: 0, T: 40 }) // => -0.5994738182…
 * bgnbdLogLikelihood(p, { x: 200, tx: 38, T: 40 }) // => 100.795693…
 */
export function bgnbdLogLikelihood(params: BgnbdParams, history: BgnbdHistory): number {
  checkBgnbdParams(params);
  checkBgnbdHistory(history.x, history.tx, history.T);
  const { r, alpha, a, b } = params;
  const { x, tx, T } = history;
  const a1 = logGammaRatio(r, x) + r * Math.log(alpha);
  const a2 = logGammaRatio(b, x) - logGammaRatio(a + b, x);
  const a3 = -(r + x) * Math.log(alpha + T);
  const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return a1 + a2 + logAddExp(a3, a4);
}
