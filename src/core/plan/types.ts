/**
 * The customer development plan (客户发展计划书) as plain data. Every text is a {@link LocalizedText},
 * so one plan renders in English or Chinese; every date is a {@link Day}; every share is a ratio
 * (0.25 = 25 %). The sheet layout turns this into cells; nothing here knows about Excel.
 */
import type { ClvMethod, ClvRequestedMethod } from "../clv";
import type { Issue } from "../issues";
import type { SegmentSchemeKey } from "../rfm";
import type { Day, LocalizedText } from "../types";
import type { ValueTier } from "../value";

/** How far the targets reach beyond the baseline (see `AMBITION_FACTORS`). */
export type Ambition = "conservative" | "moderate" | "ambitious";

/** What {@link buildPlan} is told besides the scores. */
export interface PlanInputs {
  /** The plan's title, e.g. "2026 客户发展计划". */
  readonly name: string;
  /** The day the data ends (the scores' as-of date). */
  readonly asOf: Day;
  /** First day of the plan period. */
  readonly start: Day;
  /** Length of the plan in quarters, an integer 1..8. Default 4 (one year). */
  readonly quarters?: number;
  /**
   * The team's roles, 2..12, in the order of the six default functions (sales/KAM, service,
   * marketing, technical support, finance, management; see `DEFAULT_PLAN_ROLES`). Default: those six.
   */
  readonly roles?: readonly LocalizedText[];
  /** Default `moderate`. */
  readonly ambition?: Ambition;
  /** Issues reported while reading the customer table; they feed the data-quality risk. */
  readonly issues?: readonly Issue[];
}

/** The six functions the default roles stand for; playbook and task templates name these. */
export type RoleSlot = "sales" | "service" | "marketing" | "technical" | "finance" | "management";

/** A role of the plan: its position in `Plan.roles` and its label. */
export interface RoleRef {
  readonly index: number;
  readonly label: LocalizedText;
}

/** How often something is reviewed. */
export type Cadence = "monthly" | "quarterly" | "halfYearly";

/** The unit of a number in the plan: a ratio 0..1, money (the units of the amounts), or NPS points −100..100. */
export type PlanUnit = "share" | "money" | "nps";

/** Whether a higher or a lower value is better. */
export type Direction = "higher" | "lower";

/** How many customers a goal, strategy or risk concerns, and the largest of them. */
export interface CustomerRefs {
  readonly count: number;
  /** IDs of at most 20 customers, the largest revenue first (ties by ID). */
  readonly ids: readonly string[];
}

/** The value tiers, and the customer situations named by RFM segments. */
export type Situation = "keep" | "grow" | "develop" | "reactivate" | "winBack" | "lowCost";

/** A playbook entry's key: a value tier or a situation. */
export type PlaybookKey = ValueTier | Situation;

/** Per-group measures the strategies and goals track (see `GROUP_MEASURES`). */
export type MeasureKey =
  "activeShare" | "churnRiskShare" | "repeatShare" | "upgradeShare" | "lossShare" | "averageOrderValue";

/** Plan header. */
export interface PlanInfo {
  readonly name: string;
  readonly asOf: Day;
  readonly start: Day;
  /** Last day of the plan, inclusive: `addMonths(start, 3 × quarters) − 1`. */
  readonly end: Day;
  readonly quarters: number;
  readonly ambition: Ambition;
  readonly customers: number;
  /** Sum of the customers' total purchases. */
  readonly revenue: number;
  readonly scheme: { readonly key: SegmentSchemeKey; readonly name: LocalizedText };
  readonly clv: {
    readonly method: ClvMethod;
    readonly requested: ClvRequestedMethod;
    readonly label: LocalizedText;
    readonly fallback?: LocalizedText;
  };
  /** What the reader should know about the data and the methods. */
  readonly notes: readonly LocalizedText[];
}

/** One row of the analysis summary. */
export interface SummaryRow {
  /** Segment key, value tier, priority tier, or `total`. */
  readonly key: string;
  readonly label: LocalizedText;
  readonly customers: number;
  /** customers / all customers. */
  readonly share: number;
  /** Sum of total purchases. */
  readonly revenue: number;
  /** revenue / all revenue (0 when all revenue is 0). */
  readonly revenueShare: number;
  /** Mean CLV; `null` for a group without customers. */
  readonly averageClv: number | null;
  /** Customers at churn level warning or critical. */
  readonly churnRisk: number;
}

