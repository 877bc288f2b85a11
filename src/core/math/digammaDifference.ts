// Hand-written: @stdlib has no cancellation-free digamma difference among the installed packages.
import digamma from "@stdlib/math-base-special-digamma";

/** Arguments from here on use the asymptotic series (its omitted terms are below 1e-17 there). */
const ASYMPTOTIC_FROM = 30;

/**
 * ψ(u + x) − ψ(u), the difference of two digamma values (for whole x it is Σ_{j<x} 1/(u + j)),
 * accurate when u is huge and x small, where `digamma(u + x) − digamma(u)` cancels.
 *
 * Method: for u ≥ 30 the asymptotic expansions are subtracted term by term:
 *   log1p(x/u) + c(u + x) − c(u),
 *   c(v) = −1/(2v) − 1/(12v²) + 1/(120v⁴) − 1/(252v⁶) + 1/(240v⁸),
 * whose omitted terms are below 1/(132·30¹⁰) ≈ 10⁻¹⁷. For u < 30 the plain difference of
 * @stdlib's `digamma` is used. Edge cases: x = 0 gives exactly 0. Cost: O(1).
 *
 * @param u - the base, > 0
 * @param x - the increment, ≥ 0
 * @returns ψ(u + x) − ψ(u)
 *
 * @example
 * digammaDifference(1, 2) // => 1.5 (1/1 + 1/2)
 * digammaDifference(1e7, 1) // => 1e-7 (1/10⁷)
 */
export function digammaDifference(u: number, x: number): number {
  if (x === 0) return 0;
  if (u < ASYMPTOTIC_FROM) return digamma(u + x) - digamma(u);
  return Math.log1p(x / u) + (tail(u + x) - tail(u));
}

function tail(v: number): number {
  const w = 1 / (v * v);
  return -0.5 / v - w * (1 / 12 - w * (1 / 120 - w * (1 / 252 - w / 240)));
}
