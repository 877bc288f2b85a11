/**
 * Below this {@link bgnbdLimitGap}, expected purchases use the closed form of the a, b → ∞ limit
 * (10× below the 1e-9 relative agreement required, for the neglected second-order terms).
 */
export const BGNBD_LIMIT_SWITCH = 1e-10;

/**
 * An upper estimate of the relative difference between the BG/NBD conditional expected purchases
 * E[Y(t) | x, tx, T] and the same quantity in the model's a, b → ∞ limit (every customer drops out
 * with the fixed probability p = a/(a + b); see `bgnbdLimitPurchasesPath`), for any horizon:
 *   gap = (x − 1)⁺/b + (s + 1)·x/(a + b) + (s + 1)(s + 2)·(b + x)/(2a(a + b)),  s = r + x.
 *
 * Derivation (first order in 1/(a + b)). E[Y] = P(alive) · E[g(p)] with p ~ Beta(a, b + x) (the
 * dropout probability given the history) and g(p) = (1 − (1 + pτ)^(−s))/p, τ = t/(α + T); the
 * limit is P∞(alive) · g(p₀), p₀ = a/(a + b).
 * 1. P(alive) = 1/(1 + k·R) with k = a/(b + x − 1) in the model and k∞ = a/b in the limit, so
 *    |P∞/P − 1| ≤ 1 − k/k∞ = (x − 1)/(b + x − 1) ≤ (x − 1)⁺/b (both are 1 when x = 0).
 * 2. g(p) = ∫₀^τ s(1 + pu)^(−s−1) du is a positive mixture of (1 + pu)^(−s−1), so
 *    |p·g′(p)| ≤ (s + 1)·g(p) and p²·g″(p) ≤ (s + 1)(s + 2)·g(p). Expanding E[g(p)] around p₀:
 *    the posterior mean a/(a + b + x) is below p₀ by p₀·x/(a + b + x), contributing at most
 *    (s + 1)·x/(a + b); the variance a(b + x)/((a + b + x)²(a + b + x + 1)) ≤ p₀²·(b + x)/(a(a + b))
 *    contributes at most ½(s + 1)(s + 2)·(b + x)/(a(a + b)).
 * The estimate does not depend on t, α, tx or T (the bounds on g hold for every τ). It is
 * conservative for short horizons (there p·g′/g ≈ (s + 1)pτ/2). The omitted terms are of order
 * gap², so a gap ≤ 1e-10 guarantees agreement to well under 1e-9. Tested against the general
 * evaluation for a, b from 10⁴ to 10⁸. No validation (callers check parameters).
 *
 * @param r - BG/NBD r
 * @param a - BG/NBD a
 * @param b - BG/NBD b
 * @param x - repeat purchases
 * @returns the estimated relative gap, ≥ 0 (0 only when every term vanishes)
 *
 * @example
 * bgnbdLimitGap(0.15, 3e6, 1e7, 0) // => 3.17e-7 (a fit stopped at its bound: too far from the limit to switch)
 * bgnbdLimitGap(0.15, 3e12, 1e13, 2) // => 2.26e-12 (below 1e-10: the limit form is used)
 */
export function bgnbdLimitGap(r: number, a: number, b: number, x: number): number {
  const s = r + x;
  const kappa = a + b; // may overflow to Infinity: every term is then 0, the exact limit
  const drop = x > 1 ? (x - 1) / b : 0;
  return drop + ((s + 1) * x) / kappa + ((s + 1) * (s + 2) * ((b + x) / kappa)) / (2 * a);
}
