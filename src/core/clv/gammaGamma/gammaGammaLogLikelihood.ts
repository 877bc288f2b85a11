import gammaln from "@stdlib/math-base-special-gammaln";
import { DomainError } from "../../errors";
import type { GammaGammaParams } from "./gammaGammaTypes";
import { checkGammaGammaParams } from "./checkGammaGammaParams";

/**
 * Gamma-Gamma log-likelihood of one customer's mean repeat spend m̄ over x repeat purchases
 * (Hardie note 025; lifetimes' `GammaGammaFitter._negative_log_likelihood`):
 *   lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m̄ + px ln x − (px+q) ln(x m̄ + v).
 *
 * Method: direct evaluation with log-gamma; m̄ and v in the same money unit.
 *
 * @param params - p, q, v (> 0)
 * @param x - repeat purchases, a whole number > 0
 * @param mbar - mean value of the repeat purchases, > 0
 * @returns the log-likelihood
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, x ≤ 0 or m̄ ≤ 0
 *
 * @example
 * gammaGammaLogLikelihood({ p: 6.25, q: 3.74, v: 15.44 }, 1, 11.77) // => -3.7377 (ln of the density of m̄ = 11.77 for x = 1)
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: number, mbar: number): number {
  checkGammaGammaParams(params);
  if (!(Number.isInteger(x) && x > 0) || !(mbar > 0 && mbar < Infinity)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the Gamma-Gamma likelihood needs x > 0 (whole) and a mean spend > 0 (got x=${x}, mean spend=${mbar})`,
      `Gamma-Gamma 似然需要 x > 0（整数）且平均消费 > 0（实际 x=${x}，平均消费=${mbar}）`,
    );
  }
  const { p, q, v } = params;
  const px = p * x;
  return (
    gammaln(px + q) -
    gammaln(px) -
    gammaln(q) +
    q * Math.log(v) +
    (px - 1) * Math.log(mbar) +
    px * Math.log(x) -
    (px + q) * Math.log(x * mbar + v)
  );
}
