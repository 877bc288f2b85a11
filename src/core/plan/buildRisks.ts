import { CHURN_LEVELS } from "../churn";
import { CREDIT_RISK_LABELS } from "../health";
import type { Issue } from "../issues";
import type { ScoredCustomer, ScoreResult } from "../score";
import type { LocalizedText } from "../types";
import { formatPercent } from "../value/formatNumber";
import { customerRefs } from "./customerRefs";
import { englishCount } from "./englishCount";
import { formatMoney } from "./formatMoney";
import type { PlanPeriod } from "./planPeriod";
import { roleRef } from "./planRoles";
import { riskLevel, riskScore } from "./riskLevel";
import type { PlanFigure, PlanRisk, RiskCategory, RiskLevel, RoleSlot } from "./types";

/** Labels of the risk categories (seed 003 7.1: 客户流失风险、信用风险、市场风险; plus data quality). */
export const RISK_CATEGORY_LABELS: Readonly<Record<RiskCategory, LocalizedText>> = Object.freeze({
  churn: { en: "Customer churn", zh: "客户流失风险" },
  credit: { en: "Credit", zh: "信用风险" },
  market: { en: "Market (concentration)", zh: "市场风险（客户集中度）" },
  dataQuality: { en: "Data quality", zh: "数据质量风险" },
});

/** How many of the largest customers the concentration indicator counts. */
export const CONCENTRATION_TOP = 10;

type Draft = Omit<PlanRisk, "id" | "categoryLabel" | "score" | "reviewDate" | "owner" | "triggered"> & {
  readonly ownerSlot: RoleSlot;
};

const pct = (x: number) => formatPercent(x);
const shareFigure = (value: number, prefix = ""): PlanFigure => ({
  value,
  unit: "share",
  text: { en: `${prefix}${pct(value)}`, zh: `${prefix}${pct(value)}` },
});
const revenueOf = (cs: readonly ScoredCustomer[]) => cs.reduce((s, c) => s + c.customer.total, 0);
const isAtRisk = (c: ScoredCustomer) => c.churn.level === "warning" || c.churn.level === "critical";
const byRevenue = (a: ScoredCustomer, b: ScoredCustomer) =>
  b.customer.total - a.customer.total || (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0);
const bands = (name: LocalizedText, value: number, medium: number, high: number): LocalizedText => ({
  en: `${name.en} ${pct(value)} (H ≥ ${pct(high)}, M ≥ ${pct(medium)}, else L)`,
  zh: `${name.zh} ${pct(value)}（≥ ${pct(high)} 为高，≥ ${pct(medium)} 为中，否则为低）`,
});
const join = (a: LocalizedText, b: LocalizedText): LocalizedText => ({
  en: `Likelihood: ${a.en}. Impact: ${b.en}.`,
  zh: `可能性：${a.zh}。影响：${b.zh}。`,
});

/**
 * The risk register (seed 003 ch. 7: 风险识别与分析, 风险应对策略与措施) from the data, in a fixed
 * order so rows keep their IDs across rebuilds: R1 churn, R2 credit (when any customer has
 * financial data), R3 market concentration, R4 data quality (when the table had issues or the CLV
 * model fell back). Likelihood and impact are derived from the data, each H/M/L by bands:
 *
 * | risk | current value (trigger) | likelihood | impact |
 * |---|---|---|---|
 * | churn | revenue share of customers at warning/critical (> 10 %) | their share of customers: H ≥ 20 %, M ≥ 5 % | their revenue share: H ≥ 20 %, M ≥ 5 % |
 * | credit | revenue share at medium/high credit risk (> 10 %) | share of assessed customers at medium/high: H ≥ 30 %, M ≥ 10 % | that revenue share: H ≥ 20 %, M ≥ 5 % |
 * | market | revenue share of the 10 largest customers (> 50 %) | H when one of them is at churn warning/critical, M when one is on watch, else L | that share: H ≥ 50 %, M ≥ 30 % |
 * | data quality | issues per scored customer (> 5 %) | that rate: H ≥ 10 %, M ≥ 2 %; at least M when CLV fell back | H when errors hit ≥ 5 % of customers, M for any error or a CLV fallback, else L |
 *
 * Score = likelihood × impact (1..9). Review date: the end of the plan's first month for a score of
 * 6 or more, else the first quarterly review. Responses reuse the churn levels' responses and the
 * seed's measures; owners: sales (churn), finance (credit), management (market), technical
 * support (data). Each risk lists its customers (the 20 largest, and the count).
 *
 * @param score - the scoring result (at least one customer)
 * @param period - the plan's calendar
 * @param roles - the plan's roles
 * @param issues - issues reported while reading the table (default none)
 * @returns the risks
 *
 * @example
 * buildRisks(fixtureScore(), planPeriod(dayFromYmd(2026, 1, 1), 4), DEFAULT_PLAN_ROLES).map((r) => r.category)
 * // => ["churn", "credit", "market"]
 */
