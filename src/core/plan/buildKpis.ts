import { CHURN_LEVELS } from "../churn";
import type { ScoreResult } from "../score";
import type { LocalizedText } from "../types";
import { CLV_METHOD_LABELS } from "./clvMethodLabel";
import { formatPlanValue } from "./formatPlanValue";
import { goalTarget } from "./goalTarget";
import { npsOf } from "./npsOf";
import { roleRef } from "./planRoles";
import { REVIEW_CADENCES } from "./reviewCadences";
import type { Ambition, Cadence, Direction, KpiKey, KpiLive, KpiThreshold, PlanKpi, PlanUnit, RoleSlot } from "./types";

interface KpiSpec {
  readonly key: KpiKey;
  readonly name: LocalizedText;
  readonly definition: LocalizedText;
  readonly unit: PlanUnit;
  readonly direction: Direction;
  readonly cadence: Cadence;
  readonly owner: RoleSlot;
  readonly live: KpiLive;
  /** The baseline, or `undefined` when the data cannot give one (the KPI is then left out). */
  readonly baseline: (score: ScoreResult) => number | undefined;
}

/** How far worse than the baseline a KPI may fall before it is red. */
const RED_TOLERANCE: Readonly<Record<PlanUnit, (baseline: number) => number>> = {
  share: () => 0.05,
  money: (b) => Math.abs(b) * 0.1,
  nps: () => 5,
};

const atRisk = ["warning", "critical"] as const;

const SPECS: readonly KpiSpec[] = [
  {
    key: "averageClv",
    name: { en: "Average CLV", zh: "平均客户生命周期价值" },
    definition: { en: "Mean CLV over all scored customers.", zh: "全部已评分客户 CLV 的平均值。" },
    unit: "money",
    direction: "higher",
    cadence: "quarterly",
    owner: "sales",
    live: { kind: "average", column: "clv" },
    baseline: (s) => s.customers.reduce((a, c) => a + c.clv.clv, 0) / s.customers.length,
  },
  {
    key: "totalClv",
    name: { en: "Total CLV", zh: "客户生命周期价值合计" },
    definition: {
      en: "Sum of CLV over all scored customers: the value of the customer base.",
      zh: "全部已评分客户 CLV 之和，即客户资产的总价值。",
    },
    unit: "money",
    direction: "higher",
    cadence: "quarterly",
    owner: "management",
    live: { kind: "sum", column: "clv" },
    baseline: (s) => s.customers.reduce((a, c) => a + c.clv.clv, 0),
  },
  {
    key: "nps",
    name: { en: "Net Promoter Score (NPS)", zh: "净推荐值（NPS）" },
    definition: {
      en: "% of answers 9–10 (promoters) minus % of answers 0–6 (detractors), among customers with an NPS answer 0–10; from −100 to 100.",
      zh: "在有 0–10 分 NPS 回答的客户中，9–10 分（推荐者）的百分比减去 0–6 分（贬损者）的百分比；取值 −100 到 100。",
    },
    unit: "nps",
    direction: "higher",
    cadence: "quarterly",
    owner: "service",
    live: { kind: "nps", column: "nps" },
    baseline: (s) => npsOf(s.customers)?.nps,
  },
  {
    key: "churnRate",
    name: { en: "Churn rate (customers at risk)", zh: "流失率（流失风险客户占比）" },
    definition: {
      en: "Customers at churn level warning or critical, divided by all customers.",
      zh: "流失预警等级为“预警”或“严重”的客户数除以全部客户数。",
    },
    unit: "share",
    direction: "lower",
    cadence: "monthly",
    owner: "sales",
    live: {
      kind: "countRatio",
      column: "churn",
      match: [...atRisk],
      matchLabels: atRisk.map((l) => CHURN_LEVELS[l].label),
    },
    baseline: (s) =>
      s.customers.filter((c) => c.churn.level === "warning" || c.churn.level === "critical").length /
      s.customers.length,
  },
  {
    key: "retention",
    name: { en: "Retention rate", zh: "客户留存率" },
    definition: {
      en: "Repeat customers (2 or more purchases) with no churn signal, i.e. still buying within their usual rhythm (last purchase within twice their usual gap, no P(alive) or complaint warning), divided by all repeat customers.",
      zh: "无流失预警（仍按平常节奏购买：距上次购买不超过平常间隔的 2 倍，且无存活概率或投诉预警）的重复购买客户（购买 2 次及以上）数，除以全部重复购买客户数。",
    },
    unit: "share",
    direction: "higher",
    cadence: "monthly",
    owner: "service",
    live: {
      kind: "countRatio",
      column: "churn",
      match: ["none"],
      matchLabels: [CHURN_LEVELS.none.label],
      where: { column: "purchases", atLeast: 2 },
    },
    baseline: (s) => {
      const repeat = s.customers.filter((c) => c.customer.purchases >= 2);
      return repeat.length === 0 ? undefined : repeat.filter((c) => c.churn.level === "none").length / repeat.length;
    },
  },
  {
    key: "conversion",
    name: { en: "Conversion to repeat buyers", zh: "重复购买转化率" },
    definition: {
      en: "Customers with 2 or more purchases, divided by all customers: how many one-time buyers became repeat buyers.",
      zh: "购买 2 次及以上的客户数除以全部客户数，反映首购客户转化为重复购买客户的程度。",
    },
    unit: "share",
    direction: "higher",
    cadence: "quarterly",
    owner: "marketing",
    live: { kind: "countRatio", column: "purchases", atLeast: 2 },
    baseline: (s) => s.customers.filter((c) => c.customer.purchases >= 2).length / s.customers.length,
  },
  {
    key: "revenuePerCustomer",
    name: { en: "Revenue per customer", zh: "客均销售额" },
    definition: { en: "Total purchases divided by the number of customers.", zh: "累计购买金额除以客户数。" },
    unit: "money",
    direction: "higher",
    cadence: "quarterly",
    owner: "finance",
    live: { kind: "average", column: "total" },
    baseline: (s) => s.customers.reduce((a, c) => a + c.customer.total, 0) / s.customers.length,
  },
];

