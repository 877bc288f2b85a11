/** Value tiers (价值维度划分): CLV × profit contribution → strategic / high-potential / basic / low-efficiency. */
export { assignValueTiers } from "./assignValueTiers";
export type { TierThreshold, ValueTierAssignment, ValueTierOptions, ValueTierResult } from "./assignValueTiers";
export { formatNumber, formatPercent } from "./formatNumber";
export { profitContribution } from "./profitContribution";
export type { ProfitInput } from "./profitContribution";
export { VALUE_TIER_ORDER, VALUE_TIERS } from "./valueTiers";
export type { ValueTier, ValueTierInfo } from "./valueTiers";
