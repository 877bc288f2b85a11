// Hand-written: no npm library sums ₂F₁ in log space, which the BG/NBD needs where ₂F₁ overflows a double.
import { DomainError } from "../errors";

/** Options of {@link logHyp2f1Series}. */
export interface LogHyp2f1SeriesOptions {
  /** Stop after this many terms at most (default 10,000,000). */
  readonly maxTerms?: number;
}

/**
 * ln ₂F₁(a, b; c; z), the natural log of the Gauss hypergeometric function, by its power series
 * summed in log space: ln Σₖ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ.
 *
 * Method: for a, b, c > 0 and 0 ≤ z < 1 every term is positive, so the terms are accumulated as
 * a running log-sum (rescaled whenever a term exceeds the running maximum). Values far beyond
 * the range of a double (ln ₂F₁ in the thousands, as with BG/NBD arguments a = r + x,
 * b = b + x, c = a + b + x − 1 for x in the hundreds) stay exact. Summation stops when the tail
 * bound term·ρ/(1 − ρ) (ρ = the larger of the current term ratio and z) is below 10⁻¹⁷ of the
 * sum. Cost: about (a + b)·z/(1 − z) + 40/(1 − z) terms, so it is slow as z approaches 1.
 *
 * @param a - first numerator parameter, > 0
 * @param b - second numerator parameter, > 0
 * @param c - denominator parameter, > 0
 * @param z - argument, 0 ≤ z < 1
 * @param options - term budget
 * @returns ln ₂F₁(a, b; c; z)
 * @throws {DomainError} `BAD_ARGUMENT` when a parameter is out of range, or when the series has
 *   not converged within `maxTerms` terms (z too close to 1)
 *
 * @example
 * logHyp2f1Series(1, 1, 2, 0.5) // => 0.32663425997828094 (ln(−ln(1 − z)/z) = ln(2 ln 2))
 */
export function logHyp2f1Series(
  a: number,
  b: number,
  c: number,
  z: number,
  options: LogHyp2f1SeriesOptions = {},
): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1) || !Number.isFinite(a + b + c)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `logHyp2f1Series needs a, b, c > 0 and 0 <= z < 1 (got a=${a}, b=${b}, c=${c}, z=${z})`,
      `logHyp2f1Series 要求 a、b、c > 0 且 0 <= z < 1（实际 a=${a}, b=${b}, c=${c}, z=${z}）`,
    );
  }
  if (z === 0) return 0;
  const maxTerms = options.maxTerms ?? 10_000_000;
  const logZ = Math.log(z);
  const stop = Math.log(1e-17);
  let logTerm = 0; // ln of the current term (k = 0: 1)
  let shift = 0; // the sum is stored as sum · e^shift
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((a + k) * (b + k)) / ((c + k) * (k + 1));
    logTerm += Math.log(ratio) + logZ;
    if (logTerm > shift) {
      sum = sum * Math.exp(shift - logTerm) + 1;
      shift = logTerm;
    } else {
      sum += Math.exp(logTerm - shift);
    }
    const rho = Math.max(ratio * z, z);
    if (rho < 1 && logTerm + Math.log(rho / (1 - rho)) - shift - Math.log(sum) < stop) {
      return shift + Math.log(sum);
    }
  }
  throw new DomainError(
    "BAD_ARGUMENT",
    `the hypergeometric series did not converge within ${maxTerms} terms (z = ${z} is too close to 1)`,
    `超几何级数在 ${maxTerms} 项内未收敛（z = ${z} 太接近 1）`,
  );
}
