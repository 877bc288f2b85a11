import { quantileSorted } from "../stats/quantileSorted";
import { quantileSortedFraction } from "../stats/quantileSortedFraction";
import { sortedCopy } from "../stats/sortedCopy";

/** How one dimension is cut (`fixed` resolves to `cuts`, or `quantile` where no breakpoints are given; `mean` to `cuts` at the mean). */
export type DimensionRule =
  | { readonly kind: "quantile" }
  | { readonly kind: "quantile-r" }
  | { readonly kind: "rank" }
  | { readonly kind: "cuts"; readonly cuts: readonly number[] };

/** Scores of one dimension and the cut points that produced them. */
export interface DimensionScores {
  /** Score per value, 1..k, in input order. */
  readonly scores: Uint8Array;
  /** k − 1 ascending inner cut points in raw units (see {@link RfmResult.breakpoints}). */
  readonly breakpoints: number[];
}

/**
 * Scores one RFM dimension 1..k.
 *
 * Method: values are sorted once; each value's ascending bin b (1 = smallest values) is found by
 * counting the cut points below it, and the score is b, or k + 1 − b when `descending` (recency,
 * where fewer days is better).
 * - `quantile`: cuts = the exact type-7 quantiles at i/k ({@link quantileSortedFraction});
 *   b = 1 + #(cuts < v), so v ≤ cut goes to the lower bin.
 * - `quantile-r`: R's type-7 quantiles plus one, computed with R's floating-point steps (probabilities
 *   i × (1/k) as `seq(0, 1, length.out = k + 1)` makes them); b = 1 + #(cuts ≤ v) (R `rfm`: lower ≤ v < upper).
 * - `cuts`: the given cuts with the `quantile` rule (used by `fixed` and `mean`).
 * - `rank`: b = ⌈k × midrank / n⌉ with midrank = the average 1-based rank of v's tie group; the
 *   breakpoints reported are the largest value in bins 1..i (or the smallest value when those bins are empty).
 *
 * Edge case (`quantile` and `rank` only): when all values are equal the dimension says nothing about
 * the customers, so every one gets the middle score ⌈k / 2⌉ rather than an extreme one; all cut points
 * then equal that value.
 *
 * Complexity: one sort (radix, O(n)) plus O(n·k) to assign bins. The input is not modified.
 *
 * @param values - finite raw values (days, purchases or money)
 * @param k - number of scores, 2..10 (validated by the caller)
 * @param rule - how to cut
 * @param descending - true when smaller values deserve higher scores (recency)
 * @returns the scores (a `Uint8Array` in input order) and the cut points
 *
 * @example
 * const d = scoreDimension(Float64Array.from([10, 20, 30, 40]), 2, { kind: "quantile" }, false);
 * Array.from(d.scores) // => [1, 1, 2, 2]
 * d.breakpoints // => [25]
 */
export function scoreDimension(
  values: Float64Array,
  k: number,
  rule: DimensionRule,
  descending: boolean,
): DimensionScores {
  const n = values.length;
  const scores = new Uint8Array(n);
  const sorted = rule.kind === "cuts" ? undefined : sortedCopy(values);
  if (sorted && (rule.kind === "quantile" || rule.kind === "rank") && sorted[0] === sorted[n - 1]) {
    scores.fill(Math.ceil(k / 2));
    return { scores, breakpoints: new Array<number>(k - 1).fill(sorted[0]) };
  }
  if (rule.kind === "rank") return scoreByRank(values, sorted!, k, descending, scores);

  let cuts: number[];
  if (rule.kind === "cuts") cuts = [...rule.cuts];
  else {
    cuts = [];
    // quantile-r repeats R's floating-point steps: probabilities i × (1 / k) as seq(0, 1, length.out = k + 1)
    // makes them, R's interpolation, then + 1. quantile takes the exact i/k-quantiles.
    const step = 1 / k;
    for (let i = 1; i < k; i++) {
      cuts.push(
        rule.kind === "quantile-r" ? quantileSorted(sorted!, i * step) + 1 : quantileSortedFraction(sorted!, i, k),
      );
    }
  }
  const inclusive = rule.kind === "quantile-r";
  const c = cuts.length;
  for (let j = 0; j < n; j++) {
    const v = values[j];
    let b = 1;
    if (inclusive) for (let i = 0; i < c; i++) b += cuts[i] <= v ? 1 : 0;
    else for (let i = 0; i < c; i++) b += cuts[i] < v ? 1 : 0;
    scores[j] = descending ? k + 1 - b : b;
  }
  return { scores, breakpoints: cuts };
}

function scoreByRank(
  values: Float64Array,
  sorted: Float64Array,
  k: number,
  descending: boolean,
  scores: Uint8Array,
): DimensionScores {
  const n = values.length;
  // Walk the tie groups in ascending order. Bins never decrease with the value, so the largest value
  // of bin b closes it; edge i = the largest value in bins 1..i (-Infinity while those bins are empty).
  const lastOfBin = new Array<number | undefined>(k + 1).fill(undefined);
  let start = 0;
  while (start < n) {
    const v = sorted[start];
    let end = start + 1;
    while (end < n && sorted[end] === v) end++;
    const midrank = (start + 1 + end) / 2;
    lastOfBin[Math.ceil((k * midrank) / n)] = v;
    start = end;
  }
  const edges: number[] = [];
  let edge = -Infinity;
  for (let i = 1; i < k; i++) {
    edge = lastOfBin[i] ?? edge;
    edges.push(edge);
  }
  // bin(v) = 1 + #(edges < v): every value above the largest value of bins 1..i is in a bin above i.
  for (let j = 0; j < n; j++) {
    const v = values[j];
    let b = 1;
    while (b < k && edges[b - 1] < v) b++;
    scores[j] = descending ? k + 1 - b : b;
  }
  return { scores, breakpoints: edges.map((e) => (e === -Infinity ? sorted[0] : e)) };
}
