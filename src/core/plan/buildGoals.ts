import { segmentScheme } from "../rfm";
import type { ScoreResult } from "../score";
import { isoFromDay } from "../days";
import type { LocalizedText } from "../types";
import { VALUE_TIERS } from "../value";
import type { ValueTier } from "../value";
import { customerRefs } from "./customerRefs";
import { formatPlanValue } from "./formatPlanValue";
import { goalTarget } from "./goalTarget";
import type { CustomerGroup } from "./groupCustomers";
import { GROUP_MEASURES } from "./groupMeasures";
import { PLAYBOOK } from "./playbook";
import type { PlanPeriod } from "./planPeriod";
import { roleRef } from "./planRoles";
import type { Ambition, Direction, PlanGoal, PlanStrategy, PlanUnit } from "./types";

/**
 * The SMART goals (seed 002 SMART原则) of the plan: one for each playbook entry that sets a goal
 * and whose group has customers, numbered G1, G2, … in playbook order.
 *
 * - Specific: one sentence naming the group (its tier, or the segments present, and how many
 *   customers), the measure, baseline, target and deadline; a share target is also given in whole
 *   customers (at least ⌈target × n⌉, or at most ⌊target × n⌋ when lower is better).
 * - Measurable: the measure's value for the group's customers as of the as-of date is the
 *   baseline; the goal is measured on that cohort (the listed customers), not on whoever is in
 *   the group later.
 * - Achievable: the target comes from `goalTarget` (ambition factors, bounds, benchmarks), so it
 *   is never beyond 0..1 and never worse than the baseline; a group already at its benchmark gets
 *   a maintain goal and the note says so.
 * - Relevant: each goal serves the strategy of its group (`strategyId`).
 * - Time-bound: `half` goals are due at the review of quarter ⌈quarters / 2⌉, `full` goals on the
 *   plan's last day; both are review milestones of the timeline.
 * The owner is the strategy's owner (the accountable role of its playbook entry).
 *
 * @param groups - the customers of each playbook entry
 * @param strategies - the plan's strategies (see `buildStrategies`)
 * @param score - the scoring result
 * @param period - the plan's calendar
 * @param ambition - how far targets reach
 * @param roles - the plan's roles
 * @returns the goals
 *
 * @example
 * // the test fixture (eight classes), moderate ambition: 3 of the 5 valuable customers at risk show a churn warning
 * buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS).goals.find((g) => g.group === "winBack")?.specific.en
 * // => "Win back valuable customers at risk (Important retention, Important win-back; 5 customers):
 * //     cut their churn-risk share from 60% to 42% by 2026-06-30"
 */
export function buildGoals(
  groups: readonly CustomerGroup[],
  strategies: readonly PlanStrategy[],
  score: ScoreResult,
  period: PlanPeriod,
  ambition: Ambition,
  roles: readonly LocalizedText[],
): PlanGoal[] {
  const scheme = segmentScheme(score.segmentation.scheme);
  const goals: PlanGoal[] = [];
  for (const entry of PLAYBOOK) {
    const group = groups.find((g) => g.key === entry.key);
    const strategy = strategies.find((s) => s.key === entry.key);
    if (!entry.goal || !group || !strategy || group.customers.length === 0) continue;
    const measure = GROUP_MEASURES[entry.measure];
    const baseline = measure.value(group.customers, score);
    const { target, mode, note } = goalTarget({
      baseline,
      unit: measure.unit,
      direction: measure.direction,
      ambition,
      ...(measure.benchmark !== undefined ? { benchmark: measure.benchmark } : {}),
    });
    const deadline =
      entry.goal.horizon === "half" ? period.quarterEnds[Math.ceil(period.quarters / 2) - 1] : period.end;
    const n = group.customers.length;
    const who: LocalizedText =
      entry.kind === "tier"
        ? VALUE_TIERS[entry.key as ValueTier].label
        : {
            en: group.segments.map((k) => scheme.segments.find((s) => s.key === k)!.label.en).join(", "),
            zh: group.segments.map((k) => scheme.segments.find((s) => s.key === k)!.label.zh).join("、"),
          };
    const date = isoFromDay(deadline);
    const phrase =
      mode === "improve"
        ? measure.improve(formatPlanValue(baseline, measure.unit), formatPlanValue(target, measure.unit), date)
        : measure.maintain(formatPlanValue(baseline, measure.unit), date);
    const notes = [countNote(target, measure.direction, measure.unit, n), measure.detail?.(score)].filter(
      (x): x is LocalizedText => x !== undefined,
    );
    const title = entry.goal.title;
    goals.push({
      id: `G${goals.length + 1}`,
      group: entry.key,
      title,
      specific: {
        en: `${title.en} (${who.en}; ${n} customer${n === 1 ? "" : "s"}): ${phrase.en}${notes.length ? ` (${notes.map((x) => x.en).join("; ")})` : ""}`,
        zh: `${title.zh}（${who.zh}，${n} 位客户）：${phrase.zh}${notes.length ? `（${notes.map((x) => x.zh).join("；")}）` : ""}`,
      },
      kpi: measure.name,
      measure: entry.measure,
      unit: measure.unit,
      direction: measure.direction,
      baseline,
      target,
      mode,
      targetNote: note,
      deadline,
      owner: roleRef(entry.raci.A, roles),
      strategyId: strategy.id,
      measurable: Number.isFinite(baseline) && Number.isFinite(target),
      customers: customerRefs(group.customers),
    });
  }
  return goals;
}

/**
 * A share target in whole customers of a cohort of n: at least ⌈target × n⌉ when higher is better,
 * at most ⌊target × n⌋ when lower is better (1e-9 absorbs float noise). Undefined for other units.
 */
function countNote(target: number, direction: Direction, unit: PlanUnit, n: number): LocalizedText | undefined {
  if (unit !== "share") return undefined;
  if (direction === "higher") {
    const k = Math.ceil(target * n - 1e-9);
    return { en: `at least ${k} of ${n} customers`, zh: `即至少 ${k} 位客户` };
  }
  const k = Math.floor(target * n + 1e-9);
  return { en: `at most ${k} of ${n} customers`, zh: `即不超过 ${k} 位客户` };
}
