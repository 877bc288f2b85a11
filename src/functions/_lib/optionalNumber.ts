import { argumentError } from "./argumentError";
import { errorArgument } from "./errorArgument";
import { numberRule, type NumberLimits } from "./numberRule";
import { shownValue } from "./shownValue";
import { singleValue } from "./singleValue";

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * An optional number argument of a custom function.
 *
 * Blank (omitted, `null`, `""`, white space, an empty 1×1 range) gives `defaultValue`. A number, or
 * text that is a plain decimal number (`" 5 "`, `"2.5"`, `"1e3"`; no thousands separators), is
 * accepted when it is finite and within `limits`. Booleans are rejected rather than read as 1/0,
 * because a TRUE typed into a number argument is almost always a mistake. A 1×1 range counts as its
 * one cell. Whole numbers are not rounded: 2.5 for an integer argument is an error.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in the message
 * @param defaultValue - the value when the argument is blank (not checked against `limits`)
 * @param limits - inclusive `min`/`max` and `integer`
 * @returns the number
 * @throws {DomainError} `BAD_ARGUMENT` (English and Chinese message naming the argument) for an error
 *   value, a boolean, non-numeric text, a multi-cell range, NaN/Infinity, or a value outside `limits`
 *
 * @example
 * optionalNumber("", "bins", 5, { min: 2, max: 10, integer: true }) // => 5
 * optionalNumber([[4]], "bins", 5, { min: 2, max: 10, integer: true }) // => 4
 * optionalNumber(11, "bins", 5, { min: 2, max: 10, integer: true }) // throws "bins must be a whole number from 2 to 10; got 11"
 */
export function optionalNumber(value: unknown, name: string, defaultValue: number, limits: NumberLimits = {}): number {
  const single = singleValue(value, name);
  if (single.kind === "blank") return defaultValue;
  if (single.kind === "error") throw errorArgument(name, single.code);
  const v = single.value;
  const rule = numberRule(limits);
  let n: number;
  if (typeof v === "number") {
    n = v;
  } else if (typeof v === "string" && NUMERIC_TEXT.test(v.trim())) {
    n = Number(v.trim());
  } else {
    throw argumentError(
      name,
      `must be ${rule.en}; got ${shownValue(v)}`,
      `必须是${rule.zh}，当前为 ${shownValue(v)}`,
      v,
    );
  }
  const fits =
    Number.isFinite(n) &&
    (!limits.integer || Number.isInteger(n)) &&
    (limits.min === undefined || n >= limits.min) &&
    (limits.max === undefined || n <= limits.max);
  if (!fits) {
    throw argumentError(
      name,
      `must be ${rule.en}; got ${shownValue(n)}`,
      `必须是${rule.zh}，当前为 ${shownValue(n)}`,
      v,
    );
  }
  return n;
}