export function buildRisks(
  score: ScoreResult,
  period: PlanPeriod,
  roles: readonly LocalizedText[],
  issues: readonly Issue[] = [],
): PlanRisk[] {
  const all = score.customers;
  const totalRevenue = revenueOf(all);
  const revenueShare = (cs: readonly ScoredCustomer[]) => (totalRevenue === 0 ? 0 : revenueOf(cs) / totalRevenue);
  const drafts: Draft[] = [churnRisk(all, revenueShare)];
  const credit = creditRisk(all, revenueShare);
  if (credit) drafts.push(credit);
  drafts.push(marketRisk(all, revenueShare));
  const data = dataQualityRisk(score, issues);
  if (data) drafts.push(data);

  return drafts.map(({ ownerSlot, ...d }, i): PlanRisk => {
    const s = riskScore(d.likelihood, d.impact);
    return {
      id: `R${i + 1}`,
      category: d.category,
      categoryLabel: RISK_CATEGORY_LABELS[d.category],
      description: d.description,
      indicator: d.indicator,
      trigger: d.trigger,
      current: d.current,
      triggered: d.current.value > d.trigger.value,
      likelihood: d.likelihood,
      impact: d.impact,
      score: s,
      rationale: d.rationale,
      response: d.response,
      owner: roleRef(ownerSlot, roles),
      reviewDate: s >= 6 ? period.monthStarts[1] - 1 : period.quarterEnds[0],
      customers: d.customers,
    };
  });
}

function churnRisk(all: readonly ScoredCustomer[], revenueShare: (cs: readonly ScoredCustomer[]) => number): Draft {
  const atRisk = all.filter(isAtRisk);
  const share = atRisk.length / all.length;
  const rs = revenueShare(atRisk);
  const money = formatMoney(revenueOf(atRisk));
  const { warning, critical } = CHURN_LEVELS;
  return {
    category: "churn",
    description:
      atRisk.length === 0
        ? {
            en: "No customer shows a churn warning now; the early warning is checked every month.",
            zh: "目前没有客户出现流失预警；每月检查一次流失预警。",
          }
        : {
            en: `${englishCount(atRisk.length, "customer")} (${pct(share)}) ${atRisk.length === 1 ? "shows" : "show"} a churn warning or critical signal; ${atRisk.length === 1 ? "it" : "they"} bought ${money} (${pct(rs)} of revenue).`,
            zh: `${atRisk.length} 位客户（${pct(share)}）出现流失预警或严重信号，其销售额 ${money}（占 ${pct(rs)}）。`,
          },
    indicator: {
      en: "Revenue share of customers at churn warning or critical",
      zh: "流失预警（预警、严重）客户的销售额占比",
    },
    trigger: shareFigure(0.1, "> "),
    current: shareFigure(rs),
    likelihood: riskLevel(share, 0.05, 0.2),
    impact: riskLevel(rs, 0.05, 0.2),
    rationale: join(
      bands({ en: "share of customers at risk", zh: "流失风险客户占比" }, share, 0.05, 0.2),
      bands({ en: "their revenue share", zh: "其销售额占比" }, rs, 0.05, 0.2),
    ),
    response: {
      en: `${critical.label.en} — ${critical.response.en} ${warning.label.en} — ${warning.response.en}`,
      zh: `${critical.label.zh}——${critical.response.zh}${warning.label.zh}——${warning.response.zh}`,
    },
    ownerSlot: "sales",
    customers: customerRefs(atRisk),
  };
}

