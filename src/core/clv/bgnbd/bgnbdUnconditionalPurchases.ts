import type { BgnbdParams } from "./bgnbdTypes";
import { bgnbdExpectedPurchasesPath } from "./bgnbdExpectedPurchasesPath";

/**
 * Unconditional expected purchases E[X(t)] of a new customer in the first t time units after the
 * first purchase (Fader, Hardie & Lee 2005, eq. 9):
 *   (a+b−1)/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; t/(α+t))].
 *
 * Method: eq. 9 is eq. 10 for a customer with x = 0, tx = 0, T = 0, so this evaluates
 * {@link bgnbdExpectedPurchasesPath} there (finite at a = 1, no overflow).
 *
 * @param params - r, α, a, b
 * @param t - horizon ≥ 0 in the unit of α
 * @returns E[X(t)], finite and ≥ 0
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters or horizon
 *
 * @example
 * bgnbdUnconditionalPurchases({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 }, 39) // => 1.1950 (= Σ n·P(X(39) = n))
 */
export function bgnbdUnconditionalPurchases(params: BgnbdParams, t: number): number {
  return bgnbdExpectedPurchasesPath(params, { x: 0, tx: 0, T: 0 }, [t])[0];
}
