/** Key-account financial health (大客户开发: 财务指标, 回款周期, 存货周期) and credit risk. */
export { CREDIT_RISK_LABELS } from "./creditRisk";
export type { CreditRisk } from "./creditRisk";
export { HEALTH_METRIC_ORDER, HEALTH_METRICS } from "./healthMetrics";
export type { HealthMetric, HealthMetricInfo, HealthMetricUnit } from "./healthMetrics";
export { DEFAULT_KEY_ACCOUNT_THRESHOLDS, resolveKeyAccountThresholds } from "./keyAccountThresholds";
export type { KeyAccountThresholds } from "./keyAccountThresholds";
export { screenKeyAccount } from "./screenKeyAccount";
export type { HealthCheck, HealthRag, KeyAccountInput, KeyAccountScreening } from "./screenKeyAccount";
