import { DomainError } from "../errors";
import type { ScoredCustomer, ScoreResult } from "../score";
import type { LocalizedText } from "../types";
import { formatMoney } from "./formatMoney";
import type { Direction, MeasureKey, PlanUnit } from "./types";

/** A measure of a group of customers, with the phrases goals are written with. */
export interface GroupMeasure {
  readonly name: LocalizedText;
  readonly definition: LocalizedText;
  readonly unit: PlanUnit;
  readonly direction: Direction;
  /** A level that is good enough: a baseline at or beyond it gets a maintain target. */
  readonly benchmark?: number;
  /** "raise … from `from` to `to` by `by`". */
  readonly improve: (from: string, to: string, by: string) => LocalizedText;
  /** "keep … at `at` or better through `by`". */
  readonly maintain: (at: string, by: string) => LocalizedText;
  /** A figure the goal sentence needs besides baseline and target (the profit line). */
  readonly detail?: (score: ScoreResult) => LocalizedText;
  /** The value for a non-empty group. */
  readonly value: (customers: readonly ScoredCustomer[], score: ScoreResult) => number;
}

function share(customers: readonly ScoredCustomer[], test: (c: ScoredCustomer) => boolean): number {
  if (customers.length === 0) {
    throw new DomainError("EMPTY_INPUT", "a group measure needs at least one customer", "群体指标至少需要一位客户");
  }
  return customers.filter(test).length / customers.length;
}

const isHighProfit = (c: ScoredCustomer, score: ScoreResult): boolean =>
  c.profit >= score.tiers.thresholds.profit && (!score.tiers.requirePositive || c.profit > 0);

/**
 * The measures strategies and goals track for a group of customers. Shares are of the group's
 * customers (a ratio 0..1); the churn levels are those of the churn early warning.
 *
 * | measure | value | better | benchmark |
 * |---|---|---|---|
 * | `activeShare` | churn level `none` | higher | ≥ 95 % |
 * | `churnRiskShare` | churn level `warning` or `critical` | lower | ≤ 5 % |
 * | `repeatShare` | 2 or more purchases | higher | — |
 * | `upgradeShare` | profit contribution at or above the value tiers' profit threshold (and above 0 when the tiers require it): the strategic line | higher | — |
 * | `lossShare` | profit contribution below 0 | lower | — |
 * | `averageOrderValue` | revenue ÷ purchases of the group (money) | higher | — |
 *
 * Each `value` throws a `DomainError` (`EMPTY_INPUT`) for a group without customers: an empty
 * group has no baseline, and the plan sets no goal for it.
 *
 * The benchmarks are levels a sales manager would not push further: 95 % of a group without a
 * churn signal, 5 % or less at churn risk. A group already there gets a maintain goal.
 *
 * @example
 * GROUP_MEASURES.churnRiskShare.improve("38%", "26%", "2026-06-30").en
 * // => "cut their churn-risk share from 38% to 26% by 2026-06-30"
 */
