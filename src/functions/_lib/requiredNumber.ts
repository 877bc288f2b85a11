import { argumentError } from "./argumentError";
import { numberRule, type NumberLimits } from "./numberRule";
import { optionalNumber } from "./optionalNumber";

/**
 * A number argument that must be given: as {@link optionalNumber}, but a blank is an error.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in the message
 * @param limits - inclusive `min`/`max` and `integer`
 * @returns the number
 * @throws {DomainError} `BAD_ARGUMENT` for a blank, and for everything {@link optionalNumber} rejects
 *
 * @example
 * requiredNumber("0.24", "r", { min: 0 }) // => 0.24
 * requiredNumber("", "r") // throws "r is required: a number"
 */
export function requiredNumber(value: unknown, name: string, limits: NumberLimits = {}): number {
  const n = optionalNumber(value, name, Number.NaN, limits);
  if (Number.isNaN(n)) {
    const rule = numberRule(limits);
    throw argumentError(name, `is required: ${rule.en}`, `不能为空：请提供${rule.zh}`, value);
  }
  return n;
}
