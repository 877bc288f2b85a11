import betaln from "@stdlib/math-base-special-betaln";
import { expit } from "../../math/expit";
import { integrateTanhSinh } from "../../math/integrateTanhSinh";
import { bgnbdLogOddsDead } from "./bgnbdLogOddsDead";
import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";
import { checkBgnbdHistory } from "./checkBgnbdHistory";
import { checkBgnbdParams } from "./checkBgnbdParams";
import { checkHorizon } from "./checkHorizon";

/**
 * E[Y(t) | x, tx, T] by numerical integration over the dropout probability instead of the
 * hypergeometric function: an independent route to eq. 10 of Fader, Hardie & Lee (2005).
 *
 * Derivation: a customer alive at T with purchase rate λ and dropout probability p makes
 * (1 − e^(−λpt))/p purchases in (T, T + t] on average. Given the history and being alive,
 * λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x), independently, so
 *   E[Y(t)] = P(alive) · ∫₀¹ (1 − (1 + pτ)^(−(r+x))) / p · Beta(p; a, b + x) dp,  τ = t/(α + T).
 * Method: the substitution p = u^(1/a) removes the p^(a−1) singularity at 0; the remaining
 * integral over u ∈ (0, 1) is done by tanh-sinh quadrature (relative tolerance 1e-12), which
 * handles the (1 − p)^(b+x−1) singularity at 1 when b + x < 1. Valid for every a > 0, including
 * a = 1 where the closed form's (a − 1) denominator is singular. Cost: a few hundred evaluations,
 * so it serves as the fallback for arguments where the series is slow (t ≫ α + T), and as a check.
 *
 * @param params - r, α, a, b
 * @param history - x, tx, T
 * @param t - horizon, ≥ 0, in the time unit of α
 * @returns `{ value, converged }`: the expected number of purchases in (T, T + t] and whether the
 *   quadrature met its tolerance (`value` is finite and ≥ 0 either way)
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters, history or horizon
 *
 * @example
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgnbdExpectedPurchasesByQuadrature(p, { x: 2, tx: 30.43, T: 38.86 }, 39).value // => 1.22591 (lifetimes 0.11.3: 1.225910424)
 */
export function bgnbdExpectedPurchasesByQuadrature(
  params: BgnbdParams,
  history: BgnbdHistory,
  t: number,
): { value: number; converged: boolean } {
  checkBgnbdParams(params);
  checkBgnbdHistory(history.x, history.tx, history.T);
  checkHorizon(t);
  return expectedPurchasesByQuadratureUnchecked(
    params.r,
    params.alpha,
    params.a,
    params.b,
    history.x,
    history.tx,
    history.T,
    t,
  );
}

/** {@link bgnbdExpectedPurchasesByQuadrature} without argument checks, for internal use. */
export function expectedPurchasesByQuadratureUnchecked(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  t: number,
): { value: number; converged: boolean } {
  if (t === 0) return { value: 0, converged: true };
  const pAlive = expit(-bgnbdLogOddsDead(r, alpha, a, b, x, tx, T));
  if (pAlive === 0) return { value: 0, converged: true };
  const s = r + x;
  const tau = t / (alpha + T);
  const bx1 = b + x - 1;
  const logNorm = -Math.log(a) - betaln(a, b + x);
  const integrand = (u: number, complement: number): number => {
    const lnU = u < 0.5 ? Math.log(u) : Math.log1p(-complement);
    const lnP = lnU / a;
    const p = Math.exp(lnP);
    const ln1mP = lnP < -0.7 ? Math.log1p(-p) : Math.log(-Math.expm1(lnP));
    // (1 − (1 + pτ)^(−s)) / p, with its limit sτ at p = 0
    const g = p === 0 ? s * tau : -Math.expm1(-s * Math.log1p(p * tau)) / p;
    return Math.exp(logNorm + bx1 * ln1mP) * g;
  };
  const result = integrateTanhSinh(integrand);
  const value = result.value * pAlive;
  return Number.isFinite(value) && value >= 0 ? { value, converged: result.converged } : { value: 0, converged: false };
}
