import betaln from "@stdlib/math-base-special-betaln";
import gammaln from "@stdlib/math-base-special-gammaln";
import { DomainError } from "../../errors";
import type { BgnbdParams } from "./bgnbdTypes";
import { checkBgnbdParams } from "./checkBgnbdParams";
import { checkHorizon } from "./checkHorizon";

/**
 * P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in the first
 * t time units (Fader, Hardie & Lee 2005, eq. 8):
 *   B(a, b+n)/B(a, b) · NB(n) + [n > 0] · B(a+1, b+n−1)/B(a, b) · P(NB ≥ n),
 *   NB(j) = Γ(r+j)/(Γ(r) j!) · (α/(α+t))^r · (t/(α+t))^j.
 * Method: the beta and gamma ratios are taken in log space. The tail P(NB ≥ n) is 1 − Σ_{j<n} NB(j)
 * while that head sum is ≤ ½; otherwise the tail is summed directly (Σ_{j≥n} NB(j), stopping when
 * the terms are below 1e-17 of the sum), so small tail probabilities keep their precision.
 * Edge case: t = 0 gives 1 for n = 0 and 0 otherwise. Cost: O(n) plus the tail terms.
 *
 * @param params - r, α, a, b
 * @param t - horizon ≥ 0 in the unit of α
 * @param n - number of purchases, a whole number ≥ 0
 * @returns the probability, in [0, 1]
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, horizon or n
 *
 * @example
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgnbdPmf(p, 39, 0) // => 0.5743 (share of new customers with no repeat purchase within 39 weeks)
 */
export function bgnbdPmf(params: BgnbdParams, t: number, n: number): number {
  checkBgnbdParams(params);
  checkHorizon(t);
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `n must be a whole number >= 0 (got ${n})`,
      `n 必须是大于等于 0 的整数（实际为 ${n}）`,
    );
  }
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, a, b } = params;
  const lnQ0 = -Math.log1p(t / alpha); // ln(α/(α+t))
  const lnQ1 = -Math.log1p(alpha / t); // ln(t/(α+t))
  const lnB = betaln(a, b);
  const logNb = (j: number): number =>
    gammaln(r + j) - gammaln(r) - gammaln(j + 1) + r * lnQ0 + (j === 0 ? 0 : j * lnQ1);
  const first = Math.exp(betaln(a, b + n) - lnB + logNb(n));
  if (n === 0) return clamp01(first);
  // P(NB ≥ n)
  let head = 0;
  let term = Math.exp(r * lnQ0); // NB(0)
  const q1 = Math.exp(lnQ1);
  for (let j = 0; j < n && head <= 0.5; j++) {
    head += term;
    term *= ((r + j) / (j + 1)) * q1;
  }
  let tail: number;
  if (head <= 0.5) {
    tail = 1 - head;
  } else {
    tail = 0;
    let nb = Math.exp(logNb(n));
    for (let j = n; nb > 0; j++) {
      tail += nb;
      const ratio = ((r + j) / (j + 1)) * q1;
      if (nb * (ratio < 1 ? ratio / (1 - ratio) : Infinity) <= 1e-17 * tail) break;
      nb *= ratio;
    }
  }
  const second = Math.exp(betaln(a + 1, b + n - 1) - lnB) * tail;
  return clamp01(first + second);
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
