// Written by hand: a mid-rank percentile with ties kept equal is a few lines; no installed library has it.
import { DomainError } from "../errors";

/**
 * Percentile rank of each value within the list, 0..100, with tied values sharing one rank.
 *
 * Method: the average 1-based rank r̄ of each tie group (the "mid-rank"), scaled as
 * 100 · (r̄ − 1) / (n − 1): the smallest distinct value gets 0 and the largest 100. Tied values
 * get the same percentile, the mean of the positions they occupy. A single value, or a list whose
 * values are all equal, gets 50 everywhere (no one is above or below anyone). `Infinity` and
 * `-Infinity` are allowed and rank above or below every finite value.
 * Runs in O(n log n). Does not modify `values`.
 *
 * @param values - numbers to rank (NaN is not allowed)
 * @returns one percentile per value, in input order
 * @throws {DomainError} `BAD_ARGUMENT` when a value is NaN (naming its position)
 *
 * @example
 * percentileRanks([10, 20, 20, 40]) // => [0, 50, 50, 100]
 * percentileRanks([7]) // => [50]
 */
export function percentileRanks(values: readonly number[]): number[] {
  const n = values.length;
  const bad = values.findIndex((v) => typeof v !== "number" || Number.isNaN(v));
  if (bad >= 0) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `value ${bad + 1} cannot be ranked (${String(values[bad])})`,
      `第 ${bad + 1} 个数值无法排名（${String(values[bad])}）`,
      { index: bad, value: values[bad] },
    );
  }
  if (n === 0) return [];
  if (n === 1) return [50];
  const order = values.map((_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
  const out = new Array<number>(n);
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && values[order[end + 1]] === values[order[start]]) end += 1;
    // positions start..end (0-based) hold one tie group; mean 0-based position = (start + end) / 2
    const pct = (50 * (start + end)) / (n - 1);
    for (let k = start; k <= end; k += 1) out[order[k]] = pct;
    start = end + 1;
  }
  return out;
}