/**
 * The KPIs of the plan's monitoring section (seed 002 关键绩效指标设定: CLV, NPS, churn rate,
 * conversion rate; plus retention and revenue per customer), each with its definition, the
 * baseline from the data, a target (see `goalTarget`), green / amber / red bounds, review cadence,
 * owner and a live description the sheet layout turns into a formula over the customer table.
 *
 * Method:
 * - NPS is included only when some customer has an NPS answer 0..10 (see `npsOf`); retention only
 *   when some customer bought twice.
 * - Bounds: green at or better than the target; red worse than the baseline by more than a
 *   tolerance (5 points of a share, 10 % of a money baseline, 5 NPS points; clamped to the unit's
 *   range); amber in between. So a KPI holding its ground is amber, one losing ground is red.
 * - The CLV definitions name the method that produced the CLVs.
 * KPIs are numbered K1, K2, … in the order above.
 *
 * @param score - the scoring result (at least one customer)
 * @param ambition - how far targets reach
 * @param roles - the plan's roles
 * @returns the KPIs
 *
 * @example
 * buildKpis(fixtureScore(), "moderate", DEFAULT_PLAN_ROLES).map((k) => k.key)
 * // => ["averageClv", "totalClv", "nps", "churnRate", "retention", "conversion", "revenuePerCustomer"]
 */
export function buildKpis(score: ScoreResult, ambition: Ambition, roles: readonly LocalizedText[]): PlanKpi[] {
  const method = CLV_METHOD_LABELS[score.clv.method];
  const kpis: PlanKpi[] = [];
  for (const spec of SPECS) {
    const baseline = spec.baseline(score);
    if (baseline === undefined) continue;
    const { target, note } = goalTarget({ baseline, unit: spec.unit, direction: spec.direction, ambition });
    const definition =
      spec.key === "averageClv" || spec.key === "totalClv"
        ? { en: `${spec.definition.en} Method: ${method.en}.`, zh: `${spec.definition.zh}计算方法：${method.zh}。` }
        : spec.definition;
    kpis.push({
      id: `K${kpis.length + 1}`,
      key: spec.key,
      name: spec.name,
      definition,
      unit: spec.unit,
      direction: spec.direction,
      baseline,
      target,
      targetNote: note,
      threshold: threshold(baseline, target, spec.unit, spec.direction),
      cadence: spec.cadence,
      review: REVIEW_CADENCES[spec.cadence],
      owner: roleRef(spec.owner, roles),
      live: spec.live,
    });
  }
  return kpis;
}

function threshold(baseline: number, target: number, unit: PlanUnit, direction: Direction): KpiThreshold {
  const [low, high] = unit === "share" ? [0, 1] : unit === "nps" ? [-100, 100] : [-Infinity, Infinity];
  const tolerance = RED_TOLERANCE[unit](baseline);
  const red = direction === "higher" ? Math.max(low, baseline - tolerance) : Math.min(high, baseline + tolerance);
  const g = formatPlanValue(target, unit);
  const r = formatPlanValue(red, unit);
  const text =
    direction === "higher"
      ? { en: `green ≥ ${g}; amber ${r} to ${g}; red < ${r}`, zh: `绿色 ≥ ${g}；黄色 ${r} 至 ${g}；红色 < ${r}` }
      : { en: `green ≤ ${g}; amber ${g} to ${r}; red > ${r}`, zh: `绿色 ≤ ${g}；黄色 ${g} 至 ${r}；红色 > ${r}` };
  return { direction, green: target, red, text };
}