export interface PlanSummary {
  /** Every segment of the scheme, in the scheme's order, empty ones included. */
  readonly bySegment: readonly SummaryRow[];
  /** The four value tiers, most valuable first. */
  readonly byValueTier: readonly SummaryRow[];
  /** P1, P2, P3. */
  readonly byPriority: readonly SummaryRow[];
  readonly totals: SummaryRow;
}

/** A measure of a group with the value it has today. */
export interface GroupKpi {
  readonly measure: MeasureKey;
  readonly name: LocalizedText;
  readonly unit: PlanUnit;
  readonly direction: Direction;
  readonly baseline: number;
}

/** A strategy for one value tier or situation, from the playbook, with the group it serves. */
export interface PlanStrategy {
  /** S1, S2, … */
  readonly id: string;
  readonly key: PlaybookKey;
  readonly kind: "tier" | "situation";
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly objective: LocalizedText;
  readonly actions: readonly LocalizedText[];
  /** For situations: each present segment's suggested action, from the segment scheme. */
  readonly segmentGuidance: readonly LocalizedText[];
  readonly resources: LocalizedText;
  /** Share of the account team's resources (tiers only; they add up to 1). */
  readonly resourceShare?: number;
  readonly owner: RoleRef;
  readonly cadence: Cadence;
  readonly review: LocalizedText;
  readonly kpi: GroupKpi;
  readonly customers: CustomerRefs;
  readonly revenue: number;
  readonly revenueShare: number;
}

/** A SMART goal (seed 002 SMART原则). */
export interface PlanGoal {
  /** G1, G2, … */
  readonly id: string;
  readonly group: PlaybookKey;
  readonly title: LocalizedText;
  /** The whole goal in one sentence: who, what, from, to, by when. */
  readonly specific: LocalizedText;
  readonly kpi: LocalizedText;
  readonly measure: MeasureKey;
  readonly unit: PlanUnit;
  readonly direction: Direction;
  readonly baseline: number;
  readonly target: number;
  /** `maintain` when the baseline already meets the benchmark or the bound. */
  readonly mode: "improve" | "maintain";
  /** How the target was set. */
  readonly targetNote: LocalizedText;
  readonly deadline: Day;
  readonly owner: RoleRef;
  readonly strategyId: string;
  /** True when baseline and target are numbers measurable from the customer table. */
  readonly measurable: boolean;
  /** The cohort the goal is measured on: the group's customers as of the as-of date. */
  readonly customers: CustomerRefs;
}

/** The six phases of seed 002 and 000: information → analysis → goals → strategy → execution → evaluation. */
export type PhaseKey = "information" | "analysis" | "goals" | "strategy" | "execution" | "evaluation";

/** A phase: its window is its planned duration plus a 20 % buffer at its end. */
export interface PlanPhase {
  readonly key: PhaseKey;
  readonly label: LocalizedText;
  readonly start: Day;
  /** Last day of the planned work. */
  readonly plannedEnd: Day;
  /** Last day of the window (planned work + buffer). */
  readonly end: Day;
  readonly plannedDays: number;
  readonly bufferDays: number;
}

/** What kind of line a task is on the Gantt grid. */
export type TaskKind = "task" | "monthly" | "review" | "milestone";

export interface PlanTask {
  /** T1, T2, … in date order. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly phase: PhaseKey;
  readonly kind: TaskKind;
  /** The accountable role (the A of the task's RACI row). */
  readonly owner: RoleRef;
  readonly start: Day;
  /** Inclusive; equal to `start` for milestones and reviews. */
  readonly end: Day;
  readonly resources: LocalizedText;
  readonly milestone: boolean;
  /** The strategy a task carries out, for execution tasks. */
  readonly strategyId?: string;
}

export interface PlanTimeline {
  readonly phases: readonly PlanPhase[];
  readonly tasks: readonly PlanTask[];
  /** How the 20 % buffer is applied, in words. */
  readonly bufferRule: LocalizedText;
}

/** A RACI letter (seed 002 RACI矩阵), or empty. */
export type RaciLetter = "R" | "A" | "C" | "I" | "";

export interface RaciRow {
  readonly taskId: string;
  readonly task: LocalizedText;
  /** One letter per role, in the order of `RaciGrid.roles`. */
  readonly cells: readonly RaciLetter[];
}

export interface RaciGrid {
  readonly roles: readonly LocalizedText[];
  readonly rows: readonly RaciRow[];
}

/** KPIs of the plan's monitoring section. */
export type KpiKey =
  "averageClv" | "totalClv" | "nps" | "churnRate" | "retention" | "conversion" | "revenuePerCustomer";

/**
 * Columns a live formula reads: score columns Analyze writes (`clv`, `segment`, `valueTier`,
 * `priority`, `churn`) and input columns of the customer table (`total`, `purchases`, `nps`).
 */
