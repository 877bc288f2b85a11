import { DomainError } from "../errors";

/** The four criteria of seed 002's 优先级排序标准. */
export type PriorityCriterion = "strategic" | "returnOnResources" | "growth" | "riskControl";

/** The criteria in the seed's order. */
export const PRIORITY_CRITERIA: readonly PriorityCriterion[] = Object.freeze([
  "strategic",
  "returnOnResources",
  "growth",
  "riskControl",
]);

/** Relative weight of each criterion; any non-negative scale (they are normalised to sum 1). */
export type PriorityWeights = Readonly<Record<PriorityCriterion, number>>;

/**
 * Default weights 30 / 25 / 25 / 20: strategic alignment (战略对齐度) first, as the seed lists
 * it first and calls it "优先推进"; return on resources (资源投入产出比) and growth potential
 * (客户成长潜力) equal; risk controllability (风险可控性) last, as a guard-rail rather than a driver.
 *
 * @example
 * DEFAULT_PRIORITY_WEIGHTS.strategic // => 30
 */
export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = Object.freeze({
  strategic: 30,
  returnOnResources: 25,
  growth: 25,
  riskControl: 20,
});

/**
 * Validates weights and scales them to sum 1.
 *
 * @param weights - one non-negative finite number per criterion, not all zero
 * @returns the weights divided by their sum
 * @throws {DomainError} `BAD_ARGUMENT` when a weight is missing, negative or not finite, or when all are zero
 *
 * @example
 * normalizePriorityWeights({ strategic: 30, returnOnResources: 25, growth: 25, riskControl: 20 })
 * // => { strategic: 0.3, returnOnResources: 0.25, growth: 0.25, riskControl: 0.2 }
 */
export function normalizePriorityWeights(weights: PriorityWeights): PriorityWeights {
  for (const key of PRIORITY_CRITERIA) {
    const w: unknown = weights[key];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `the ${key} weight must be a non-negative number, got ${String(w)}`,
        `${key} 权重必须是非负数，收到 ${String(w)}`,
        { key, weight: w },
      );
    }
  }
  const sum = PRIORITY_CRITERIA.reduce((s, k) => s + weights[k], 0);
  if (!(sum > 0)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "at least one priority weight must be more than 0",
      "优先级权重中至少有一项必须大于 0",
      { weights },
    );
  }
  return {
    strategic: weights.strategic / sum,
    returnOnResources: weights.returnOnResources / sum,
    growth: weights.growth / sum,
    riskControl: weights.riskControl / sum,
  };
}
