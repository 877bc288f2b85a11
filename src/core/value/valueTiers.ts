import type { LocalizedText } from "../types";

/**
 * The four value tiers of seed 002 (价值维度划分): CLV (future value) × profit contribution
 * (current value).
 *
 * | tier | CLV | profit | 中文 |
 * |---|---|---|---|
 * | `strategic` | high | high | 战略型 |
 * | `highPotential` | high | low | 高潜力型 |
 * | `basic` | low | high (and positive) | 基础型 |
 * | `lowEfficiency` | low | low | 低效型 |
 */
export type ValueTier = "strategic" | "highPotential" | "basic" | "lowEfficiency";

/** The tiers from the most to the least valuable, for display order and iteration. */
export const VALUE_TIER_ORDER: readonly ValueTier[] = Object.freeze([
  "strategic",
  "highPotential",
  "basic",
  "lowEfficiency",
]);

/** What the plan says about a tier: its name, who is in it, and the default strategies. */
export interface ValueTierInfo {
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /** How much of the account team's resources the tier should get (seed 002: 配套差异化资源投入策略). */
  readonly resources: LocalizedText;
  /** Default strategies, most important first; the plan starts from these and people edit them. */
  readonly strategies: readonly LocalizedText[];
}

/**
 * Labels, descriptions, resource guidance and default strategies of each value tier, in English
 * and Chinese. Data only; the plan generator reads it.
 *
 * The resource guidance follows the split reported for Chinese key-account practice
 * (战略 60 % · 潜力 25 % · 常规 15 %), with low-efficiency customers served at the lowest cost.
 *
 * @example
 * VALUE_TIERS.strategic.label.zh // => "战略型"
 */
export const VALUE_TIERS: Readonly<Record<ValueTier, ValueTierInfo>> = Object.freeze({
  strategic: {
    label: { en: "Strategic", zh: "战略型" },
    description: {
      en: "High lifetime value and high profit contribution today: the accounts the business depends on.",
      zh: "客户生命周期价值高、当前利润贡献也高：企业赖以发展的核心客户。",
    },
    resources: {
      en: "Largest share of resources (about 60%): a dedicated account manager and executive sponsor.",
      zh: "投入最多资源（约 60%）：专属客户经理与高层对接人。",
    },
    strategies: [
      {
        en: "Deepen the partnership: joint planning, regular executive reviews and tailored solutions.",
        zh: "深化合作：联合规划、定期高层回顾、定制化解决方案。",
      },
      {
        en: "Protect the account: service-level commitments and early warning on churn signals.",
        zh: "巩固客户：承诺服务水平，对流失信号提前预警。",
      },
      {
        en: "Expand share of wallet with cross-selling and new product lines.",
        zh: "通过交叉销售和新产品线提升客户钱包份额。",
      },
    ],
  },
  highPotential: {
    label: { en: "High potential", zh: "高潜力型" },
    description: {
      en: "High lifetime value but low profit contribution so far: future value still to be realised.",
      zh: "客户生命周期价值高，但目前利润贡献低：未来价值有待释放。",
    },
    resources: {
      en: "Growth investment (about 25% of resources): targeted development with clear milestones.",
      zh: "成长性投入（约 25% 资源）：有明确里程碑的重点培育。",
    },
    strategies: [
      {
        en: "Cultivate: find unmet needs and offer solutions that grow order size and frequency.",
        zh: "重点培育：挖掘未满足的需求，提供能提高订单规模和频次的方案。",
      },
      {
        en: "Improve margin: review pricing, product mix and the cost to serve.",
        zh: "提升利润率：优化定价、产品组合和服务成本。",
      },
      {
        en: "Set quarterly conversion goals and move successes to the strategic tier.",
        zh: "设定季度转化目标，将培育成功的客户升级为战略型。",
      },
    ],
  },
  basic: {
    label: { en: "Basic", zh: "基础型" },
    description: {
      en: "Adequate, positive profit today but limited future value: steady accounts to keep efficiently.",
      zh: "当前利润为正且尚可，但未来价值有限：需高效维护的稳定客户。",
    },
    resources: {
      en: "Standard service (about 15% of resources): efficient, partly automated coverage.",
      zh: "标准化服务（约 15% 资源）：高效、部分自动化的维护。",
    },
    strategies: [
      {
        en: "Maintain with standard service packages and regular but light-touch contact.",
        zh: "以标准服务包维护，保持定期但轻量的联系。",
      },
      {
        en: "Keep the cost to serve low: online ordering, self-service and bundled deliveries.",
        zh: "控制服务成本：线上下单、自助服务、合并配送。",
      },
      {
        en: "Watch for growth signals that justify moving the customer up a tier.",
        zh: "关注可支持升级的增长信号。",
      },
    ],
  },
  lowEfficiency: {
    label: { en: "Low efficiency", zh: "低效型" },
    description: {
      en: "Low lifetime value and low profit contribution: resources spent here earn little.",
      zh: "客户生命周期价值低、利润贡献也低：投入的资源回报很少。",
    },
    resources: {
      en: "Minimal resources: serve through low-cost channels only.",
      zh: "最少资源：仅通过低成本渠道服务。",
    },
    strategies: [
      {
        en: "Reduce the cost to serve: minimum order sizes, online channels, fewer visits.",
        zh: "降低服务成本：设置最低起订量、转线上渠道、减少拜访。",
      },
      {
        en: "Reprice or change terms where the customer loses money.",
        zh: "对亏损客户重新定价或调整合作条款。",
      },
      {
        en: "Review yearly whether to keep, hand to a distributor, or exit the relationship.",
        zh: "每年评估是否保留、转交经销商或退出合作。",
      },
    ],
  },
});
