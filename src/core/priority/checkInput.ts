import { DomainError } from "../errors";

/** Allowed range of a number: `min`/`max` inclusive, `above` exclusive. */
export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  readonly above?: number;
}

/** Ranges the priority inputs use, shared: checked once per customer, they are not rebuilt each time. */
export const ANY_NUMBER: NumberRange = Object.freeze({});
export const NON_NEGATIVE: NumberRange = Object.freeze({ min: 0 });
export const POSITIVE: NumberRange = Object.freeze({ above: 0 });
export const UNIT_INTERVAL: NumberRange = Object.freeze({ min: 0, max: 1 });

/**
 * Throws `BAD_ARGUMENT` (English and Chinese) unless `value` is undefined or a finite number in
 * the range. Shared by the priority functions so that none of them can turn bad input into NaN.
 *
 * @param field - the input's name, as written in messages
 * @param value - the value to check
 * @param range - inclusive `min`/`max`, exclusive `above`; default any finite number
 * @param index - 0-based row, named in the message (1-based) when given
 * @throws {DomainError} `BAD_ARGUMENT` when the value is not a finite number or outside the range
 *
 * @example
 * checkNumber("pAlive", 0.4, { min: 0, max: 1 }) // => undefined (no error)
 * checkNumber("pAlive", 2, { min: 0, max: 1 }, 1)
 * // throws "row 2: pAlive must be a finite number from 0 to 1, got 2"
 */
export function checkNumber(field: string, value: unknown, range: NumberRange = ANY_NUMBER, index?: number): void {
  if (value === undefined) return;
  const { min = -Infinity, max = Infinity, above } = range;
  if (
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (above === undefined || value > above)
  ) {
    return;
  }
  const words =
    above !== undefined
      ? { en: ` above ${above}`, zh: `（大于 ${above}）` }
      : min === -Infinity && max === Infinity
        ? { en: "", zh: "" }
        : max === Infinity
          ? { en: ` of at least ${min}`, zh: `（不小于 ${min}）` }
          : { en: ` from ${min} to ${max}`, zh: `（${min} 到 ${max} 之间）` };
  fail(field, value, `must be a finite number${words.en}`, `必须是有限数${words.zh}`, index);
}

/**
 * Throws `BAD_ARGUMENT` unless `value` is undefined or one of `keys`.
 *
 * @param field - the input's name, as written in messages
 * @param value - the value to check
 * @param keys - the allowed values
 * @param index - 0-based row, named in the message (1-based) when given
 * @throws {DomainError} `BAD_ARGUMENT` when the value is not one of the keys
 *
 * @example
 * checkKey("creditRisk", "low", ["low", "medium", "high"]) // => undefined (no error)
 * checkKey("creditRisk", "none", ["low", "medium", "high"])
 * // throws "creditRisk must be one of low, medium, high, got none"
 */
export function checkKey(field: string, value: unknown, keys: readonly string[], index?: number): void {
  if (value === undefined || (typeof value === "string" && keys.includes(value))) return;
  fail(field, value, `must be one of ${keys.join(", ")}`, `必须是 ${keys.join("、")} 之一`, index);
}

function fail(field: string, value: unknown, en: string, zh: string, index: number | undefined): never {
  const row = index === undefined ? { en: "", zh: "" } : { en: `row ${index + 1}: `, zh: `第 ${index + 1} 行：` };
  throw new DomainError(
    "BAD_ARGUMENT",
    `${row.en}${field} ${en}, got ${String(value)}`,
    `${row.zh}${field} ${zh}，收到 ${String(value)}`,
    index === undefined ? { field, value } : { index, field, value },
  );
}
