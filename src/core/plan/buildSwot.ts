import { segmentScheme } from "../rfm";
import type { ScoredCustomer, ScoreResult } from "../score";
import type { LocalizedText } from "../types";
import { formatNumber, formatPercent } from "../value/formatNumber";
import { CONCENTRATION_TOP } from "./buildRisks";
import { customerRefs } from "./customerRefs";
import { englishCount } from "./englishCount";
import { formatMoney } from "./formatMoney";
import type { CustomerGroup } from "./groupCustomers";
import { npsOf } from "./npsOf";
import type { PlanSwot, PlaybookKey } from "./types";

/** Most facts per quadrant; the layout adds empty rows for the team. */
export const MAX_SWOT_FACTS = 4;
/** Fewest facts per quadrant: always-true facts fill up to this. */
export const MIN_SWOT_FACTS = 2;

interface Fact {
  /** Facts on one topic exclude each other: a filler is skipped when its topic is already there. */
  readonly topic: string;
  readonly when: boolean;
  readonly text: () => LocalizedText;
}

const pct = (x: number) => formatPercent(x);
const revenueOf = (cs: readonly ScoredCustomer[]) => cs.reduce((s, c) => s + c.customer.total, 0);
const isAtRisk = (c: ScoredCustomer) => c.churn.level === "warning" || c.churn.level === "critical";

/**
 * A SWOT frame pre-filled with facts from the data (seed 000: 进行SWOT分析), each with its
 * numbers, in English and Chinese.
 *
 * Method: each quadrant has an ordered list of candidate facts, each with a condition (for
 * example "strategic accounts bring at least half of the revenue" is a strength, "less than half"
 * a weakness; concentration is a threat above 50 %). The first {@link MAX_SWOT_FACTS} whose
 * condition holds are kept; when fewer than {@link MIN_SWOT_FACTS} hold, facts that are always true
 * (portfolio size, the leading segment, one-time buyers, low-efficiency customers, the purchase
 * rhythm, P2 customers, the top fifth's CLV, the largest customers' share, customers with a churn
 * signal) fill the quadrant up to two, skipping a topic the quadrant already has.
 *
 * | quadrant | candidates, in order |
 * |---|---|
 * | strengths | strategic revenue share ≥ 50 %; repeat buyers ≥ 50 %; revenue at churn risk ≤ 10 %; NPS > 0; key accounts |
 * | weaknesses | revenue at churn risk > 10 %; repeat buyers < 50 % (or one-time buyers ≥ 20 %); loss-making customers; low-efficiency ≥ 25 % of customers; NPS ≤ 0; strategic revenue share < 50 % |
 * | opportunities | high-potential customers' CLV; new and developing customers; frequent buyers to grow; basic customers to move up |
 * | threats | top-10 revenue share > 50 %; valuable customers at risk; medium/high credit risk; critical churn |
 *
 * @param score - the scoring result (at least one customer)
 * @param groups - the customers of each playbook entry (see `groupCustomers`)
 * @returns two to four facts per quadrant
 *
 * @example
 * buildSwot(fixtureScore(), groupCustomers(fixtureScore())).weaknesses[0].en
 * // => "18.6% of revenue sits in customers with a churn warning (11 customers)"
 */
