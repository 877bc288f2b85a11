/** Churn early warning (流失预警): recency against the usual gap, P(alive), complaints. */
export { CHURN_LEVEL_ORDER, CHURN_LEVELS, churnLevelOfScore } from "./churnLevels";
export type { ChurnLevel, ChurnLevelInfo } from "./churnLevels";
export { churnWarning } from "./churnWarning";
export type { ChurnInput, ChurnOptions, ChurnSignal, ChurnSignalKind, ChurnWarning } from "./churnWarning";
export { medianInterPurchaseDays } from "./medianInterPurchaseDays";
export { usualInterPurchaseDays } from "./usualInterPurchaseDays";
export type { InterPurchaseInput } from "./usualInterPurchaseDays";
