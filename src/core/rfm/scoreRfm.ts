import { DomainError } from "../errors";
import { mean } from "../stats/mean";
import { resolveRfmOptions } from "./resolveRfmOptions";
import { rfmCode } from "./rfmCode";
import { scoreDimension, type DimensionRule } from "./scoreDimension";
import type { RfmInput, RfmOptions, RfmResult, RfmScore } from "./types";

/**
 * Scores customers 1..k on recency (R), frequency (F) and monetary value (M).
 *
 * Definition: R is scored on `recencyDays` with the most recent customers (fewest days) scoring k;
 * F on `purchases` and M on `total` (or `total / purchases` with `monetary: "average"`), higher
 * values scoring higher. Each dimension is cut on its own population; equal values always get equal
 * scores, under every method.
 *
 * Methods (`options.method`):
 * - `quantile` (default): inner cut points at the R type-7 quantiles of probability i/k, i = 1..k−1
 *   (Excel `PERCENTILE.INC`). A value ≤ a cut point goes to the lower bin. When ties make cut points
 *   coincide, some scores are skipped (not renumbered) and listed in `unusedScores`.
 * - `quantile-r`: the R `rfm` package (0.3.0) exactly: cut point = type-7 quantile + 1, bins are
 *   half-open `lower ≤ v < upper`. It differs from `quantile` only for values strictly between a
 *   quantile q and q + 1: `quantile` puts them above the cut (v > q), R below it (v < q + 1). On R's
 *   own `rfm_data_orders` example that changes three of its 2,985 scores (a recency of 297 days against
 *   q = 296.4; amounts 255 and 506 against q = 254.8 and 505.4). With integer data and an integer
 *   quantile both rules agree.
 * - `rank`: equal-frequency by rank with ties kept together: score = ⌈k × midrank / n⌉, where midrank
 *   is the average 1-based rank of the value's tie group. With distinct values and n ≥ k every score
 *   1..k is used.
 * - `fixed`: the caller's k − 1 strictly increasing inner cut points per dimension (`breakpoints`),
 *   with the `quantile` rule (a value equal to a cut point goes to the lower bin; unlike R's custom
 *   thresholds, which put it in the upper bin). A dimension without breakpoints is cut by quantiles.
 * - `mean`: two classes per dimension against the population mean, as the Chinese eight-class scheme
 *   does; k is ignored and scores are 1 and 2: R = 2 when recencyDays ≤ mean, F = 2 when
 *   purchases > mean, M = 2 when monetary > mean (a value equal to the mean is recent for R and
 *   low for F and M).
 *
 * Edge cases: when every customer has the same value on a dimension (e.g. a single customer), the
 * `quantile` and `rank` methods give everyone the middle score ⌈k / 2⌉ (3 of 5): the dimension
 * cannot tell them apart, and an extreme score would invent a difference. `quantile-r` keeps R's
 * answer (R = k, F = M = 1), `fixed` and `mean` apply their rules. Means are clamped to the data range.
 *
 * Codes are the digits R F M (`"545"`), comma-separated when k = 10 (`"10,9,8"`). Customers with the
 * same three scores share one frozen score object (at most k³ objects however many customers).
 *
 * Complexity: one radix sort per dimension (O(n); none for `fixed` and `mean`), then O(n·k) to
 * assign bins: a million customers take about 0.2 s. The input is not modified.
 *
 * @param customers - records with finite `recencyDays`, `purchases` and `total`
 * @param options - bins (2..10, default 5), method (default `quantile`), monetary (default `total`), breakpoints
 * @returns scores in input order, the cut points, the population means and the unused scores
 * @throws {DomainError} `EMPTY_INPUT` when there are no customers; `BAD_ARGUMENT` when a value is not
 *   a finite number (the message names the index and the field), when `purchases` is not above 0 with
 *   `monetary: "average"`, or for bad options (see {@link resolveRfmOptions})
 *
 * @example
 * const customers = [
 *   { recencyDays: 10, purchases: 1, total: 100 },
 *   { recencyDays: 200, purchases: 5, total: 900 },
 *   { recencyDays: 30, purchases: 3, total: 300 },
 *   { recencyDays: 400, purchases: 2, total: 50 },
 * ];
 * scoreRfm(customers, { bins: 2 }).scores.map((s) => s.code) // => ["211", "122", "222", "111"]
 * scoreRfm(customers, { bins: 2 }).breakpoints // => { recency: [115], frequency: [2.5], monetary: [200] }
 * scoreRfm([{ recencyDays: 5, purchases: 2, total: 80 }]).scores[0].code // => "333"
 */
export function scoreRfm(customers: readonly RfmInput[], options?: RfmOptions): RfmResult {
  const resolved = resolveRfmOptions(options);
  const { bins: k, method, monetary } = resolved;
  const n = customers.length;
  if (n === 0) {
    throw new DomainError("EMPTY_INPUT", "there are no customers to score", "没有可评分的客户");
  }
  const recency = new Float64Array(n);
  const frequency = new Float64Array(n);
  const money = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    recency[i] = finite(c.recencyDays, i, "recencyDays");
    frequency[i] = finite(c.purchases, i, "purchases");
    const total = finite(c.total, i, "total");
    if (monetary === "average" && !(c.purchases > 0)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `customers[${i}].purchases must be above 0 to compute the average order value`,
        `customers[${i}] 的购买次数必须大于 0 才能计算客单价`,
        { index: i, field: "purchases" },
      );
    }
    money[i] = monetary === "average" ? total / c.purchases : total;
  }
  const means = { recency: mean(recency), frequency: mean(frequency), monetary: mean(money) };
  const ruleOf = (r: DimensionRule | "mean", m: number): DimensionRule =>
    r === "mean" ? { kind: "cuts", cuts: [m] } : r;
  const r = scoreDimension(recency, k, ruleOf(resolved.rules.recency, means.recency), true);
  const f = scoreDimension(frequency, k, ruleOf(resolved.rules.frequency, means.frequency), false);
  const m = scoreDimension(money, k, ruleOf(resolved.rules.monetary, means.monetary), false);

  // At most k³ distinct scores: build each one once, frozen, and share it between the customers who have it.
  const shared = new Array<RfmScore | undefined>(11 * 256);
  const scores = new Array<RfmScore>(n);
  for (let i = 0; i < n; i++) {
    const ri = r.scores[i];
    const fi = f.scores[i];
    const mi = m.scores[i];
    const key = ri * 256 + fi * 16 + mi;
    scores[i] = shared[key] ?? (shared[key] = Object.freeze({ r: ri, f: fi, m: mi, code: rfmCode(ri, fi, mi, k) }));
  }
  return {
    scores,
    breakpoints: { recency: r.breakpoints, frequency: f.breakpoints, monetary: m.breakpoints },
    means,
    unusedScores: { r: unused(r.scores, k), f: unused(f.scores, k), m: unused(m.scores, k) },
    method,
    bins: k,
    monetary,
  };
}

function finite(value: number, index: number, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `customers[${index}].${field} is not a finite number (${String(value)})`,
      `customers[${index}] 的 ${field} 不是有限数值 (${String(value)})`,
      { index, field },
    );
  }
  return value;
}

function unused(scores: Uint8Array, k: number): number[] {
  const seen = new Uint8Array(k + 1);
  for (let i = 0; i < scores.length; i++) seen[scores[i]] = 1;
  const out: number[] = [];
  for (let s = 1; s <= k; s++) if (!seen[s]) out.push(s);
  return out;
}
