import { lazyText } from "../lazyText";
import type { LocalizedText } from "../types";
import { formatNumber } from "../value/formatNumber";
import type { ValueTier } from "../value/valueTiers";
import { VALUE_TIER_ORDER, VALUE_TIERS } from "../value/valueTiers";
import type { SubScore } from "./subScore";
import { NEUTRAL_SUB_SCORE } from "./subScore";
import { UNIT_INTERVAL, checkKey, checkNumber } from "./checkInput";

/**
 * Sub-score of each value tier when it stands in for strategic alignment: evenly spaced over
 * 0..100 in the tiers' order (CLV first, then profit), like the ends of the CLV percentile range.
 */
export const VALUE_TIER_ALIGNMENT: Readonly<Record<ValueTier, number>> = Object.freeze({
  strategic: 100,
  highPotential: 200 / 3,
  basic: 100 / 3,
  lowEfficiency: 0,
});

/**
 * Strategic-alignment sub-score (战略对齐度), 0..100, for one customer.
 *
 * Method, by the first source available:
 * 1. `strategicFit` (0..1, the team's own judgement from the table) → 100 × fit;
 * 2. the customer's CLV percentile in the population (`clvPercentile`, 0..100, ties equal): long-term
 *    value stands in for long-term strategic fit;
 * 3. the value tier: strategic 100, high-potential 66.7, basic 33.3, low-efficiency 0;
 * 4. nothing known → the neutral 50, marked unknown.
 *
 * @param row - optional `strategicFit` (0..1) and `valueTier`
 * @param clvPercentile - the customer's CLV percentile, 0..100, when CLV is known
 * @returns the sub-score with its source and reason
 * @throws {DomainError} `BAD_ARGUMENT` when `strategicFit` is not in 0..1, `clvPercentile` not in 0..100, or
 *   `valueTier` not a value tier
 *
 * @example
 * strategicAlignment({ strategicFit: 0.8 }).value // => 80
 * strategicAlignment({ valueTier: "basic" }, 90).value // => 90 (CLV percentile comes before the tier)
 */
export function strategicAlignment(
  row: { readonly strategicFit?: number; readonly valueTier?: ValueTier },
  clvPercentile?: number,
): SubScore {
  checkNumber("strategicFit", row.strategicFit, UNIT_INTERVAL);
  checkNumber("clvPercentile", clvPercentile, { min: 0, max: 100 });
  checkKey("valueTier", row.valueTier, VALUE_TIER_ORDER);
  if (row.strategicFit !== undefined) {
    const value = 100 * row.strategicFit;
    const fit = row.strategicFit;
    return {
      value,
      sources: ["strategicFit"],
      known: true,
      reason: lazyText(() =>
        text(`strategic fit ${formatNumber(fit, 2)}`, `战略匹配度 ${formatNumber(fit, 2)}`, value),
      ),
    };
  }
  if (clvPercentile !== undefined) {
    const percentile = clvPercentile;
    return {
      value: percentile,
      sources: ["clvPercentile"],
      known: true,
      reason: lazyText(() => {
        const pct = formatNumber(percentile, 0);
        return text(`CLV percentile ${pct}`, `客户生命周期价值百分位 ${pct}`, percentile);
      }),
    };
  }
  if (row.valueTier !== undefined) {
    const value = VALUE_TIER_ALIGNMENT[row.valueTier];
    const label = VALUE_TIERS[row.valueTier].label;
    return {
      value,
      sources: ["valueTier"],
      known: true,
      reason: lazyText(() => text(`value tier ${label.en}`, `价值层级 ${label.zh}`, value)),
    };
  }
  return {
    value: NEUTRAL_SUB_SCORE,
    sources: [],
    known: false,
    reason: {
      en: `strategic alignment unknown (no strategic fit, CLV or value tier): neutral ${NEUTRAL_SUB_SCORE}`,
      zh: `战略对齐度未知（无战略匹配度、客户生命周期价值或价值层级）：按中性 ${NEUTRAL_SUB_SCORE} 分计`,
    },
  };
}

function text(en: string, zh: string, value: number): LocalizedText {
  const v = formatNumber(value, 1);
  return { en: `strategic alignment ${v}: ${en}`, zh: `战略对齐度 ${v} 分：${zh}` };
}
