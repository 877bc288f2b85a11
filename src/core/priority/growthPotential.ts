import { lazyText } from "../lazyText";
import type { LocalizedText } from "../types";
import { formatNumber, formatPercent } from "../value/formatNumber";
import type { SubScore, SubScoreSource } from "./subScore";
import { NEUTRAL_SUB_SCORE } from "./subScore";
import { NON_NEGATIVE, POSITIVE, checkNumber } from "./checkInput";

/** The fields {@link growthPotential} reads. */
export interface GrowthInput {
  /** Growth rate of the customer's purchases or business (0.1 = +10%). */
  readonly growth?: number;
  /** Expected repeat purchases over the horizon (e.g. BG/NBD's conditional expectation). */
  readonly expectedPurchases?: number;
  /** Repeat purchases so far, x. */
  readonly repeatCount?: number;
  /** Days since the first purchase, T. */
  readonly ageDays?: number;
  /** CLV over the horizon. */
  readonly clv?: number;
  /** Value earned so far, in the same terms as `clv` (e.g. margin when CLV is margin-based). */
  readonly historicalValue?: number;
}

export interface GrowthOptions {
  /** Days covered by `expectedPurchases` and `clv`; without it only `growth` can be used. */
  readonly horizonDays?: number;
  /** Growth rate that scores 100 (and its negative, 0). Default 0.5 (±50%). */
  readonly saturation?: number;
}

/**
 * Growth-potential sub-score (客户成长潜力), 0..100, for one customer.
 *
 * Method: a growth rate g is taken from the first source available —
 * 1. `growth` from the table;
 * 2. expected vs past repeat-purchase rate: g = (expectedPurchases / horizonDays) /
 *    (repeatCount / ageDays) − 1 (needs at least one repeat purchase and the horizon);
 * 3. CLV vs historical value, per day: g = (clv / horizonDays) / (historicalValue / ageDays) − 1
 *    (needs a positive historical value and the horizon);
 * then score = 50 + 50 × clamp(g / saturation, −1, 1): no growth scores 50, +50% or more 100,
 * −50% or less 0 with the default saturation. Nothing usable → the neutral 50, marked unknown.
 * An absolute scale (not a percentile) keeps "growing 30%" meaning the same in any population.
 *
 * @param row - the growth data available for the customer
 * @param options - the horizon of the model figures and the saturation rate
 * @returns the sub-score with its source and reason
 * @throws {DomainError} `BAD_ARGUMENT` when a number is not finite, when a count, age or historical
 *   value is negative, or when the horizon or saturation is not above 0
 *
 * @example
 * growthPotential({ growth: 0.2 }).value // => 70
 * growthPotential({ expectedPurchases: 3, repeatCount: 2, ageDays: 365 }, { horizonDays: 365 }).value
 * // => 100 (3 expected vs 2 past repeat purchases a year: +50%)
 */
export function growthPotential(row: GrowthInput, options: GrowthOptions = {}): SubScore {
  const saturation = options.saturation ?? 0.5;
  const h = options.horizonDays;
  checkNumber("saturation", saturation, POSITIVE);
  checkNumber("horizonDays", h, POSITIVE);
  checkNumber("growth", row.growth);
  checkNumber("clv", row.clv);
  for (const field of ["expectedPurchases", "repeatCount", "ageDays", "historicalValue"] as const) {
    checkNumber(field, row[field], NON_NEGATIVE);
  }
  const found = rateOf(row, h);
  if (found === undefined) {
    return {
      value: NEUTRAL_SUB_SCORE,
      sources: [],
      known: false,
      reason: {
        en: `growth potential unknown (no growth rate or model forecast): neutral ${NEUTRAL_SUB_SCORE}`,
        zh: `成长潜力未知（无增长率或模型预测）：按中性 ${NEUTRAL_SUB_SCORE} 分计`,
      },
    };
  }
  const value = 50 + 50 * Math.min(1, Math.max(-1, found.rate / saturation));
  return {
    value,
    sources: [found.source],
    known: true,
    reason: lazyText(() => {
      const v = formatNumber(value, 1);
      const g = signedPercent(found.rate);
      const detail = found.detail ? { en: ` (${found.detail.en})`, zh: `（${found.detail.zh}）` } : { en: "", zh: "" };
      return {
        en: `growth potential ${v}: ${found.label.en} ${g}${detail.en}`,
        zh: `成长潜力 ${v} 分：${found.label.zh} ${g}${detail.zh}`,
      };
    }),
  };
}

interface FoundRate {
  readonly rate: number;
  readonly source: SubScoreSource;
  readonly label: LocalizedText;
  readonly detail?: LocalizedText;
}

function rateOf(row: GrowthInput, h: number | undefined): FoundRate | undefined {
  if (row.growth !== undefined) {
    return { rate: row.growth, source: "growth", label: { en: "growth rate", zh: "增长率" } };
  }
  const { expectedPurchases: e, repeatCount: x, ageDays: T, clv, historicalValue: hist } = row;
  if (h === undefined || !(h > 0) || T === undefined || !(T > 0)) return undefined;
  const days = (n: number) => formatNumber(n, 0);
  if (e !== undefined && x !== undefined && x > 0 && e >= 0) {
    return {
      rate: e / h / (x / T) - 1,
      source: "expectedPurchases",
      label: { en: "purchase-rate change", zh: "购买频率变化" },
      detail: lazyText(() => ({
        en: `expected ${formatNumber(e, 1)} repeat purchases in ${days(h)} days vs ${formatNumber(x, 0)} in the past ${days(T)} days`,
        zh: `预计 ${days(h)} 天内复购 ${formatNumber(e, 1)} 次，过去 ${days(T)} 天复购 ${formatNumber(x, 0)} 次`,
      })),
    };
  }
  if (clv !== undefined && hist !== undefined && hist > 0) {
    return {
      rate: clv / h / (hist / T) - 1,
      source: "clvVsHistory",
      label: { en: "value-rate change", zh: "价值贡献速度变化" },
      detail: lazyText(() => ({
        en: `CLV ${formatNumber(clv, 2)} over ${days(h)} days vs ${formatNumber(hist, 2)} earned in ${days(T)} days`,
        zh: `未来 ${days(h)} 天客户生命周期价值 ${formatNumber(clv, 2)}，过去 ${days(T)} 天已实现 ${formatNumber(hist, 2)}`,
      })),
    };
  }
  return undefined;
}

function signedPercent(rate: number): string {
  const text = formatPercent(rate, 1);
  return rate > 0 && text !== "0%" ? `+${text}` : text;
}
