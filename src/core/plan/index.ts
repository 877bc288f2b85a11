/** The customer development plan (客户发展计划书): goals, strategies, timeline, RACI, KPIs, risks and SWOT from the scores. */
export type * from "./types";
export { buildPlan } from "./buildPlan";
export { resolvePlanInputs, type ResolvedPlanInputs } from "./resolvePlanInputs";
export { planPeriod, type PlanPeriod } from "./planPeriod";
export { planPhases, PHASES, BASE_PHASE_DAYS } from "./planPhases";
export { buildTimeline, type TimelineResult, type TimelineStrategy } from "./buildTimeline";
export { buildRaci } from "./buildRaci";
export { validateRaci, type RaciGridInput, type RaciProblem } from "./validateRaci";
export { buildSummary } from "./buildSummary";
export { buildStrategies } from "./buildStrategies";
export { buildGoals } from "./buildGoals";
export { buildKpis } from "./buildKpis";
export { buildRisks, RISK_CATEGORY_LABELS, CONCENTRATION_TOP } from "./buildRisks";
export { buildSwot, MAX_SWOT_FACTS, MIN_SWOT_FACTS } from "./buildSwot";
export { buildInfo } from "./buildInfo";
export { groupCustomers, type CustomerGroup } from "./groupCustomers";
export { customerRefs, MAX_LISTED_CUSTOMERS } from "./customerRefs";
export { PLAYBOOK, type PlaybookEntry, type PlaybookGoal } from "./playbook";
export { situationOfSegment, SITUATION_ORDER } from "./situationOfSegment";
export { GROUP_MEASURES, type GroupMeasure } from "./groupMeasures";
export {
  goalTarget,
  AMBITION_FACTORS,
  type AmbitionFactors,
  type GoalTarget,
  type GoalTargetInput,
} from "./goalTarget";
export { DEFAULT_PLAN_ROLES, ROLE_SLOT_ORDER, roleIndexOfSlot, roleRef } from "./planRoles";
export { REVIEW_CADENCES } from "./reviewCadences";
export { CLV_METHOD_LABELS } from "./clvMethodLabel";
export { npsOf, type NpsResult } from "./npsOf";
export { riskLevel, riskScore, RISK_LEVEL_VALUE } from "./riskLevel";
export { formatMoney } from "./formatMoney";
export { formatPlanValue } from "./formatPlanValue";
