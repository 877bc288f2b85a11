import { DomainError } from "../../errors";
import type { Lang } from "../../types";
import type { RfmInput } from "../types";
import { segmentScheme } from "./segmentScheme";
import type { Segmentation, SegmentSummaryRow } from "./types";

/**
 * Per-segment totals and averages, for the analysis summary of the plan.
 *
 * Method: one pass over the customers. Every segment of the scheme is listed, in the scheme's
 * order, empty ones included (0 customers, averages `null`). Shares are of all customers and of
 * all revenue (revenue = sum of `total`; a share is 0 when the whole is 0). The average monetary
 * value follows the scores' monetary mode: mean `total`, or mean `total / purchases`.
 *
 * Complexity: O(n + segments).
 *
 * @param customers - the customers that were scored, in the same order
 * @param segmentation - the result of {@link assignSegments} for them
 * @param lang - language of the label, description and action texts
 * @returns one row per segment of the scheme
 * @throws {DomainError} `SIZE_MISMATCH` when the counts differ; `BAD_ARGUMENT` when a score has no
 *   segment or one that is not in the scheme, when a customer's value is not a finite number, or when
 *   purchases are not above 0 with the `average` monetary mode
 *
 * @example
 * const customers = [
 *   { recencyDays: 3, purchases: 9, total: 900 },
 *   { recencyDays: 400, purchases: 1, total: 100 },
 * ];
 * const rows = summarizeSegments(customers, assignSegments([{ r: 5, f: 5, m: 5 }, { r: 1, f: 1, m: 1 }]), "en");
 * rows.map((row) => [row.label, row.customers, row.revenueShare]).filter((x) => x[1] > 0)
 * // => [["Champions", 1, 0.9], ["Lost", 1, 0.1]]
 * rows.length // => 11
 */
export function summarizeSegments(
  customers: readonly RfmInput[],
  segmentation: Segmentation,
  lang: Lang,
): SegmentSummaryRow[] {
  const scheme = segmentScheme(segmentation.scheme);
  const n = customers.length;
  if (segmentation.scores.length !== n) {
    throw new DomainError(
      "SIZE_MISMATCH",
      `${n} customers but ${segmentation.scores.length} segmented scores`,
      `客户有 ${n} 个，分群结果却有 ${segmentation.scores.length} 个`,
      { customers: n, scores: segmentation.scores.length },
    );
  }
  const index = new Map(scheme.segments.map((s, i) => [s.key, i]));
  const acc = scheme.segments.map(() => ({ customers: 0, purchases: 0, revenue: 0, recency: 0, monetary: 0 }));
  let allRevenue = 0;
  for (let i = 0; i < n; i++) {
    const key = segmentation.scores[i].segment;
    const at = key === undefined ? undefined : index.get(key);
    if (at === undefined) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `scores[${i}] has no segment of the scheme "${scheme.key}" (${String(key)})`,
        `scores[${i}] 不属于分群方案 "${scheme.key}" 的任何客群 (${String(key)})`,
        { index: i, segment: key },
      );
    }
    const c = customers[i];
    checkCustomer(c, i, segmentation.monetary === "average");
    const a = acc[at];
    a.customers += 1;
    a.purchases += c.purchases;
    a.revenue += c.total;
    a.recency += c.recencyDays;
    a.monetary += segmentation.monetary === "average" ? c.total / c.purchases : c.total;
    allRevenue += c.total;
  }
  return scheme.segments.map((s, i): SegmentSummaryRow => {
    const a = acc[i];
    const avg = (sum: number) => (a.customers === 0 ? null : sum / a.customers);
    return {
      key: s.key,
      label: s.label[lang],
      description: s.description[lang],
      action: s.action[lang],
      customers: a.customers,
      share: n === 0 ? 0 : a.customers / n,
      purchases: a.purchases,
      revenue: a.revenue,
      revenueShare: allRevenue === 0 ? 0 : a.revenue / allRevenue,
      avgRecencyDays: avg(a.recency),
      avgPurchases: avg(a.purchases),
      avgMonetary: avg(a.monetary),
    };
  });
}

function checkCustomer(c: RfmInput, i: number, average: boolean): void {
  for (const field of ["recencyDays", "purchases", "total"] as const) {
    const v = c[field];
    if (typeof v !== "number" || !Number.isFinite(v) || (average && field === "purchases" && !(v > 0))) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `customers[${i}].${field} is not usable (${String(v)})`,
        `customers[${i}] 的 ${field} 不可用 (${String(v)})`,
        { index: i, field },
      );
    }
  }
}
