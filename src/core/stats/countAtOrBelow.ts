/**
 * How many elements of an ascending array are less than or equal to `x` (the "upper bound" index:
 * where `x` would be inserted after any equal elements).
 *
 * Method: binary search. Complexity: O(log n).
 *
 * @param sorted - numbers in ascending order
 * @param x - the value to place
 * @returns an index in 0..n
 *
 * @example
 * countAtOrBelow([1, 2, 2, 3], 2) // => 3
 */
export function countAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
