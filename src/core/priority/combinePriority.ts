import { DomainError } from "../errors";
import type { PriorityCriterion, PriorityWeights } from "./priorityWeights";
import { DEFAULT_PRIORITY_WEIGHTS, normalizePriorityWeights, PRIORITY_CRITERIA } from "./priorityWeights";
import type { PriorityCutoffs, PriorityTier } from "./priorityTier";
import { DEFAULT_PRIORITY_CUTOFFS, priorityTier, validatePriorityCutoffs } from "./priorityTier";

/** The four sub-scores, each 0..100. */
export type PrioritySubScores = Readonly<Record<PriorityCriterion, number>>;

/** One criterion's part of a priority score. */
export interface PriorityPart {
  /** The sub-score, 0..100. */
  readonly subScore: number;
  /** The criterion's normalised weight (the four sum to 1). */
  readonly weight: number;
  /** subScore × weight: the points this criterion adds to the score. */
  readonly contribution: number;
}

export interface PriorityBreakdown {
  /** 0..100, the sum of the four contributions. */
  readonly score: number;
  readonly tier: PriorityTier;
  readonly parts: Readonly<Record<PriorityCriterion, PriorityPart>>;
}

export interface CombinePriorityOptions {
  /** Relative weights; default 30 / 25 / 25 / 20 (`DEFAULT_PRIORITY_WEIGHTS`). */
  readonly weights?: PriorityWeights;
  /** Tier cut-offs; default P1 ≥ 70, P2 ≥ 40. */
  readonly cutoffs?: PriorityCutoffs;
}

/**
 * The priority score (seed 002 优先级排序标准): a weighted mean of the four sub-scores, with its
 * decomposition and tier.
 *
 * Method: weights are normalised to sum 1; contribution = sub-score × weight; score = the sum of
 * the contributions, so the parts add up to the score, and the score is never below the lowest
 * nor above the highest sub-score (kept inside 0..100 against floating-point rounding). Raising
 * any sub-score never lowers the score. Tier by `priorityTier`.
 *
 * @param subScores - strategic alignment, return on resources, growth potential and risk
 *   controllability, each 0..100
 * @param options - weights and tier cut-offs
 * @returns the score, tier and parts
 * @throws {DomainError} `BAD_ARGUMENT` when a sub-score is not a number from 0 to 100, or for
 *   invalid weights or cut-offs
 *
 * @example
 * combinePriority({ strategic: 80, returnOnResources: 60, growth: 70, riskControl: 90 })
 * // => score 74.5 (24 + 15 + 17.5 + 18), tier "P1"
 */
export function combinePriority(subScores: PrioritySubScores, options: CombinePriorityOptions = {}): PriorityBreakdown {
  const weights = normalizePriorityWeights(options.weights ?? DEFAULT_PRIORITY_WEIGHTS);
  const cutoffs = validatePriorityCutoffs(options.cutoffs ?? DEFAULT_PRIORITY_CUTOFFS);
  for (const key of PRIORITY_CRITERIA) {
    const v: unknown = subScores[key];
    if (typeof v !== "number" || !(v >= 0 && v <= 100)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `the ${key} sub-score must be a number from 0 to 100, got ${String(v)}`,
        `${key} 子得分必须是 0 到 100 之间的数，收到 ${String(v)}`,
        { key, value: v },
      );
    }
  }
  const part = (key: PriorityCriterion): PriorityPart => ({
    subScore: subScores[key],
    weight: weights[key],
    contribution: subScores[key] * weights[key],
  });
  const parts = {
    strategic: part("strategic"),
    returnOnResources: part("returnOnResources"),
    growth: part("growth"),
    riskControl: part("riskControl"),
  };
  const sum = PRIORITY_CRITERIA.reduce((s, k) => s + parts[k].contribution, 0);
  const score = Math.min(100, Math.max(0, sum));
  return { score, tier: priorityTier(score, cutoffs), parts };
}
