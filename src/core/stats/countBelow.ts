/**
 * How many elements of an ascending array are strictly less than `x` (the "lower bound" index:
 * where `x` would be inserted before any equal elements).
 *
 * Method: binary search. Complexity: O(log n).
 *
 * @param sorted - numbers in ascending order
 * @param x - the value to place
 * @returns an index in 0..n
 *
 * @example
 * countBelow([1, 2, 2, 3], 2) // => 1
 */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
