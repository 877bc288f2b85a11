import { addMonths, dayFromYmd, isoFromDay } from "../core/days";
import type { Day } from "../core/types";

/**
 * The day a plan starts when none is given: the first day of the month after the as-of date, so
 * the plan begins with a whole month after the data ends.
 *
 * @param asOf - the day the data ends
 * @returns the first day of the next month (an as-of date on the 1st still starts the next month)
 *
 * @example
 * isoFromDay(defaultPlanStart(dayFromYmd(2025, 12, 31))) // => "2026-01-01"
 * isoFromDay(defaultPlanStart(dayFromYmd(2026, 3, 1))) // => "2026-04-01"
 */
export function defaultPlanStart(asOf: Day): Day {
  const [year, month] = isoFromDay(asOf).split("-").map(Number);
  return addMonths(dayFromYmd(year, month, 1), 1);
}
