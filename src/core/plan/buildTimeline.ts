import type { LocalizedText } from "../types";
import type { PlanPeriod } from "./planPeriod";
import { planPhases } from "./planPhases";
import { roleRef } from "./planRoles";
import type { PhaseKey, PlanPhase, PlanTask, PlanTimeline, RaciTemplate, RoleSlot, TaskKind } from "./types";

/** A strategy as the timeline needs it. */
export interface TimelineStrategy {
  readonly id: string;
  readonly title: LocalizedText;
  readonly resources: LocalizedText;
  readonly raci: RaciTemplate;
}

/** The timeline and, for each of its tasks (same order), the RACI template it was made with. */
export interface TimelineResult {
  readonly timeline: PlanTimeline;
  readonly raci: readonly RaciTemplate[];
}

const t = (en: string, zh: string): LocalizedText => ({ en, zh });

const raci = (
  A: RoleSlot,
  R: readonly RoleSlot[],
  C: readonly RoleSlot[] = [],
  I: readonly RoleSlot[] = [],
  informExtraRoles = false,
): RaciTemplate => ({ A, R, C, I, informExtraRoles });

interface Draft {
  readonly name: LocalizedText;
  readonly phase: PhaseKey;
  readonly kind: TaskKind;
  readonly start: number;
  readonly end: number;
  readonly resources: LocalizedText;
  readonly template: RaciTemplate;
  readonly strategyId?: string;
}

const PHASE_RANK: Readonly<Record<PhaseKey, number>> = {
  information: 0,
  analysis: 1,
  goals: 2,
  strategy: 3,
  execution: 4,
  evaluation: 5,
};

const BUFFER_RULE = t(
  "Every phase gets its planned duration plus a 20% buffer (seed 002: 预留20%弹性时间): window = ⌈planned days × 1.2⌉, " +
    "the buffer at the end of the window. Information 10 days, analysis 10, goals 5, strategy 10 and evaluation 10 " +
    "(scaled by quarters ÷ 4 for plans shorter than a year, at least 2 days) run one after the other from the start; " +
    "evaluation ends on the last day of the plan; execution takes the window in between and plans ⌊window ÷ 1.2⌋ days. " +
    "One-off tasks sit in the planned part of their phase; monthly follow-ups and quarterly reviews follow the calendar.",
  "每个阶段 = 计划工期 + 20% 弹性时间（种子文档 002：预留20%弹性时间）：阶段窗口 = ⌈计划天数 × 1.2⌉，弹性时间放在窗口末尾。" +
    "信息收集 10 天、分析 10 天、目标设定 5 天、策略制定 10 天、评估 10 天（计划短于一年时按季度数 ÷ 4 缩放，至少 2 天），" +
    "从开始日起依次排列；评估在计划最后一天结束；执行阶段占用中间的窗口，计划工期为 ⌊窗口 ÷ 1.2⌋ 天。" +
    "一次性任务安排在所属阶段的计划工期内；月度跟进和季度回顾按日历进行。",
);

/**
 * The action plan's timeline: the six phases with their 20 % buffers (see `planPhases`), and the
 * tasks in them.
 *
 * Tasks:
 * - information: collect and check the data; analysis: score and segment, SWOT; goals: SMART goals;
 *   strategy: strategies and resources, then the milestone "plan approved, kick-off" on the
 *   strategy phase's planned end;
 * - execution: one task per strategy over the planned part of execution; a follow-up for every
 *   month of the plan that overlaps the execution window (clipped to it); a review milestone on
 *   the last day of each quarter but the last;
 * - evaluation: the final evaluation over its planned part, and the last quarter's review, which
 *   closes the plan on its last day.
 * Tasks are numbered T1, T2, … by start day, then phase, then the order above. Every date lies in
 * the plan period; one-off tasks end before their phase's buffer starts. The owner of a task is the
 * accountable role of its RACI template (see `roleRef` for short role lists).
 *
 * @param period - the plan's calendar
 * @param strategies - the plan's strategies, in order
 * @param roles - the plan's roles (at least 2)
 * @returns the timeline and the RACI template of each task
 *
 * @example
 * const { timeline } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 4), [], DEFAULT_PLAN_ROLES);
 * timeline.tasks.filter((task) => task.kind === "review").map((task) => isoFromDay(task.start))
 * // => ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]
 */
