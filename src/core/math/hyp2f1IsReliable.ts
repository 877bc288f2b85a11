/**
 * Whether @stdlib's `hyp2f1(a, b, c, z)` can be trusted for these arguments.
 *
 * Method: @stdlib ports Cephes, which for z > 0.9 uses the transformation to 1 − z. When
 * c − a − b is within rounding of −1 but not exactly −1 (e.g. 3.3 + 2.2 − 1 + 1e-15 − 3.3 − 2.2),
 * it takes the non-integer formula with Γ(c − a − b) next to a pole and the result is off by
 * tens of percent (ln ₂F₁ wrong by 0.31 for a = 3.3, b = 2.2, c = 4.500000000000001, z = 0.95;
 * evidence in `test/core/math/logHyp2f1.test.ts`). Exact integers and other near-integers tested
 * correctly, but every c − a − b within 1e-9 (relative to |a| + |b| + |c|) of an integer, with
 * z ≥ 0.9, is reported unreliable, to be safe. A caller must still check that the value it gets
 * is finite.
 *
 * @param a - first numerator parameter
 * @param b - second numerator parameter
 * @param c - denominator parameter
 * @param z - argument
 * @returns false for the argument region with known wrong results, true otherwise
 *
 * @example
 * hyp2f1IsReliable(3.3, 2.2, 4.500000000000001, 0.95) // => false (c − a − b ≈ −1)
 * hyp2f1IsReliable(0.243, 2.426, 2.219, 0.95) // => true
 */
export function hyp2f1IsReliable(a: number, b: number, c: number, z: number): boolean {
  if (!(z >= 0.9)) return true;
  const s = c - a - b;
  return Math.abs(s - Math.round(s)) > 1e-9 * Math.max(1, Math.abs(a) + Math.abs(b) + Math.abs(c));
}
