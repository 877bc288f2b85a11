// Written by hand (simple-statistics is not a dependency): R type 7 at an exact fraction, tested against hand-computed values and an integer-arithmetic oracle.
import { DomainError } from "../errors";

/**
 * The type-7 quantile (R's default, Excel `PERCENTILE.INC`) at the exact probability
 * `numerator / denominator`, such as the cut points i/k of k equal-frequency bins.
 *
 * Method: the position (n − 1)·i/k is split with integer arithmetic into lo = ⌊(n − 1)·i / k⌋ and
 * remainder r = (n − 1)·i mod k, so no rounding of i/k can move it: when r = 0 the result is exactly
 * the order statistic x_lo (0-based); otherwise x_lo + r·(x_lo₊₁ − x_lo)/k. With integer data, a
 * quantile that is mathematically an integer comes out exactly as that integer, so "a value equal
 * to the cut point" is decided exactly. ({@link quantileSorted} with p = i/k can land one rounding
 * step off, e.g. p = 5 × (1/7).)
 *
 * Complexity: O(1).
 *
 * @param sorted - finite numbers in ascending order
 * @param numerator - integer i, 0 ≤ i ≤ denominator
 * @param denominator - positive integer k
 * @returns the quantile
 * @throws {DomainError} `EMPTY_INPUT` when `sorted` is empty; `BAD_ARGUMENT` when the fraction is not
 *   two integers with 0 ≤ i ≤ k, k ≥ 1
 *
 * @example
 * quantileSortedFraction([0, 0, 0, 0, 0, 10, 10, 10], 5, 7) // => 10 (position exactly 5)
 * quantileSortedFraction([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 4) // => 3.25
 */
export function quantileSortedFraction(sorted: ArrayLike<number>, numerator: number, denominator: number): number {
  const n = sorted.length;
  if (n === 0) {
    throw new DomainError("EMPTY_INPUT", "cannot take a quantile of no values", "没有数值，无法计算分位数");
  }
  if (
    !Number.isInteger(numerator) ||
    !Number.isInteger(denominator) ||
    denominator < 1 ||
    numerator < 0 ||
    numerator > denominator
  ) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `quantile fraction must be i/k with integers 0 ≤ i ≤ k, got ${numerator}/${denominator}`,
      `分位数的比例必须是 i/k（整数，0 ≤ i ≤ k），当前为 ${numerator}/${denominator}`,
      { numerator, denominator },
    );
  }
  const position = (n - 1) * numerator;
  const r = position % denominator;
  const lo = (position - r) / denominator;
  const below = sorted[lo];
  if (r === 0) return below;
  const above = sorted[lo + 1];
  return above === below ? below : below + (r * (above - below)) / denominator;
}
