/**
 * The log-odds that a BG/NBD customer has already dropped out, given the history (Hardie note 021):
 * ln[a / (b + x − 1)] + (r + x)·ln[(α + T) / (α + tx)], and −∞ when x = 0 (the model has no
 * dropout before the first repeat purchase).
 *
 * Method: kept in log space so that large x or T cannot overflow (lifetimes #332);
 * P(alive) = expit(−logOdds). ln[(α + T)/(α + tx)] is computed as log1p((T − tx)/(α + tx)), exact
 * when T − tx is small. No validation (callers check parameters and history).
 *
 * @param r - BG/NBD r
 * @param alpha - BG/NBD α
 * @param a - BG/NBD a
 * @param b - BG/NBD b
 * @param x - repeat purchases
 * @param tx - recency
 * @param T - age
 * @returns ln P(dead | history) − ln P(alive | history)
 *
 * @example
 * bgnbdLogOddsDead(0.243, 4.414, 0.793, 2.426, 0, 0, 38.86) // => -Infinity
 */
export function bgnbdLogOddsDead(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
): number {
  if (x <= 0) return -Infinity;
  return Math.log(a / (b + x - 1)) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
}
