import { quantileSorted } from "./quantileSorted";
import { sortedCopy } from "./sortedCopy";

/**
 * The median of finite numbers: the 0.5 quantile by R type 7 (Excel `MEDIAN`), i.e. the middle
 * value, or the average of the two middle values when n is even.
 *
 * Complexity: O(n log n) (sorts a copy; the input is not modified).
 *
 * @param values - finite numbers (the caller validates them)
 * @returns the median
 * @throws {DomainError} `EMPTY_INPUT` when `values` is empty
 *
 * @example
 * median([5, 1, 3]) // => 3
 * median([4, 1, 3, 2]) // => 2.5
 */
export function median(values: ArrayLike<number>): number {
  return quantileSorted(sortedCopy(values), 0.5);
}
