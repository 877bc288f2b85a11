import type { LocalizedText } from "../types";

/** Where a sub-score came from. */
export type SubScoreSource =
  | "strategicFit"
  | "clvPercentile"
  | "valueTier"
  | "profitPerCost"
  | "profit"
  | "growth"
  | "expectedPurchases"
  | "clvVsHistory"
  | "pAlive"
  | "churnLevel"
  | "creditRisk";

/**
 * One criterion's sub-score, 0..100, with the data it rests on. When no data was available the
 * value is the neutral 50, `sources` is empty and `known` is false.
 */
export interface SubScore {
  readonly value: number;
  readonly sources: readonly SubScoreSource[];
  readonly known: boolean;
  readonly reason: LocalizedText;
}

/** The neutral sub-score used when a criterion has no data. */
export const NEUTRAL_SUB_SCORE = 50;
