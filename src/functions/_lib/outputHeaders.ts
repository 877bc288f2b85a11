import type { LocalizedText } from "../../core/types";

/**
 * Headers of the `=CDP.*` result columns that the task pane's score columns do not have (those come
 * from `SCORE_COLUMNS`, see {@link scoreColumn}), in English and Chinese. The customer-ID header is
 * the one the task pane writes on its per-customer sheet.
 *
 * @example
 * OUTPUT_HEADERS.expectedSpend.zh // => "预期单次消费"
 */
export const OUTPUT_HEADERS = Object.freeze({
  customerId: { en: "Customer ID", zh: "客户编号" },
  expectedSpend: { en: "Expected_spend", zh: "预期单次消费" },
  method: { en: "Method", zh: "计算方法" },
  strategic: { en: "Strategic_alignment", zh: "战略对齐度" },
  returnOnResources: { en: "Return_on_resources", zh: "资源投入产出比" },
  growth: { en: "Growth_potential", zh: "客户成长潜力" },
  riskControl: { en: "Risk_control", zh: "风险可控性" },
} satisfies Record<string, LocalizedText>);

/**
 * Headers of `=CDP.SUMMARY`: customer ID, first and last purchase, purchases and total (which
 * `=CDP.RFM`, `=CDP.CLV` and `=CDP.PRIORITY` recognise as a customer summary), then lifetimes'
 * names for the model columns, so the result reads like lifetimes' `summary_data_from_transaction_data`.
 *
 * @example
 * SUMMARY_HEADERS.slice(5) // => ["frequency", "recency", "T", "monetary_value"]
 */
export const SUMMARY_HEADERS: readonly string[] = Object.freeze([
  "Customer ID",
  "First purchase",
  "Last purchase",
  "Purchases",
  "Total amount",
  "frequency",
  "recency",
  "T",
  "monetary_value",
]);
