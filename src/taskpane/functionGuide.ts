import type { LocalizedText } from "../core/types";

/** One `=CDP.*` function as the task pane's guide presents it. */
export interface GuideEntry {
  /** The formula name, namespace included. */
  readonly name: string;
  readonly summary: LocalizedText;
  /** A formula the user can type: over a customer table in A1:F201, or a transaction log in A1:C5001, with headers. */
  readonly example: string;
}

/** The custom functions, one line each, in the order a user meets them. */
export const FUNCTION_GUIDE: readonly GuideEntry[] = [
  {
    name: "CDP.RFM",
    summary: {
      en: "Recency, frequency and monetary scores, the RFM code and a segment for each customer.",
      zh: "为每位客户计算最近购买（R）、购买频率（F）、消费金额（M）评分、RFM 代码和客户细分。",
    },
    example: '=CDP.RFM(A1:F201, "2025-01-23", "all")',
  },
  {
    name: "CDP.CLV",
    summary: {
      en: "Customer lifetime value of each customer, by the method you choose.",
      zh: "按所选方法计算每位客户的客户生命周期价值（CLV）。",
    },
    example: '=CDP.CLV(A1:F201, "2025-01-23")',
  },
  {
    name: "CDP.PRIORITY",
    summary: {
      en: "A 0–100 priority score and tier (P1/P2/P3) for each customer.",
      zh: "为每位客户给出 0–100 的优先级得分和等级（P1/P2/P3）。",
    },
    example: '=CDP.PRIORITY(A1:F201, "2025-01-23")',
  },
  {
    name: "CDP.SUMMARY",
    summary: {
      en: "Summarises a transaction log per customer: purchases, total, frequency, recency, T and average spend.",
      zh: "按客户汇总交易流水：购买次数、总金额、重复购买次数、最近度、观察期和平均消费。",
    },
    example: '=CDP.SUMMARY(A1:C5001, "2025-12-31", "weeks")',
  },
  {
    name: "CDP.VERSION",
    summary: { en: "The version of the add-in in use.", zh: "当前使用的加载项版本。" },
    example: "=CDP.VERSION()",
  },
];
