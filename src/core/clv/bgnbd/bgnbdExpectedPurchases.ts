import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";
import { bgnbdExpectedPurchasesPath } from "./bgnbdExpectedPurchasesPath";

/**
 * Conditional expected purchases E[Y(t) | x, tx, T]: how many purchases a customer with this
 * history is expected to make in the next t time units (Fader, Hardie & Lee 2005, eq. 10; lifetimes'
 * `conditional_expected_number_of_purchases_up_to_time`).
 *
 * Method: see {@link bgnbdExpectedPurchasesPath} (Euler-transformed series with a finite limit at
 * a = 1, P(alive) in log space, fallbacks near z = 1). The result is an expected **count**, not a
 * probability. Units: t, tx, T and α in the same time unit (days or weeks).
 *
 * @param params - r, α, a, b
 * @param history - x, tx, T
 * @param t - horizon ≥ 0
 * @returns expected number of purchases in (T, T + t], finite and ≥ 0
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, history or horizon
 *
 * @example
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgnbdExpectedPurchases(p, { x: 26, tx: 30.86, T: 31 }, 1) // => 0.7106 (lifetimes docs: 0.710623)
 */
export function bgnbdExpectedPurchases(params: BgnbdParams, history: BgnbdHistory, t: number): number {
  return bgnbdExpectedPurchasesPath(params, history, [t])[0];
}
