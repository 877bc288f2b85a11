import { segmentScheme } from "../rfm";
import type { ScoreResult } from "../score";
import { isoFromDay } from "../days";
import type { LocalizedText } from "../types";
import { CLV_METHOD_LABELS } from "./clvMethodLabel";
import { englishCount } from "./englishCount";
import { npsOf } from "./npsOf";
import type { PlanPeriod } from "./planPeriod";
import type { ResolvedPlanInputs } from "./resolvePlanInputs";
import type { PlanInfo } from "./types";

const DIMENSION = {
  r: { en: "Recency", zh: "最近购买（R）" },
  f: { en: "Frequency", zh: "购买频率（F）" },
  m: { en: "Monetary", zh: "消费金额（M）" },
} as const;

/**
 * The plan header, with notes on the data and the methods.
 *
 * Notes, in this order: the CLV fallback reason (when the model fell back), the CLV notes; RFM
 * scores no customer received (tied values empty a bin); how many customers had a margin column
 * value; how many had financial data for the credit check; NPS answers (or that the NPS KPI is
 * left out); the number of data issues; a plan that starts before the as-of date.
 *
 * @param score - the scoring result
 * @param inputs - the checked plan inputs
 * @param period - the plan's calendar
 * @returns the header
 *
 * @example
 * isoFromDay(buildInfo(fixtureScore(), resolvePlanInputs(FIXTURE_PLAN_INPUTS), planPeriod(FIXTURE_PLAN_INPUTS.start, 4)).end)
 * // => "2026-12-31"
 */
export function buildInfo(score: ScoreResult, inputs: ResolvedPlanInputs, period: PlanPeriod): PlanInfo {
  const all = score.customers;
  const n = all.length;
  const notes: LocalizedText[] = [];
  if (score.clv.fallback) notes.push(score.clv.fallback.reason);
  notes.push(...score.clv.notes);
  for (const key of ["r", "f", "m"] as const) {
    const unused = score.rfm.unusedScores[key];
    if (unused.length > 0) {
      notes.push({
        en: `${DIMENSION[key].en}: no customer received score ${unused.join(", ")} (tied values share a score).`,
        zh: `${DIMENSION[key].zh}：没有客户得到 ${unused.join("、")} 分（数值相同的客户得分相同）。`,
      });
    }
  }
  const withMargin = all.filter((c) => c.customer.margin !== undefined).length;
  notes.push(
    withMargin === n
      ? { en: "Every customer has a margin value.", zh: "所有客户都有毛利数据。" }
      : {
          en: `${n - withMargin} of ${englishCount(n, "customer")} ${n - withMargin === 1 ? "has" : "have"} no margin value: ${n - withMargin === 1 ? "its" : "their"} profit contribution uses the margin rate.`,
          zh: `${n} 位客户中有 ${n - withMargin} 位没有毛利数据：其利润贡献按毛利率估算。`,
        },
  );
  const assessed = all.filter((c) => c.health.creditAssessed).length;
  notes.push(
    assessed === 0
      ? {
          en: "No customer has financial data, so credit risk was not assessed and the register has no credit risk.",
          zh: "没有客户有财务数据，因此未评估信用风险，风险登记表中没有信用风险一项。",
        }
      : {
          en: `Credit risk was assessed for ${assessed} of ${englishCount(n, "customer")} (those with financial data).`,
          zh: `已对 ${n} 位客户中的 ${assessed} 位（有财务数据者）评估信用风险。`,
        },
  );
  const nps = npsOf(all);
  notes.push(
    nps === undefined
      ? { en: "No NPS answers in the data: the NPS KPI is left out.", zh: "数据中没有 NPS 回答：KPI 中不含 NPS。" }
      : {
          en: `NPS from ${nps.respondents} of ${englishCount(n, "customer")} with an answer 0–10.`,
          zh: `NPS 基于 ${n} 位客户中 ${nps.respondents} 位的 0–10 分回答。`,
        },
  );
  if (inputs.issues.length > 0) {
    notes.push({
      en: `${englishCount(inputs.issues.length, "data issue")} ${inputs.issues.length === 1 ? "was" : "were"} reported while reading the customer table (see the data-quality risk).`,
      zh: `读取客户表时报告了 ${inputs.issues.length} 个数据问题（见数据质量风险）。`,
    });
  }
  if (inputs.start < inputs.asOf) {
    notes.push({
      en: `The plan starts (${isoFromDay(inputs.start)}) before the data ends (${isoFromDay(inputs.asOf)}).`,
      zh: `计划开始日（${isoFromDay(inputs.start)}）早于数据截止日（${isoFromDay(inputs.asOf)}）。`,
    });
  }
  const scheme = segmentScheme(score.segmentation.scheme);
  return {
    name: inputs.name,
    asOf: inputs.asOf,
    start: period.start,
    end: period.end,
    quarters: period.quarters,
    ambition: inputs.ambition,
    customers: n,
    revenue: all.reduce((s, c) => s + c.customer.total, 0),
    scheme: { key: scheme.key, name: scheme.name },
    clv: {
      method: score.clv.method,
      requested: score.clv.requestedMethod,
      label: CLV_METHOD_LABELS[score.clv.method],
      ...(score.clv.fallback ? { fallback: score.clv.fallback.reason } : {}),
    },
    notes,
  };
}
