import { DomainError } from "../errors";

/** The time unit of a model's tx, T and α. */
export type TimeUnit = "days" | "weeks";

/**
 * Model time units per month, as lifetimes defines them (`_customer_lifetime_value`, freq "D"/"W"):
 * a month is 30 days, or 4.345 weeks (30.415 days).
 *
 * @param unit - "days" or "weeks"
 * @returns 30 for days, 4.345 for weeks
 * @throws {DomainError} `BAD_ARGUMENT` for any other unit
 *
 * @example
 * unitsPerMonth("weeks") // => 4.345
 */
export function unitsPerMonth(unit: TimeUnit): number {
  if (unit === "days") return 30;
  if (unit === "weeks") return 4.345;
  throw new DomainError(
    "BAD_ARGUMENT",
    `the time unit must be "days" or "weeks" (got ${String(unit)})`,
    `时间单位必须是 "days"（天）或 "weeks"（周）（实际为 ${String(unit)}）`,
  );
}

/**
 * Days per model time unit: 1 for days, 7 for weeks.
 *
 * @param unit - "days" or "weeks"
 * @returns 1 or 7
 * @throws {DomainError} `BAD_ARGUMENT` for any other unit
 *
 * @example
 * daysPerUnit("weeks") // => 7
 */
export function daysPerUnit(unit: TimeUnit): number {
  if (unit === "days") return 1;
  if (unit === "weeks") return 7;
  throw new DomainError(
    "BAD_ARGUMENT",
    `the time unit must be "days" or "weeks" (got ${String(unit)})`,
    `时间单位必须是 "days"（天）或 "weeks"（周）（实际为 ${String(unit)}）`,
  );
}
