// Written by hand: a few lines of R type-7 interpolation; no installed library provides quantiles.
import { DomainError } from "../errors";

/**
 * The p-quantile of a list of numbers, by linear interpolation between order statistics
 * (R's default `type = 7`, numpy's default, Excel's `PERCENTILE.INC`).
 *
 * Method: sort a copy ascending; h = (n − 1)·p; the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * p = 0.5 gives the usual median (the mean of the two middle values when n is even).
 * Runs in O(n log n). Does not modify `values`.
 *
 * @param values - finite numbers, at least one
 * @param p - probability in [0, 1]
 * @returns the interpolated quantile
 * @throws {DomainError} `EMPTY_INPUT` when `values` is empty; `BAD_ARGUMENT` when `p` is outside [0, 1]
 *   or a value is not a finite number
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // => 2.5
 * quantile([10, 20, 30, 40, 50], 0.25) // => 20
 */
export function quantile(values: readonly number[], p: number): number {
  if (!(Number.isFinite(p) && p >= 0 && p <= 1)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the quantile probability must be a number from 0 to 1, got ${String(p)}`,
      `分位数概率必须是 0 到 1 之间的数，收到 ${String(p)}`,
      { p },
    );
  }
  if (values.length === 0) {
    throw new DomainError("EMPTY_INPUT", "a quantile needs at least one value", "计算分位数至少需要一个数值");
  }
  const index = values.findIndex((v) => !Number.isFinite(v));
  if (index >= 0) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `value ${index + 1} is not a finite number (${String(values[index])})`,
      `第 ${index + 1} 个数值不是有限数（${String(values[index])}）`,
      { index, value: values[index] },
    );
  }
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