function creditRisk(
  all: readonly ScoredCustomer[],
  revenueShare: (cs: readonly ScoredCustomer[]) => number,
): Draft | undefined {
  const assessed = all.filter((c) => c.health.creditAssessed);
  if (assessed.length === 0) return undefined;
  const flagged = assessed.filter((c) => c.health.creditRisk !== "low");
  const high = flagged.filter((c) => c.health.creditRisk === "high").length;
  const medium = flagged.length - high;
  const share = flagged.length / assessed.length;
  const rs = revenueShare(flagged);
  const money = formatMoney(revenueOf(flagged));
  return {
    category: "credit",
    description: {
      en: `${flagged.length} of the ${englishCount(assessed.length, "customer")} with financial data ${flagged.length === 1 ? "carries" : "carry"} medium or high credit risk (${CREDIT_RISK_LABELS.high.en}: ${high}, ${CREDIT_RISK_LABELS.medium.en}: ${medium}); they bought ${money} (${pct(rs)} of revenue).`,
      zh: `有财务数据的 ${assessed.length} 位客户中，${flagged.length} 位信用风险为中或高（${CREDIT_RISK_LABELS.high.zh} ${high} 位，${CREDIT_RISK_LABELS.medium.zh} ${medium} 位），其销售额 ${money}（占 ${pct(rs)}）。`,
    },
    indicator: {
      en: "Revenue share of customers with medium or high credit risk",
      zh: "中、高信用风险客户的销售额占比",
    },
    trigger: shareFigure(0.1, "> "),
    current: shareFigure(rs),
    likelihood: riskLevel(share, 0.1, 0.3),
    impact: riskLevel(rs, 0.05, 0.2),
    rationale: join(
      bands(
        { en: "share of assessed customers at medium or high risk", zh: "已评估客户中的中、高风险占比" },
        share,
        0.1,
        0.3,
      ),
      bands({ en: "their revenue share", zh: "其销售额占比" }, rs, 0.05, 0.2),
    ),
    response: {
      en: "Tighten credit terms for high-risk customers (shorter payment terms, prepayment or a credit limit), watch days sales outstanding every month and review credit ratings every quarter.",
      zh: "对高风险客户收紧信用政策（缩短账期、预付款或设定信用额度），每月监控回款周期，每季度复核信用评级。",
    },
    ownerSlot: "finance",
    customers: customerRefs(flagged),
  };
}

