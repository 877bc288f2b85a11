import type { LocalizedText } from "../../core/types";

/** Limits an optional number argument must respect. Bounds are inclusive. */
export interface NumberLimits {
  readonly min?: number;
  readonly max?: number;
  /** When true, only whole numbers are accepted (no rounding is done). */
  readonly integer?: boolean;
}

/**
 * What a number argument must be, in words, for error messages.
 *
 * @param limits - the argument's limits
 * @returns the rule in English and Chinese
 *
 * @example
 * numberRule({ min: 2, max: 10, integer: true }).en // => "a whole number from 2 to 10"
 * numberRule({ min: 0 }).zh // => "不小于 0 的数字"
 */
export function numberRule(limits: NumberLimits): LocalizedText {
  const kindEn = limits.integer ? "a whole number" : "a number";
  const kindZh = limits.integer ? "整数" : "数字";
  const { min, max } = limits;
  if (min !== undefined && max !== undefined) {
    return { en: `${kindEn} from ${min} to ${max}`, zh: `介于 ${min} 到 ${max} 之间的${kindZh}` };
  }
  if (min !== undefined) return { en: `${kindEn} ≥ ${min}`, zh: `不小于 ${min} 的${kindZh}` };
  if (max !== undefined) return { en: `${kindEn} ≤ ${max}`, zh: `不大于 ${max} 的${kindZh}` };
  return { en: kindEn, zh: kindZh };
}
