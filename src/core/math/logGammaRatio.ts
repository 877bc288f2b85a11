// Hand-written: @stdlib has no cancellation-free lnΓ difference among the installed packages.
import gammaln from "@stdlib/math-base-special-gammaln";

/** Arguments from here on use the Stirling series (its omitted terms are below 1e-16 there). */
const ASYMPTOTIC_FROM = 30;

/**
 * ln Γ(u + x) − ln Γ(u): the log of the rising factorial (u)ₓ = u(u+1)…(u+x−1), accurate even
 * when u is huge and x small, where `gammaln(u + x) − gammaln(u)` cancels (at u = 10⁷ both
 * values are about 1.5·10⁸, so the plain difference carries an absolute error near 10⁻⁸).
 *
 * Method: for u ≥ 30 the two Stirling expansions are subtracted term by term:
 *   (u − ½)·log1p(x/u) + x·ln(u + x) − x + S(u + x) − S(u),
 *   S(v) = 1/(12v) − 1/(360v³) + 1/(1260v⁵) − 1/(1680v⁷),
 * whose omitted terms are below 1/(1188·30⁹) ≈ 4·10⁻¹⁷; every piece is of the size of the
 * result, so the absolute error is a few ulps of it. For u < 30 the plain difference of
 * @stdlib's `gammaln` is used (both values are then moderate unless x is large, when the result
 * is large too). Edge cases: x = 0 gives exactly 0. Cost: O(1).
 *
 * @param u - the base, > 0
 * @param x - the increment, ≥ 0 (not necessarily whole)
 * @returns ln Γ(u + x) − ln Γ(u)
 *
 * @example
 * logGammaRatio(3, 2) // => 2.4849066497880004 (ln(3·4) = ln 12)
 * logGammaRatio(1e7, 1) // => 16.11809565095832 (ln 10⁷)
 */
export function logGammaRatio(u: number, x: number): number {
  if (x === 0) return 0;
  if (u < ASYMPTOTIC_FROM) return gammaln(u + x) - gammaln(u);
  const v = u + x;
  return (u - 0.5) * Math.log1p(x / u) + x * Math.log(v) - x + (stirling(v) - stirling(u));
}

function stirling(v: number): number {
  const w = 1 / (v * v);
  return (1 / 12 - w * (1 / 360 - w * (1 / 1260 - w / 1680))) / v;
}