function marketRisk(all: readonly ScoredCustomer[], revenueShare: (cs: readonly ScoredCustomer[]) => number): Draft {
  const top = [...all].sort(byRevenue).slice(0, CONCENTRATION_TOP);
  const share = revenueShare(top);
  const atRisk = top.filter(isAtRisk).length;
  const watched = top.filter((c) => c.churn.level === "watch").length;
  const likelihood: RiskLevel = atRisk > 0 ? "H" : watched > 0 ? "M" : "L";
  const signal: LocalizedText =
    atRisk > 0
      ? { en: `${atRisk} of them show a churn warning.`, zh: `其中 ${atRisk} 位出现流失预警。` }
      : watched > 0
        ? { en: `${watched} of them are on churn watch.`, zh: `其中 ${watched} 位处于流失关注状态。` }
        : { en: "None of them shows a churn signal.", zh: "其中没有客户出现流失信号。" };
  return {
    category: "market",
    description: {
      en: `${top.length === 1 ? "The largest customer brings" : `The ${top.length} largest customers bring`} ${pct(share)} of revenue. ${signal.en}`,
      zh: `前 ${top.length} 大客户贡献了 ${pct(share)} 的销售额。${signal.zh}`,
    },
    indicator: {
      en: `Revenue share of the ${CONCENTRATION_TOP} largest customers`,
      zh: `前 ${CONCENTRATION_TOP} 大客户的销售额占比`,
    },
    trigger: shareFigure(0.5, "> "),
    current: shareFigure(share),
    likelihood,
    impact: riskLevel(share, 0.3, 0.5),
    rationale: join(
      {
        en: `${likelihood} (H when one of the largest customers is at churn warning, M when one is on watch, else L)`,
        zh: `${likelihood === "H" ? "高" : likelihood === "M" ? "中" : "低"}（最大客户中有流失预警为高，有流失关注为中，否则为低）`,
      },
      bands({ en: "their revenue share", zh: "其销售额占比" }, share, 0.3, 0.5),
    ),
    response: {
      en: "Reduce dependence: develop more accounts (high-potential and new customers), secure the largest accounts with long-term contracts or exclusive agreements, and watch competitors and market changes.",
      zh: "降低依赖：开发更多客户（高潜力客户与新客户），与最大客户签订长期合同或独家合作协议，持续监测竞争对手和市场变化。",
    },
    ownerSlot: "management",
    customers: customerRefs(top),
  };
}

function dataQualityRisk(score: ScoreResult, issues: readonly Issue[]): Draft | undefined {
  const fallback = score.clv.fallback;
  if (issues.length === 0 && !fallback) return undefined;
  const n = score.customers.length;
  const rate = issues.length / n;
  const errors = issues.filter((i) => i.severity === "error").length;
  const rows = new Set(issues.map((i) => i.row));
  const affected = score.customers.filter((c) => rows.has(c.customer.row));
  let likelihood = riskLevel(rate, 0.02, 0.1);
  if (fallback && likelihood === "L") likelihood = "M";
  const impact: RiskLevel = errors / n >= 0.05 ? "H" : errors > 0 || fallback ? "M" : "L";
  const issueText: LocalizedText =
    issues.length > 0
      ? {
          en: `${englishCount(issues.length, "data issue")} ${issues.length === 1 ? "was" : "were"} reported while reading the customer table (${englishCount(errors, "error")} that dropped a value or a row).`,
          zh: `读取客户表时报告了 ${issues.length} 个数据问题（其中 ${errors} 个错误导致数值或整行被舍弃）。`,
        }
      : { en: "", zh: "" };
  const fallbackText: LocalizedText = fallback
    ? { en: ` CLV: ${fallback.reason.en}`, zh: `客户生命周期价值：${fallback.reason.zh}` }
    : { en: "", zh: "" };
  return {
    category: "dataQuality",
    description: {
      en: `${issueText.en}${fallbackText.en}`.trim(),
      zh: `${issueText.zh}${fallbackText.zh}`,
    },
    indicator: { en: "Data issues per scored customer", zh: "每位已评分客户对应的数据问题数" },
    trigger: shareFigure(0.05, "> "),
    current: shareFigure(rate),
    likelihood,
    impact,
    rationale: join(
      {
        en: `issues per customer ${pct(rate)} (H ≥ 10%, M ≥ 2%, else L; at least M when the CLV model fell back)`,
        zh: `每位客户的问题数 ${pct(rate)}（≥ 10% 为高，≥ 2% 为中，否则为低；CLV 模型降级时至少为中）`,
      },
      {
        en: `${englishCount(errors, "error")} (H when they hit 5% of customers or more, M for any error or a CLV fallback, else L)`,
        zh: `${errors} 个错误（涉及 5% 及以上客户为高，有错误或 CLV 模型降级为中，否则为低）`,
      },
    ),
    response: {
      en: "Fix the source data at the cells named in the issue list, check the column mapping, then run Analyze and Build plan again.",
      zh: "按问题清单中列出的单元格修正源数据，检查列映射，然后重新运行“分析”和“生成计划”。",
    },
    ownerSlot: "technical",
    customers: customerRefs(affected),
  };
}
