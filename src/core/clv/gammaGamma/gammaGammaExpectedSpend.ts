import { DomainError } from "../../errors";
import type { GammaGammaParams } from "./gammaGammaTypes";
import { checkGammaGammaParams } from "./checkGammaGammaParams";

/**
 * Conditional expected spend per transaction E[M | x, m̄] (Fader, Hardie & Lee 2005, JMR eq. 5;
 * BTYD `spend.expected.value`): (v + x·m̄)·p / (p·x + q − 1), a weighted average of the
 * population mean p·v/(q − 1) and the customer's own mean m̄ (weight p·x/(p·x + q − 1)).
 *
 * Method: customers with no repeat purchase (x = 0) or a mean repeat spend m̄ ≤ 0 (refunds, free
 * orders; excluded from the fit) get the population mean p·v/(q − 1). With q > 1 the result is
 * always finite and > 0. Money in the unit of m̄ and v.
 *
 * @param params - p, q (> 1), v
 * @param x - repeat purchases (whole number ≥ 0)
 * @param mbar - mean value of the repeat purchases
 * @returns expected spend per future transaction, > 0
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, x or m̄ not finite
 *
 * @example
 * const p = { p: 6.25, q: 3.74, v: 15.44 };
 * gammaGammaExpectedSpend(p, 2, 22.35) // => 24.66 (lifetimes docs: 24.658619 with the unrounded fit)
 * gammaGammaExpectedSpend(p, 0, 0) // => 35.22 (the population mean p·v/(q − 1))
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, mbar: number): number {
  checkGammaGammaParams(params);
  if (!(Number.isInteger(x) && x >= 0) || !Number.isFinite(mbar)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `x must be a whole number >= 0 and the mean spend finite (got x=${x}, mean spend=${mbar})`,
      `x 必须是大于等于 0 的整数且平均消费为有限数（实际 x=${x}，平均消费=${mbar}）`,
    );
  }
  return expectedSpendUnchecked(params.p, params.q, params.v, x, mbar);
}

/** {@link gammaGammaExpectedSpend} without argument checks, for internal loops. */
export function expectedSpendUnchecked(p: number, q: number, v: number, x: number, mbar: number): number {
  if (x > 0 && mbar > 0) return ((v + x * mbar) * p) / (p * x + q - 1);
  return (p * v) / (q - 1);
}
