import type { LocalizedText } from "../types";

/** Credit-risk level from key-account screening. */
export type CreditRisk = "low" | "medium" | "high";

/**
 * Labels of the credit-risk levels in English and Chinese. Data only.
 *
 * @example
 * CREDIT_RISK_LABELS.high.zh // => "高信用风险"
 */
export const CREDIT_RISK_LABELS: Readonly<Record<CreditRisk, LocalizedText>> = Object.freeze({
  low: { en: "Low credit risk", zh: "低信用风险" },
  medium: { en: "Medium credit risk", zh: "中信用风险" },
  high: { en: "High credit risk", zh: "高信用风险" },
});
