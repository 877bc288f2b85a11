/** The BG/NBD purchase model: fit, likelihood, P(alive), expected purchases and the purchase-count distribution. */
export type { BgnbdData, BgnbdFit, BgnbdHistory, BgnbdParams, BgnbdRouteCounts, FitBgnbdOptions } from "./bgnbdTypes";
export { checkBgnbdParams } from "./checkBgnbdParams";
export { bgnbdHistoryProblem, checkBgnbdHistory } from "./checkBgnbdHistory";
export { checkHorizon } from "./checkHorizon";
export { bgnbdLogLikelihood } from "./bgnbdLogLikelihood";
export { bgnbdObjective, type BgnbdPatternData } from "./bgnbdObjective";
export { fitBgnbd } from "./fitBgnbd";
export { bgnbdLogOddsDead } from "./bgnbdLogOddsDead";
export { bgnbdProbabilityAlive } from "./bgnbdProbabilityAlive";
export { bgnbdExpectedPurchasesPath } from "./bgnbdExpectedPurchasesPath";
export { bgnbdExpectedPurchases } from "./bgnbdExpectedPurchases";
export { bgnbdExpectedPurchasesByQuadrature } from "./bgnbdExpectedPurchasesByQuadrature";
export { bgnbdUnconditionalPurchases } from "./bgnbdUnconditionalPurchases";
export { bgnbdPmf } from "./bgnbdPmf";
export { bgnbdLimitPurchasesPath } from "./bgnbdLimitPurchasesPath";
export { BGNBD_LIMIT_SWITCH, bgnbdLimitGap } from "./bgnbdLimitGap";
