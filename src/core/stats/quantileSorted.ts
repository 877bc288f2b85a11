// Written by hand (simple-statistics is not a dependency): R type 7, tested against hand-computed values and a brute-force oracle.
import { DomainError } from "../errors";

/**
 * The p-quantile of numbers already sorted ascending, by R's default rule (type 7), which is also
 * Excel's `PERCENTILE.INC` and NumPy's default `linear` method.
 *
 * Method: with n values x₁ ≤ … ≤ xₙ, index = 1 + (n − 1)·p, lo = ⌊index⌋ and h = index − lo, the
 * result is (1 − h)·x_lo + h·x_lo₊₁: linear interpolation between the two order statistics around
 * the index. It is evaluated exactly as R's `quantile.default` does (same operations in the same
 * order), so it agrees with R to the last bit; tied neighbours give exactly their value.
 * p = 0 gives the minimum, p = 1 the maximum; one value is its own quantile for every p.
 * The input is trusted to be sorted and finite (callers sort once and ask for several quantiles).
 *
 * Complexity: O(1).
 *
 * @param sorted - finite numbers in ascending order (a plain array or a typed array)
 * @param p - probability in [0, 1]
 * @returns the interpolated quantile, between `sorted[0]` and `sorted[n − 1]`
 * @throws {DomainError} `EMPTY_INPUT` when `sorted` is empty; `BAD_ARGUMENT` when p is not in [0, 1]
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.3) // => 1.9 (Excel: PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9)
 * quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25) // => 3.25
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) {
    throw new DomainError("EMPTY_INPUT", "cannot take a quantile of no values", "没有数值，无法计算分位数");
  }
  if (!(p >= 0 && p <= 1)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `quantile probability must be between 0 and 1, got ${p}`,
      `分位数的概率必须在 0 到 1 之间，当前为 ${p}`,
      { p },
    );
  }
  // R's own arithmetic, so results match R to the last bit: index = 1 + (n − 1)p (1-based),
  // q = (1 − h)·x[lo] + h·x[hi], and exactly x[lo] when h = 0 or the neighbours are equal.
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const below = sorted[lo - 1];
  if (index > lo) {
    const above = sorted[lo];
    if (above !== below) {
      const h = index - lo;
      return (1 - h) * below + h * above;
    }
  }
  return below;
}
