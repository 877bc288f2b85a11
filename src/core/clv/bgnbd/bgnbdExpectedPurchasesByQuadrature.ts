import gammaln from "@stdlib/math-base-special-gammaln";
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
 * λ ~ Gamma(r + x, α + T) and p ~ Beta(a, β), β = b + x, independently, so
 *   E[Y(t)] = P(alive) · ∫₀¹ (1 − (1 + pτ)^(−(r+x))) / p · Beta(p; a, β) dp,  τ = t/(α + T).
 * Method: the integral is taken over the log-odds η = ln(p/(1 − p)), whose density
 * exp(aη − (a + β)·ln(1 + e^η))/B(a, β) is smooth and unimodal for every a, β > 0, with its mode
 * at η₀ = ln(a/β) and curvature scale σ = √(1/a + 1/β). With η = η₀ + σ·ln(u/(1 − u)) the
 * integral over u ∈ (0, 1) is done by tanh-sinh quadrature (relative tolerance 1e-12), which
 * resolves the sharp peak of Beta(a, β) when a and β are in the millions as well as the slowly
 * decaying tails when a or β is small. The density is evaluated relative to its mode, as
 * aδ − (a + β)·log1p(v), δ = η − η₀, v = p₀·expm1(δ), p₀ = a/(a + β) when a ≤ β, and by the
 * mirror image (β, −δ, 1 − p₀) otherwise, so that no two large terms cancel; near the mode
 * (|δ| < ½) as a·(δ − expm1 δ) + (a + β)·(v − log1p v) with both remainders from their series, so
 * the first-order terms that cancel there are never formed (no loss of digits even at a = 10⁸); its
 * normalising constant in closed form: ln ∫ = ½ ln(2π(a + β)/(aβ)) + R(a) + R(β) − R(a + β),
 * R the remainder of Stirling's formula for ln Γ. Valid for every a > 0, including a = 1 where
 * the closed form's (a − 1) denominator is singular. Cost: typically 200–800 evaluations, so it
 * serves as the fallback for arguments where the series are slow (t ≫ α + T), and as a check.
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
  const beta = b + x;
  const eta0 = Math.log(a) - Math.log(beta);
  const p0 = 1 / (1 + beta / a);
  const ab = a + beta;
  const sigma = Math.sqrt(1 / a + 1 / beta);
  const lighter = a <= beta;
  const light = lighter ? a : beta;
  const weight = lighter ? p0 : 1 / (1 + a / beta); // a/(a+β) or β/(a+β)
  const logNorm =
    0.5 * Math.log((2 * Math.PI * (ab / a)) / beta) +
    stirlingRemainder(a) +
    stirlingRemainder(beta) -
    stirlingRemainder(ab);
  const integrand = (u: number, complement: number): number => {
    // y = ln(u/(1 − u)), each log taken from the side that is exact
    const y =
      (u < 0.5 ? Math.log(u) : Math.log1p(-complement)) - (complement < 0.5 ? Math.log(complement) : Math.log1p(-u));
    const delta = sigma * y;
    // ln density relative to the mode, seen from the lighter side (a ≤ β: p, else 1 − p, by the
    // symmetry p ↔ 1 − p, a ↔ β, δ ↔ −δ), so the large terms never cancel
    const d = lighter ? delta : -delta;
    const v = weight * Math.expm1(d);
    // near the mode the two first-order terms (light·d and (a+β)·v) cancel: use the remainders
    const logDensity =
      Math.abs(d) < 0.5 ? light * minusExpm1Remainder(d) + ab * minusLog1pRemainder(v) : light * d - ab * Math.log1p(v);
    if (!(logDensity > -745)) return 0;
    const p = expit(eta0 + delta);
    // (1 − (1 + pτ)^(−s)) / p, with its limit sτ at p = 0
    const g = p === 0 ? s * tau : -Math.expm1(-s * Math.log1p(p * tau)) / p;
    return (Math.exp(logDensity) * g) / (u * complement);
  };
  const result = integrateTanhSinh(integrand);
  const value = result.value * sigma * Math.exp(-logNorm) * pAlive;
  return Number.isFinite(value) && value >= 0 ? { value, converged: result.converged } : { value: 0, converged: false };
}

/** δ − expm1(δ) = −Σ_{k≥2} δᵏ/k! for |δ| < 0.5, by its series (the direct difference cancels). */
function minusExpm1Remainder(d: number): number {
  let term = (d * d) / 2;
  let sum = 0;
  for (let k = 3; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
    sum -= term;
    term *= d / k;
  }
  return sum;
}

/** v − log1p(v) = v²/2 − v³/3 + v⁴/4 − …, by its series for |v| < 0.25 (the direct difference cancels). */
function minusLog1pRemainder(v: number): number {
  if (!(Math.abs(v) < 0.25)) return v - Math.log1p(v);
  let power = v * v;
  let sum = 0;
  for (let k = 2; Math.abs(power) > 1e-17 * Math.abs(sum) * k; k++) {
    sum += (k % 2 === 0 ? power : -power) / k;
    power *= v;
  }
  return sum;
}

/** ln Γ(v) − [(v − ½) ln v − v + ½ ln 2π]: Stirling's series for v ≥ 30, gammaln below. */
function stirlingRemainder(v: number): number {
  if (v < 30) return gammaln(v) - ((v - 0.5) * Math.log(v) - v + 0.5 * Math.log(2 * Math.PI));
  const w = 1 / (v * v);
  return (1 / 12 - w * (1 / 360 - w * (1 / 1260 - w / 1680))) / v;
}