export const GROUP_MEASURES: Readonly<Record<MeasureKey, GroupMeasure>> = Object.freeze({
  activeShare: {
    name: { en: "Share with no churn signal", zh: "无流失预警客户占比" },
    definition: {
      en: "Customers whose churn early warning shows no signal (last purchase within their usual rhythm, no P(alive) or complaint warning), divided by the group's customers.",
      zh: "流失预警为“无预警”的客户数（按平常节奏近期有购买，且无存活概率或投诉预警）除以该群体客户数。",
    },
    unit: "share",
    direction: "higher",
    benchmark: 0.95,
    improve: (from, to, by) => ({
      en: `raise the share with no churn signal from ${from} to ${to} by ${by}`,
      zh: `到 ${by} 将无流失预警客户占比从 ${from} 提高到 ${to}`,
    }),
    maintain: (at, by) => ({
      en: `keep the share with no churn signal at ${at} or higher through ${by}`,
      zh: `到 ${by} 保持无流失预警客户占比不低于 ${at}`,
    }),
    value: (customers) => share(customers, (c) => c.churn.level === "none"),
  },
  churnRiskShare: {
    name: { en: "Churn-risk share", zh: "流失风险客户占比" },
    definition: {
      en: "Customers at churn level warning or critical, divided by the group's customers.",
      zh: "流失预警等级为“预警”或“严重”的客户数除以该群体客户数。",
    },
    unit: "share",
    direction: "lower",
    benchmark: 0.05,
    improve: (from, to, by) => ({
      en: `cut their churn-risk share from ${from} to ${to} by ${by}`,
      zh: `到 ${by} 将其流失风险客户占比从 ${from} 降至 ${to}`,
    }),
    maintain: (at, by) => ({
      en: `keep their churn-risk share at ${at} or lower through ${by}`,
      zh: `到 ${by} 保持其流失风险客户占比不高于 ${at}`,
    }),
    value: (customers) => share(customers, (c) => c.churn.level === "warning" || c.churn.level === "critical"),
  },
  repeatShare: {
    name: { en: "Repeat-buyer share", zh: "重复购买客户占比" },
    definition: {
      en: "Customers with two or more purchases, divided by the group's customers.",
      zh: "购买次数不少于 2 次的客户数除以该群体客户数。",
    },
    unit: "share",
    direction: "higher",
    improve: (from, to, by) => ({
      en: `raise the share buying more than once from ${from} to ${to} by ${by}`,
      zh: `到 ${by} 将重复购买客户占比从 ${from} 提高到 ${to}`,
    }),
    maintain: (at, by) => ({
      en: `keep the share buying more than once at ${at} or higher through ${by}`,
      zh: `到 ${by} 保持重复购买客户占比不低于 ${at}`,
    }),
    value: (customers) => share(customers, (c) => c.customer.purchases >= 2),
  },
  upgradeShare: {
    name: { en: "Share at the strategic profit line", zh: "达到战略型利润线的客户占比" },
    definition: {
      en: "Customers whose profit contribution reaches the value tiers' profit threshold (the line strategic accounts are above), divided by the group's customers.",
      zh: "利润贡献达到价值分层利润阈值（战略型客户所在的利润线）的客户数除以该群体客户数。",
    },
    unit: "share",
    direction: "higher",
    improve: (from, to, by) => ({
      en: `raise the share reaching the strategic profit line from ${from} to ${to} by ${by}`,
      zh: `到 ${by} 将达到战略型利润线的客户占比从 ${from} 提高到 ${to}`,
    }),
    maintain: (at, by) => ({
      en: `keep the share at the strategic profit line at ${at} or higher through ${by}`,
      zh: `到 ${by} 保持达到战略型利润线的客户占比不低于 ${at}`,
    }),
    detail: (score) => ({
      en: `profit line: profit contribution ≥ ${formatMoney(score.tiers.thresholds.profit)}`,
      zh: `利润线：利润贡献 ≥ ${formatMoney(score.tiers.thresholds.profit)}`,
    }),
    value: (customers, score) => share(customers, (c) => isHighProfit(c, score)),
  },
  lossShare: {
    name: { en: "Loss-making share", zh: "亏损客户占比" },
    definition: {
      en: "Customers whose profit contribution (margin less cost to serve) is below 0, divided by the group's customers.",
      zh: "利润贡献（毛利减服务成本）小于 0 的客户数除以该群体客户数。",
    },
    unit: "share",
    direction: "lower",
    improve: (from, to, by) => ({
      en: `cut the loss-making share from ${from} to ${to} by ${by}`,
      zh: `到 ${by} 将亏损客户占比从 ${from} 降至 ${to}`,
    }),
    maintain: (at, by) => ({
      en: `keep the loss-making share at ${at} or lower through ${by}`,
      zh: `到 ${by} 保持亏损客户占比不高于 ${at}`,
    }),
    value: (customers) => share(customers, (c) => c.profit < 0),
  },
  averageOrderValue: {
    name: { en: "Average order value", zh: "客单价" },
    definition: {
      en: "Revenue of the group's customers divided by their number of purchases.",
      zh: "该群体客户的销售额除以其购买次数。",
    },
    unit: "money",
    direction: "higher",
    improve: (from, to, by) => ({
      en: `raise the average order value from ${from} to ${to} by ${by}`,
      zh: `到 ${by} 将客单价从 ${from} 提高到 ${to}`,
    }),
    maintain: (at, by) => ({
      en: `keep the average order value at ${at} or higher through ${by}`,
      zh: `到 ${by} 保持客单价不低于 ${at}`,
    }),
    value: (customers) => {
      const revenue = customers.reduce((s, c) => s + c.customer.total, 0);
      const purchases = customers.reduce((s, c) => s + c.customer.purchases, 0);
      if (!(purchases > 0)) {
        throw new DomainError("EMPTY_INPUT", "a group measure needs at least one customer", "群体指标至少需要一位客户");
      }
      return revenue / purchases;
    },
  },
});
