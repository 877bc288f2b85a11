import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import { DomainError } from "../errors";
import { hyp2f1IsReliable } from "./hyp2f1IsReliable";
import { logHyp2f1Series } from "./logHyp2f1Series";

/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, accurate even where ₂F₁ itself overflows.
 *
 * Method: @stdlib's `hyp2f1` (a port of Cephes, with the transformations near z = 1) is used
 * whenever it returns a finite positive value outside the region where it is known to be wrong
 * (c − a − b next to an integer with z ≥ 0.9, see {@link hyp2f1IsReliable}); there it agrees with the
 * log-space series to about 10⁻¹² relative on the BG/NBD argument ranges and is fast. Where it returns +∞ (₂F₁ above
 * 1.8·10³⁰⁸, e.g. a = r + x, b = b + x, c = a + b + x − 1 with x ≥ 200 and z ≥ 0.9) or NaN (seen
 * for x ≥ 100 at z = 0.99), the function falls back to {@link logHyp2f1Series}. The evidence is asserted in
 * `test/core/math/logHyp2f1.test.ts`.
 *
 * @param a - first numerator parameter, > 0
 * @param b - second numerator parameter, > 0
 * @param c - denominator parameter, > 0
 * @param z - argument, 0 ≤ z < 1
 * @returns ln ₂F₁(a, b; c; z)
 * @throws {DomainError} `BAD_ARGUMENT` for parameters out of range (see {@link logHyp2f1Series})
 *
 * @example
 * logHyp2f1(1, 1, 2, 0.5) // => 0.3266342599782809 (ln(2 ln 2))
 * logHyp2f1(400.243, 402.426, 402.219, 0.9) // => 922.069282400074 (₂F₁ itself is about e^922)
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1) || !Number.isFinite(a + b + c)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `logHyp2f1 needs a, b, c > 0 and 0 <= z < 1 (got a=${a}, b=${b}, c=${c}, z=${z})`,
      `logHyp2f1 要求 a、b、c > 0 且 0 <= z < 1（实际 a=${a}, b=${b}, c=${c}, z=${z}）`,
    );
  }
  if (hyp2f1IsReliable(a, b, c, z)) {
    const value = hyp2f1(a, b, c, z);
    if (value > 0 && value < Infinity) return Math.log(value);
  }
  return logHyp2f1Series(a, b, c, z);
}