export function buildSwot(score: ScoreResult, groups: readonly CustomerGroup[]): PlanSwot {
  const all = score.customers;
  const n = all.length;
  const revenue = revenueOf(all);
  const share = (cs: readonly ScoredCustomer[]) => (revenue === 0 ? 0 : revenueOf(cs) / revenue);
  const group = (key: PlaybookKey) => groups.find((g) => g.key === key)?.customers ?? [];
  const strategic = group("strategic");
  const highPotential = group("highPotential");
  const lowEfficiency = group("lowEfficiency");
  const basic = group("basic");
  const develop = group("develop");
  const grow = group("grow");
  const winBack = group("winBack");
  const atRisk = all.filter(isAtRisk);
  const critical = all.filter((c) => c.churn.level === "critical");
  const signal = all.filter((c) => c.churn.level !== "none");
  const repeatShare = all.filter((c) => c.customer.purchases >= 2).length / n;
  const oneTimeShare = all.filter((c) => c.customer.purchases < 2).length / n;
  const losers = all.filter((c) => c.profit < 0);
  const nps = npsOf(all);
  const keyAccounts = all.filter((c) => c.health.keyAccount);
  const credit = all.filter((c) => c.health.creditAssessed && c.health.creditRisk !== "low");
  const totalClv = all.reduce((s, c) => s + c.clv.clv, 0);
  const hpClv = highPotential.reduce((s, c) => s + c.clv.clv, 0);
  const topIds = new Set(customerRefs(all).ids.slice(0, CONCENTRATION_TOP));
  const top = all.filter((c) => topIds.has(c.customer.id));
  const topShare = share(top);
  const scheme = segmentScheme(score.segmentation.scheme);
  const leading = scheme.segments
    .map((s) => ({ s, revenue: revenueOf(all.filter((c) => c.rfm.segment === s.key)) }))
    .reduce((best, x) => (x.revenue > best.revenue ? x : best));
  const averageClv = totalClv / n;
  const aov = (cs: readonly ScoredCustomer[]) => revenueOf(cs) / cs.reduce((s, c) => s + c.customer.purchases, 0);
  const segmentsOf = (key: PlaybookKey): LocalizedText => {
    const keys = groups.find((g) => g.key === key)?.segments ?? [];
    const labels = keys.map((k) => scheme.segments.find((s) => s.key === k)!.label);
    return { en: labels.map((l) => l.en).join(", "), zh: labels.map((l) => l.zh).join("、") };
  };

  const strengths: Fact[] = [
    {
      topic: "strategic",
      when: strategic.length > 0 && share(strategic) >= 0.5,
      text: () => ({
        en: `${englishCount(strategic.length, "strategic account")} (${pct(strategic.length / n)} of customers) ${strategic.length === 1 ? "brings" : "bring"} ${pct(share(strategic))} of revenue`,
        zh: `${strategic.length} 家战略型客户（占客户数的 ${pct(strategic.length / n)}）贡献了 ${pct(share(strategic))} 的销售额`,
      }),
    },
    {
      topic: "repeat",
      when: repeatShare >= 0.5,
      text: () => ({
        en: `${pct(repeatShare)} of customers have bought more than once`,
        zh: `${pct(repeatShare)} 的客户有重复购买`,
      }),
    },
    {
      topic: "churn",
      when: share(atRisk) <= 0.1,
      text: () => ({
        en: `Only ${pct(share(atRisk))} of revenue sits in customers with a churn warning`,
        zh: `仅 ${pct(share(atRisk))} 的销售额来自有流失预警的客户`,
      }),
    },
    {
      topic: "nps",
      when: nps !== undefined && nps.nps > 0,
      text: () => ({
        en: `NPS is ${formatNumber(nps!.nps, 1)}: ${nps!.promoters} promoters against ${nps!.detractors} detractors`,
        zh: `NPS 为 ${formatNumber(nps!.nps, 1)}：推荐者 ${nps!.promoters} 位，贬损者 ${nps!.detractors} 位`,
      }),
    },
    {
      topic: "keyAccounts",
      when: keyAccounts.length > 0,
      text: () => ({
        en: `${englishCount(keyAccounts.length, "customer")} ${keyAccounts.length === 1 ? "passes" : "pass"} the key-account screening (purchase volume and finances)`,
        zh: `${keyAccounts.length} 位客户通过大客户筛选（采购规模与财务状况）`,
      }),
    },
  ];
  const strengthFill: Fact[] = [
    {
      topic: "portfolio",
      when: true,
      text: () => ({
        en: `${englishCount(n, "customer")} with revenue of ${formatMoney(revenue)} and an average CLV of ${formatMoney(averageClv)}`,
        zh: `共 ${n} 位客户，销售额 ${formatMoney(revenue)}，平均客户生命周期价值 ${formatMoney(averageClv)}`,
      }),
    },
    {
      topic: "leading",
      when: true,
      text: () => ({
        en: `The leading segment, ${leading.s.label.en}, brings ${pct(revenue === 0 ? 0 : leading.revenue / revenue)} of revenue`,
        zh: `销售额最高的客群“${leading.s.label.zh}”贡献了 ${pct(revenue === 0 ? 0 : leading.revenue / revenue)} 的销售额`,
      }),
    },
  ];

  const weaknesses: Fact[] = [
    {
      topic: "churn",
      when: share(atRisk) > 0.1,
      text: () => ({
        en: `${pct(share(atRisk))} of revenue sits in customers with a churn warning (${englishCount(atRisk.length, "customer")})`,
        zh: `${pct(share(atRisk))} 的销售额来自有流失预警的客户（${atRisk.length} 位）`,
      }),
    },
    {
      topic: "repeat",
      when: repeatShare < 0.5,
      text: () => ({
        en: `Only ${pct(repeatShare)} of customers have bought more than once`,
        zh: `仅 ${pct(repeatShare)} 的客户有重复购买`,
      }),
    },
    {
      topic: "repeat",
      when: repeatShare >= 0.5 && oneTimeShare >= 0.2,
      text: () => ({
        en: `${pct(oneTimeShare)} of customers have bought only once`,
        zh: `${pct(oneTimeShare)} 的客户只购买过一次`,
      }),
    },
    {
      topic: "losses",
      when: losers.length > 0,
      text: () => ({
        en: `${englishCount(losers.length, "customer")} ${losers.length === 1 ? "costs" : "cost"} more to serve than ${losers.length === 1 ? "it earns" : "they earn"} (a loss of ${formatMoney(-losers.reduce((s, c) => s + c.profit, 0))} together)`,
        zh: `${losers.length} 位客户的服务成本高于其毛利（合计亏损 ${formatMoney(-losers.reduce((s, c) => s + c.profit, 0))}）`,
      }),
    },
    {
      topic: "lowEfficiency",
      when: lowEfficiency.length / n >= 0.25,
      text: () => ({
        en: `${pct(lowEfficiency.length / n)} of customers are low-efficiency, bringing ${pct(share(lowEfficiency))} of revenue`,
        zh: `${pct(lowEfficiency.length / n)} 的客户属于低效型，仅贡献 ${pct(share(lowEfficiency))} 的销售额`,
      }),
    },
    {
      topic: "nps",
      when: nps !== undefined && nps.nps <= 0,
      text: () => ({
        en: `NPS is ${formatNumber(nps!.nps, 1)}: detractors (${nps!.detractors}) are as many as or more than promoters (${nps!.promoters})`,
        zh: `NPS 为 ${formatNumber(nps!.nps, 1)}：贬损者（${nps!.detractors} 位）不少于推荐者（${nps!.promoters} 位）`,
      }),
    },
    {
      topic: "strategic",
      when: share(strategic) < 0.5,
      text: () => ({
        en: `Strategic accounts bring only ${pct(share(strategic))} of revenue`,
        zh: `战略型客户仅贡献 ${pct(share(strategic))} 的销售额`,
      }),
    },
  ];
  const weaknessFill: Fact[] = [
    {
      topic: "repeat",
      when: true,
      text: () => ({
        en: `${pct(oneTimeShare)} of customers have bought only once`,
        zh: `${pct(oneTimeShare)} 的客户只购买过一次`,
      }),
    },
    {
      topic: "lowEfficiency",
      when: true,
      text: () => ({
        en: `${englishCount(lowEfficiency.length, "customer")} ${lowEfficiency.length === 1 ? "is" : "are"} low-efficiency (${pct(share(lowEfficiency))} of revenue)`,
        zh: `${lowEfficiency.length} 位客户属于低效型（占销售额的 ${pct(share(lowEfficiency))}）`,
      }),
    },
  ];

  const opportunities: Fact[] = [
    {
      topic: "highPotential",
      when: highPotential.length > 0,
      text: () => ({
        en: `${englishCount(highPotential.length, "high-potential customer")} ${highPotential.length === 1 ? "holds" : "hold"} ${pct(totalClv === 0 ? 0 : hpClv / totalClv)} of the total CLV (${formatMoney(hpClv)})`,
        zh: `${highPotential.length} 位高潜力型客户拥有客户生命周期价值总额的 ${pct(totalClv === 0 ? 0 : hpClv / totalClv)}（${formatMoney(hpClv)}）`,
      }),
    },
    {
      topic: "develop",
      when: develop.length > 0,
      text: () => ({
        en: `${englishCount(develop.length, "new or developing customer", "new and developing customers")} (${segmentsOf("develop").en}) can become ${develop.length === 1 ? "a repeat buyer" : "repeat buyers"}`,
        zh: `${develop.length} 位新客户与发展客户（${segmentsOf("develop").zh}）有望转化为重复购买客户`,
      }),
    },
    {
      topic: "grow",
      when: grow.length > 0,
      text: () => ({
        en: `${englishCount(grow.length, "frequent buyer")} with an average order of ${formatMoney(aov(grow))}: room for cross-selling`,
        zh: `${grow.length} 位高频客户的客单价为 ${formatMoney(aov(grow))}，有交叉销售空间`,
      }),
    },
    {
      topic: "basic",
      when: basic.length > 0,
      text: () => ({
        en: `${englishCount(basic.length, "basic customer")} ${basic.length === 1 ? "is" : "are"} profitable today and can be moved up a tier`,
        zh: `${basic.length} 位基础型客户当前盈利，可争取升级`,
      }),
    },
  ];
  const opportunityFill: Fact[] = [
    {
      topic: "rhythm",
      when: score.medianInterPurchaseDays !== undefined,
      text: () => ({
        en: `Repeat customers typically buy every ${formatNumber(score.medianInterPurchaseDays!, 0)} days: plan contacts on that rhythm`,
        zh: `重复购买客户通常每 ${formatNumber(score.medianInterPurchaseDays!, 0)} 天购买一次：可按此节奏安排联系`,
      }),
    },
    {
      topic: "p2",
      when: true,
      text: () => {
        const p2 = all.filter((c) => c.priority.tier === "P2").length;
        return {
          en: `${englishCount(p2, "P2 customer")} ${p2 === 1 ? "is" : "are"} next in line for development`,
          zh: `${p2} 位 P2 客户是下一批重点培育对象`,
        };
      },
    },
    {
      topic: "clvTop",
      when: true,
      text: () => {
        const k = Math.max(1, Math.ceil(n / 5));
        const topClv = [...all]
          .map((c) => c.clv.clv)
          .sort((a, b) => b - a)
          .slice(0, k)
          .reduce((s, v) => s + v, 0);
        const part = pct(totalClv === 0 ? 0 : topClv / totalClv);
        return {
          en: `${k === 1 ? "The top customer by CLV (the top fifth) holds" : `The top ${k} customers by CLV (the top fifth) hold`} ${part} of the total CLV`,
          zh: `CLV 最高的 ${k} 位客户（前五分之一）拥有客户生命周期价值总额的 ${part}`,
        };
      },
    },
  ];

  const threats: Fact[] = [
    {
      topic: "concentration",
      when: topShare > 0.5,
      text: () => ({
        en: `${top.length === 1 ? "The largest customer brings" : `The ${top.length} largest customers bring`} ${pct(topShare)} of revenue: losing ${top.length === 1 ? "it" : "one of them"} would hurt`,
        zh: `前 ${top.length} 大客户贡献了 ${pct(topShare)} 的销售额：失去其中任何一家都会造成重大影响`,
      }),
    },
    {
      topic: "winBack",
      when: winBack.length > 0,
      text: () => ({
        en: `${englishCount(winBack.length, "valuable customer")} (${segmentsOf("winBack").en}) ${winBack.length === 1 ? "has" : "have"} not bought recently; ${winBack.length === 1 ? "it" : "they"} bought ${formatMoney(revenueOf(winBack))} (${pct(share(winBack))} of revenue)`,
        zh: `${winBack.length} 位高价值客户（${segmentsOf("winBack").zh}）近期未再购买，其销售额 ${formatMoney(revenueOf(winBack))}（占 ${pct(share(winBack))}）`,
      }),
    },
    {
      topic: "credit",
      when: credit.length > 0,
      text: () => ({
        en: `${englishCount(credit.length, "customer")} with medium or high credit risk ${credit.length === 1 ? "accounts" : "account"} for ${pct(share(credit))} of revenue`,
        zh: `${credit.length} 位中、高信用风险客户占销售额的 ${pct(share(credit))}`,
      }),
    },
    {
      topic: "critical",
      when: critical.length > 0,
      text: () => ({
        en: `${englishCount(critical.length, "customer")} ${critical.length === 1 ? "is" : "are"} at the critical churn level`,
        zh: `${critical.length} 位客户处于严重流失预警`,
      }),
    },
  ];
  const threatFill: Fact[] = [
    {
      topic: "concentration",
      when: true,
      text: () => ({
        en: `${top.length === 1 ? "The largest customer brings" : `The ${top.length} largest customers bring`} ${pct(topShare)} of revenue`,
        zh: `前 ${top.length} 大客户贡献了 ${pct(topShare)} 的销售额`,
      }),
    },
    {
      topic: "churn",
      when: true,
      text: () => ({
        en: `${englishCount(signal.length, "customer")} ${signal.length === 1 ? "shows" : "show"} a churn signal (watch or worse)`,
        zh: `${signal.length} 位客户出现流失信号（关注及以上）`,
      }),
    },
  ];

  return {
    strengths: pick(strengths, strengthFill),
    weaknesses: pick(weaknesses, weaknessFill),
    opportunities: pick(opportunities, opportunityFill),
    threats: pick(threats, threatFill),
  };
}

function pick(candidates: readonly Fact[], fill: readonly Fact[]): LocalizedText[] {
  const chosen = candidates.filter((f) => f.when).slice(0, MAX_SWOT_FACTS);
  for (const f of fill) {
    if (chosen.length >= MIN_SWOT_FACTS) break;
    if (f.when && !chosen.some((c) => c.topic === f.topic)) chosen.push(f);
  }
  return chosen.map((f) => f.text());
}
