import { PRIORITY_CRITERIA } from "../core/priority";
import type { PriorityCriterion, PriorityWeights } from "../core/priority";

/**
 * The priority weights after the user moves one slider: that weight takes the new value and the
 * other three share the rest of 100 % in proportion to what they had, so the four always add up
 * to 100 and keep their order.
 *
 * Method: the new value is rounded to a whole percent and kept within 0..100. The other three get
 * `rest × w / (sum of the three)`, where `rest` = 100 − the new value; when the three were all 0
 * they share `rest` equally. The shares are then made whole percents by the largest-remainder
 * rule (each is rounded down, and the percents left over go to the largest fractions, ties in
 * the order strategic, return, growth, risk), so each differs from its exact share by less than 1.
 * Constant time.
 *
 * @param weights - the current weights in percent (normally whole numbers adding up to 100)
 * @param criterion - the weight the user moved
 * @param value - its new value in percent
 * @returns new weights: whole percents, each 0..100, adding up to exactly 100
 *
 * @example
 * rebalanceWeights({ strategic: 30, returnOnResources: 25, growth: 25, riskControl: 20 }, "strategic", 50)
 * // => { strategic: 50, returnOnResources: 18, growth: 18, riskControl: 14 }
 */
export function rebalanceWeights(
  weights: PriorityWeights,
  criterion: PriorityCriterion,
  value: number,
): PriorityWeights {
  const moved = Number.isFinite(value) ? Math.min(100, Math.max(0, Math.round(value))) : weights[criterion];
  const others = PRIORITY_CRITERIA.filter((c) => c !== criterion);
  const rest = 100 - moved;
  const current = others.map((c) => (Number.isFinite(weights[c]) && weights[c] > 0 ? weights[c] : 0));
  const sum = current.reduce((s, w) => s + w, 0);
  const exact = current.map((w) => (sum > 0 ? (rest * w) / sum : rest / others.length));
  const whole = exact.map(Math.floor);
  let left = rest - whole.reduce((s, w) => s + w, 0);
  const byFraction = exact
    .map((x, i) => ({ i, fraction: x - whole[i] }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of byFraction) {
    if (left <= 0) break;
    whole[i] += 1;
    left -= 1;
  }
  const result = { [criterion]: moved } as Record<PriorityCriterion, number>;
  others.forEach((c, i) => {
    result[c] = whole[i];
  });
  return {
    strategic: result.strategic,
    returnOnResources: result.returnOnResources,
    growth: result.growth,
    riskControl: result.riskControl,
  };
}
