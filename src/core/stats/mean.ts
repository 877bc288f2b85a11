// Written by hand: compensated (Neumaier) summation plus clamping is a few lines and no installed library offers it.
import { DomainError } from "../errors";

/**
 * The arithmetic mean of finite numbers.
 *
 * Method: Neumaier-compensated sum divided by n, then clamped to [min, max] so that rounding can
 * never put the mean outside the data (all-equal values have exactly that value as their mean,
 * which matters when values are compared with their mean, as the RFM "mean" split does).
 *
 * Complexity: O(n).
 *
 * @param values - finite numbers (the caller validates them)
 * @returns the mean
 * @throws {DomainError} `EMPTY_INPUT` when `values` is empty
 *
 * @example
 * mean([1, 2, 3, 10]) // => 4
 * mean([0.1, 0.1, 0.1]) // => 0.1 (a plain sum / 3 gives 0.10000000000000002)
 */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) {
    throw new DomainError("EMPTY_INPUT", "cannot take the mean of no values", "没有数值，无法计算平均值");
  }
  let sum = 0;
  let compensation = 0;
  let min = values[0];
  let max = values[0];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const result = (sum + compensation) / n;
  return Math.min(max, Math.max(min, result));
}