export function buildTimeline(
  period: PlanPeriod,
  strategies: readonly TimelineStrategy[],
  roles: readonly LocalizedText[],
): TimelineResult {
  const phases = planPhases(period);
  const phase = (key: PhaseKey): PlanPhase => phases.find((p) => p.key === key)!;
  const planned = (key: PhaseKey) => ({ phase: key, start: phase(key).start, end: phase(key).plannedEnd });
  const execution = phase("execution");
  const drafts: Draft[] = [];

  drafts.push({
    ...planned("information"),
    kind: "task",
    name: t(
      "Collect and check customer data: sales, margins, payment terms, feedback",
      "收集并核对客户数据：销售、毛利、付款条件、客户反馈",
    ),
    resources: t("CRM, sales and finance records", "CRM 系统、销售与财务记录"),
    template: raci("sales", ["technical"], ["finance", "service"], ["management"]),
  });
  drafts.push({
    ...planned("analysis"),
    kind: "task",
    name: t(
      "Score and segment customers: RFM, CLV, value tiers, priority",
      "客户评分与细分：RFM、CLV、价值分层、优先级",
    ),
    resources: t("This workbook (customer table and scores)", "本工作簿（客户表与评分）"),
    template: raci("sales", ["marketing"], ["finance"], ["management"]),
  });
  drafts.push({
    ...planned("analysis"),
    kind: "task",
    name: t("SWOT analysis with the account team", "与客户团队开展 SWOT 分析"),
    resources: t("Scores, market and competitor information", "评分结果、市场与竞争对手信息"),
    template: raci("sales", ["marketing"], ["service", "technical", "finance"], ["management"]),
  });
  drafts.push({
    ...planned("goals"),
    kind: "task",
    name: t("Set SMART goals, agree targets and owners", "设定 SMART 目标，确定目标值与负责人"),
    resources: t("Baselines from the analysis", "分析得出的基准值"),
    template: raci("management", ["sales"], ["finance", "marketing"], ["service", "technical"]),
  });
  drafts.push({
    ...planned("strategy"),
    kind: "task",
    name: t(
      "Define the strategies per customer group and allocate resources (60/25/15)",
      "按客户群制定策略并分配资源（60/25/15）",
    ),
    resources: t("Playbook, budget and team capacity", "策略手册、预算与团队人力"),
    template: raci("management", ["sales"], ["marketing", "finance", "service"], ["technical"]),
  });
  drafts.push({
    phase: "strategy",
    start: phase("strategy").plannedEnd,
    end: phase("strategy").plannedEnd,
    kind: "milestone",
    name: t("Plan approved; kick-off with owners and RACI", "计划审批通过；明确负责人与 RACI 并启动"),
    resources: t("The plan", "本计划书"),
    template: raci("management", ["sales"], [], ["service", "marketing", "technical", "finance"], true),
  });
  for (const s of strategies) {
    drafts.push({
      phase: "execution",
      start: execution.start,
      end: execution.plannedEnd,
      kind: "task",
      name: { en: `Carry out strategy ${s.id}: ${s.title.en}`, zh: `执行策略 ${s.id}：${s.title.zh}` },
      resources: s.resources,
      template: s.raci,
      strategyId: s.id,
    });
  }
  for (let m = 0; m + 1 < period.monthStarts.length; m++) {
    const start = Math.max(period.monthStarts[m], execution.start);
    const end = Math.min(period.monthStarts[m + 1] - 1, execution.end);
    if (start > end) continue;
    drafts.push({
      phase: "execution",
      start,
      end,
      kind: "monthly",
      name: {
        en: `Monthly follow-up, month ${m + 1}: churn warnings, P1 accounts, action status`,
        zh: `第 ${m + 1} 个月跟进：流失预警、P1 客户、行动进度`,
      },
      resources: t("Churn warning list, priority list", "流失预警清单、优先级清单"),
      template: raci("sales", ["service"], ["marketing"], ["management"]),
    });
  }
  period.quarterEnds.forEach((day, q) => {
    const last = q === period.quarters - 1;
    drafts.push({
      phase: last ? "evaluation" : "execution",
      start: day,
      end: day,
      kind: "review",
      name: last
        ? { en: `Q${q + 1} review and plan close`, zh: `第 ${q + 1} 季度回顾与计划收尾` }
        : { en: `Q${q + 1} review: KPIs, goals and risk register`, zh: `第 ${q + 1} 季度回顾：KPI、目标与风险登记表` },
      resources: t("KPI table, goal status, risk register", "KPI 表、目标进度、风险登记表"),
      template: raci("management", ["sales"], ["service", "marketing", "technical", "finance"], [], true),
    });
  });
  drafts.push({
    ...planned("evaluation"),
    kind: "task",
    name: t(
      "Final evaluation: results against goals, lessons learned, next plan",
      "总结评估：对照目标检查成果、总结经验、制定下期计划",
    ),
    resources: t("KPI results, customer feedback", "KPI 结果、客户反馈"),
    template: raci("management", ["sales"], ["service", "marketing", "technical", "finance"]),
  });

  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.start - b.d.start || PHASE_RANK[a.d.phase] - PHASE_RANK[b.d.phase] || a.i - b.i);
  const tasks = order.map(({ d }, n): PlanTask => {
    const task: PlanTask = {
      id: `T${n + 1}`,
      name: d.name,
      phase: d.phase,
      kind: d.kind,
      owner: roleRef(d.template.A, roles),
      start: d.start,
      end: d.end,
      resources: d.resources,
      milestone: d.kind === "milestone" || d.kind === "review",
    };
    return d.strategyId === undefined ? task : { ...task, strategyId: d.strategyId };
  });
  return { timeline: { phases, tasks, bufferRule: BUFFER_RULE }, raci: order.map(({ d }) => d.template) };
}
