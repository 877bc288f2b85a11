import { PRIORITY_TIERS } from "../priority";
import type { PriorityTier } from "../priority";
import { segmentScheme } from "../rfm";
import type { ScoredCustomer, ScoreResult } from "../score";
import type { LocalizedText } from "../types";
import { VALUE_TIER_ORDER, VALUE_TIERS } from "../value";
import type { PlanSummary, SummaryRow } from "./types";

const PRIORITY_ORDER: readonly PriorityTier[] = ["P1", "P2", "P3"];

/**
 * The customer analysis summary: customers, revenue, average CLV and churn risk by segment, by
 * value tier and by priority tier, with a totals row.
 *
 * Method: revenue is the sum of total purchases; shares are of all customers and of all revenue
 * (a revenue share is 0 when all revenue is 0); average CLV is the mean over the row's customers
 * (`null` for an empty row); churn risk counts customers at level warning or critical. Every
 * segment of the scheme, every tier and every priority tier has a row, empty ones included, in
 * their display order. Labels come from the scheme, `VALUE_TIERS` and `PRIORITY_TIERS`.
 *
 * Complexity: O(n × rows).
 *
 * @param score - the scoring result (at least one customer)
 * @returns the rows by segment, value tier and priority, and the totals
 *
 * @example
 * buildSummary(fixtureScore()).totals.customers // => 40
 */
export function buildSummary(score: ScoreResult): PlanSummary {
  const all = score.customers;
  const revenue = all.reduce((s, c) => s + c.customer.total, 0);
  const row = (key: string, label: LocalizedText, members: readonly ScoredCustomer[]): SummaryRow => {
    const r = members.reduce((s, c) => s + c.customer.total, 0);
    return {
      key,
      label,
      customers: members.length,
      share: all.length === 0 ? 0 : members.length / all.length,
      revenue: r,
      revenueShare: revenue === 0 ? 0 : r / revenue,
      averageClv: members.length === 0 ? null : members.reduce((s, c) => s + c.clv.clv, 0) / members.length,
      churnRisk: members.filter((c) => c.churn.level === "warning" || c.churn.level === "critical").length,
    };
  };
  return {
    bySegment: segmentScheme(score.segmentation.scheme).segments.map((s) =>
      row(
        s.key,
        s.label,
        all.filter((c) => c.rfm.segment === s.key),
      ),
    ),
    byValueTier: VALUE_TIER_ORDER.map((t) =>
      row(
        t,
        VALUE_TIERS[t].label,
        all.filter((c) => c.valueTier === t),
      ),
    ),
    byPriority: PRIORITY_ORDER.map((p) =>
      row(
        p,
        PRIORITY_TIERS[p].label,
        all.filter((c) => c.priority.tier === p),
      ),
    ),
    totals: row("total", { en: "Total", zh: "合计" }, all),
  };
}
