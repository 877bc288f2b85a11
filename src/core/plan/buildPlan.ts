import { DomainError } from "../errors";
import type { ScoreResult } from "../score";
import { buildGoals } from "./buildGoals";
import { buildInfo } from "./buildInfo";
import { buildKpis } from "./buildKpis";
import { buildRaci } from "./buildRaci";
import { buildRisks } from "./buildRisks";
import { buildStrategies } from "./buildStrategies";
import { buildSummary } from "./buildSummary";
import { buildSwot } from "./buildSwot";
import { buildTimeline } from "./buildTimeline";
import { groupCustomers } from "./groupCustomers";
import { PLAYBOOK } from "./playbook";
import { planPeriod } from "./planPeriod";
import { resolvePlanInputs } from "./resolvePlanInputs";
import type { Plan, PlanInputs } from "./types";

/**
 * The customer development plan (客户发展计划书, seed 000's core contents: customer analysis,
 * SMART goals, strategies, action plan, evaluation) built from the scores: plain data, every text
 * in English and Chinese, every number derived from the inputs.
 *
 * Sections and where they come from:
 * - `info`: name, dates (end = start + quarters, inclusive), scheme, CLV method and data notes (`buildInfo`);
 * - `summary`: customers, revenue, average CLV and churn risk by segment, tier and priority (`buildSummary`);
 * - `strategies`: one per value tier and customer situation with customers, from the playbook (`buildStrategies`);
 * - `goals`: SMART goals for strategic, high-potential, at-risk valuable and new customers (`buildGoals`);
 * - `timeline`: six phases with a 20 % buffer, tasks, monthly follow-ups, quarterly reviews (`buildTimeline`);
 * - `raci`: the tasks × roles grid, one A and at least one R per task (`buildRaci`, checked by `validateRaci`);
 * - `kpis`: CLV, NPS, churn, retention, conversion, revenue per customer with targets and live formulas (`buildKpis`);
 * - `risks`: churn, credit, concentration and data-quality risks (`buildRisks`);
 * - `swot`: facts from the data (`buildSwot`).
 * Deterministic: no clock, no randomness; groups follow the input order and the playbook's order,
 * and every sort has an explicit tie rule. The same scores and inputs give the same plan.
 *
 * Complexity: O(n log n + n × groups) for n customers.
 *
 * @param score - the result of `scoreCustomers` (at least one customer)
 * @param inputs - name, as-of date, start, quarters (default 4), roles, ambition, data issues
 * @returns the plan
 * @throws {DomainError} `EMPTY_INPUT` when there are no customers; `BAD_ARGUMENT` for invalid
 *   inputs (see `resolvePlanInputs`)
 *
 * @example
 * const plan = buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS);
 * isoFromDay(plan.info.end) // => "2026-12-31"
 * plan.goals.map((g) => g.id) // => ["G1", "G2", "G3", "G4"]
 */
export function buildPlan(score: ScoreResult, inputs: PlanInputs): Plan {
  if (score.customers.length === 0) {
    throw new DomainError("EMPTY_INPUT", "there are no scored customers to plan for", "没有已评分的客户，无法生成计划");
  }
  const resolved = resolvePlanInputs(inputs);
  const { roles } = resolved;
  const period = planPeriod(resolved.start, resolved.quarters);
  const groups = groupCustomers(score);
  const strategies = buildStrategies(groups, score, roles);
  const goals = buildGoals(groups, strategies, score, period, resolved.ambition, roles);
  const { timeline, raci: templates } = buildTimeline(
    period,
    strategies.map((s) => ({
      id: s.id,
      title: s.title,
      resources: s.resources,
      raci: PLAYBOOK.find((e) => e.key === s.key)!.raci,
    })),
    roles,
  );
  return {
    info: buildInfo(score, resolved, period),
    roles,
    summary: buildSummary(score),
    goals,
    strategies,
    timeline,
    raci: buildRaci(timeline.tasks, templates, roles),
    kpis: buildKpis(score, resolved.ambition, roles),
    risks: buildRisks(score, period, roles, resolved.issues),
    swot: buildSwot(score, groups),
  };
}