export type LiveColumn = "clv" | "segment" | "valueTier" | "priority" | "churn" | "total" | "purchases" | "nps";

/** A condition on one column: its value is one of `match` (keys, shown as `matchLabels`), or at least `atLeast`. */
export interface LiveCondition {
  readonly column: LiveColumn;
  /** Keys of the column's vocabulary (churn levels, segments, tiers, P1..P3). */
  readonly match?: readonly string[];
  /** The same values as the score columns write them, in each language. */
  readonly matchLabels?: readonly LocalizedText[];
  readonly atLeast?: number;
}

/**
 * A KPI as a formula over the customer table, for the sheet layout to write as COUNTIFS /
 * AVERAGEIFS / SUMIFS:
 * - `average` / `sum`: of `column` over the rows that meet `where` (all rows without it);
 * - `countRatio`: rows meeting the condition on `column` (`match` or `atLeast`) and `where`, divided
 *   by the rows meeting `where` (all rows without it);
 * - `nps`: (answers 9–10 − answers 0–6) / answers 0–10 × 100 over `column`.
 */
export interface KpiLive extends LiveCondition {
  readonly kind: "average" | "countRatio" | "sum" | "nps";
  readonly where?: LiveCondition;
}

/** Green / amber / red bounds: green at or better than `green`, red worse than `red`, amber between. */
export interface KpiThreshold {
  readonly direction: Direction;
  readonly green: number;
  readonly red: number;
  readonly text: LocalizedText;
}

export interface PlanKpi {
  /** K1, K2, … */
  readonly id: string;
  readonly key: KpiKey;
  readonly name: LocalizedText;
  readonly definition: LocalizedText;
  readonly unit: PlanUnit;
  readonly direction: Direction;
  readonly baseline: number;
  readonly target: number;
  readonly targetNote: LocalizedText;
  readonly threshold: KpiThreshold;
  readonly cadence: Cadence;
  readonly review: LocalizedText;
  readonly owner: RoleRef;
  readonly live: KpiLive;
}

export type RiskCategory = "churn" | "credit" | "market" | "dataQuality";

/** High / medium / low, scored 3 / 2 / 1. */
export type RiskLevel = "H" | "M" | "L";

/** A figure with its unit and its text. */
export interface PlanFigure {
  readonly value: number;
  readonly unit: PlanUnit;
  readonly text: LocalizedText;
}

/** A row of the risk register (seed 003 ch. 7: 风险识别与分析, 风险应对策略与措施). */
export interface PlanRisk {
  /** R1, R2, … */
  readonly id: string;
  readonly category: RiskCategory;
  readonly categoryLabel: LocalizedText;
  readonly description: LocalizedText;
  readonly indicator: LocalizedText;
  /** The indicator's alert line: the risk is triggered when the current value exceeds it. */
  readonly trigger: PlanFigure;
  readonly current: PlanFigure;
  readonly triggered: boolean;
  readonly likelihood: RiskLevel;
  readonly impact: RiskLevel;
  /** likelihood × impact, each 1..3, so 1..9. */
  readonly score: number;
  /** How likelihood and impact were derived from the data. */
  readonly rationale: LocalizedText;
  readonly response: LocalizedText;
  readonly owner: RoleRef;
  readonly reviewDate: Day;
  readonly customers: CustomerRefs;
}

/** SWOT facts from the data; the layout adds empty rows for the team. */
export interface PlanSwot {
  readonly strengths: readonly LocalizedText[];
  readonly weaknesses: readonly LocalizedText[];
  readonly opportunities: readonly LocalizedText[];
  readonly threats: readonly LocalizedText[];
}

/** The whole plan. */
export interface Plan {
  readonly info: PlanInfo;
  readonly roles: readonly LocalizedText[];
  readonly summary: PlanSummary;
  readonly goals: readonly PlanGoal[];
  readonly strategies: readonly PlanStrategy[];
  readonly timeline: PlanTimeline;
  readonly raci: RaciGrid;
  readonly kpis: readonly PlanKpi[];
  readonly risks: readonly PlanRisk[];
  readonly swot: PlanSwot;
}

/**
 * Who does what for one task, by function (see {@link RoleSlot}): exactly one accountable, at least
 * one responsible. `informExtraRoles` marks tasks that roles beyond the sixth are informed of.
 */
export interface RaciTemplate {
  readonly A: RoleSlot;
  readonly R: readonly RoleSlot[];
  readonly C: readonly RoleSlot[];
  readonly I: readonly RoleSlot[];
  readonly informExtraRoles: boolean;
}
