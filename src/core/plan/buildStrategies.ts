import { segmentScheme } from "../rfm";
import type { ScoreResult } from "../score";
import type { LocalizedText } from "../types";
import { customerRefs } from "./customerRefs";
import { GROUP_MEASURES } from "./groupMeasures";
import type { CustomerGroup } from "./groupCustomers";
import { PLAYBOOK } from "./playbook";
import { roleRef } from "./planRoles";
import { REVIEW_CADENCES } from "./reviewCadences";
import type { PlanStrategy } from "./types";

/**
 * One strategy per playbook entry whose group has customers, numbered S1, S2, … in playbook order
 * (value tiers first, then situations).
 *
 * Method: objective, actions, resources, cadence and RACI come from the playbook; the owner is the
 * entry's accountable role. For situations, each present segment's own suggested action (from the
 * segment scheme) is added as guidance, in the scheme's order. The KPI is the entry's measure with
 * its value for the group today. Revenue is the group's total purchases and its share of all.
 *
 * @param groups - the customers of each playbook entry (see `groupCustomers`)
 * @param score - the scoring result
 * @param roles - the plan's roles
 * @returns the strategies
 *
 * @example
 * buildStrategies(groupCustomers(fixtureScore()), fixtureScore(), DEFAULT_PLAN_ROLES)[0].title.zh // => "战略型"
 */
export function buildStrategies(
  groups: readonly CustomerGroup[],
  score: ScoreResult,
  roles: readonly LocalizedText[],
): PlanStrategy[] {
  const scheme = segmentScheme(score.segmentation.scheme);
  const allRevenue = score.customers.reduce((s, c) => s + c.customer.total, 0);
  const out: PlanStrategy[] = [];
  for (const entry of PLAYBOOK) {
    const group = groups.find((g) => g.key === entry.key);
    if (!group || group.customers.length === 0) continue;
    const measure = GROUP_MEASURES[entry.measure];
    const revenue = group.customers.reduce((s, c) => s + c.customer.total, 0);
    const guidance = group.segments.map((key): LocalizedText => {
      const segment = scheme.segments.find((s) => s.key === key)!;
      return { en: `${segment.label.en}: ${segment.action.en}`, zh: `${segment.label.zh}：${segment.action.zh}` };
    });
    out.push({
      id: `S${out.length + 1}`,
      key: entry.key,
      kind: entry.kind,
      title: entry.label,
      description: entry.description,
      objective: entry.objective,
      actions: entry.actions,
      segmentGuidance: guidance,
      resources: entry.resources,
      ...(entry.resourceShare !== undefined ? { resourceShare: entry.resourceShare } : {}),
      owner: roleRef(entry.raci.A, roles),
      cadence: entry.cadence,
      review: REVIEW_CADENCES[entry.cadence],
      kpi: {
        measure: entry.measure,
        name: measure.name,
        unit: measure.unit,
        direction: measure.direction,
        baseline: measure.value(group.customers, score),
      },
      customers: customerRefs(group.customers),
      revenue,
      revenueShare: allRevenue === 0 ? 0 : revenue / allRevenue,
    });
  }
  return out;
}
