/** Priority score (优先级排序标准): four weighted sub-scores → 0–100, tiers P1/P2/P3, with its decomposition. */
export { combinePriority } from "./combinePriority";
export type { CombinePriorityOptions, PriorityBreakdown, PriorityPart, PrioritySubScores } from "./combinePriority";
export { growthPotential } from "./growthPotential";
export type { GrowthInput, GrowthOptions } from "./growthPotential";
export { percentileRanks } from "./percentileRanks";
export { DEFAULT_PRIORITY_CUTOFFS, PRIORITY_TIERS, priorityTier, validatePriorityCutoffs } from "./priorityTier";
export type { PriorityCutoffs, PriorityTier, PriorityTierInfo } from "./priorityTier";
export { DEFAULT_PRIORITY_WEIGHTS, normalizePriorityWeights, PRIORITY_CRITERIA } from "./priorityWeights";
export type { PriorityCriterion, PriorityWeights } from "./priorityWeights";
export { returnOnResources } from "./returnOnResources";
export type { ReturnBasis, ReturnOnResourcesResult } from "./returnOnResources";
export { CHURN_LEVEL_RISK, CREDIT_RISK_VALUE, riskControllability } from "./riskControllability";
export type { RiskInput } from "./riskControllability";
export { scorePriority } from "./scorePriority";
export type {
  PriorityInput,
  PriorityOptions,
  PriorityPartDetail,
  PriorityResult,
  PriorityScore,
} from "./scorePriority";
export { strategicAlignment, VALUE_TIER_ALIGNMENT } from "./strategicAlignment";
export { NEUTRAL_SUB_SCORE } from "./subScore";
export type { SubScore, SubScoreSource } from "./subScore";
