import type { LocalizedText } from "../types";

/** The metrics of key-account screening (seed 004 大客户开发: 对大客户进行分析). */
export type HealthMetric = "currentRatio" | "netMargin" | "roa" | "dso" | "inventoryDays" | "monthlyVolume";

/** How a metric's value is shown: a plain ratio (1.5), a percent (0.12 → 12%), days, or money. */
export type HealthMetricUnit = "ratio" | "percent" | "days" | "money";

export interface HealthMetricInfo {
  readonly label: LocalizedText;
  readonly unit: HealthMetricUnit;
  /** What the metric tells about the customer, in the seed's words. */
  readonly meaning: LocalizedText;
}

/** The metrics in the order checks and reasons list them. */
export const HEALTH_METRIC_ORDER: readonly HealthMetric[] = Object.freeze([
  "currentRatio",
  "netMargin",
  "roa",
  "dso",
  "inventoryDays",
  "monthlyVolume",
]);

/**
 * Labels, units and meaning of each screening metric in English and Chinese. Data only.
 *
 * @example
 * HEALTH_METRICS.dso.label.zh // => "回款周期"
 */
export const HEALTH_METRICS: Readonly<Record<HealthMetric, HealthMetricInfo>> = Object.freeze({
  currentRatio: {
    label: { en: "Current ratio", zh: "流动比率" },
    unit: "ratio",
    meaning: {
      en: "Current assets / current liabilities: whether the customer has the cash to pay.",
      zh: "流动资产 / 流动负债：客户是否有买单的现金实力。",
    },
  },
  netMargin: {
    label: { en: "Net profit margin", zh: "净利润率" },
    unit: "percent",
    meaning: {
      en: "Net income / revenue: how profitable the customer's business is.",
      zh: "净利润 / 营业收入：衡量客户整体的收益状况。",
    },
  },
  roa: {
    label: { en: "Return on assets", zh: "资产回报率" },
    unit: "percent",
    meaning: {
      en: "Net income / total assets: return on investment, a sign of management quality.",
      zh: "净利润 / 总资产：比较投资与收益，评估客户公司的管理水平。",
    },
  },
  dso: {
    label: { en: "Days sales outstanding", zh: "回款周期" },
    unit: "days",
    meaning: {
      en: "Average days the customer takes to pay its invoices.",
      zh: "客户平均回款天数，反映其现金是用于偿还欠款还是作为流动资金。",
    },
  },
  inventoryDays: {
    label: { en: "Inventory days", zh: "存货周期" },
    unit: "days",
    meaning: {
      en: "Days of stock on hand: the customer's sales strength and cash velocity.",
      zh: "存货周转天数：衡量客户的销售能力或实际使用量，以及现金流动速度。",
    },
  },
  monthlyVolume: {
    label: { en: "Monthly purchase volume", zh: "月采购量" },
    unit: "money",
    meaning: {
      en: "Average purchases per month, in money: whether the account is large enough to develop.",
      zh: "月均采购金额：客户规模是否值得作为大客户开发。",
    },
  },
});
