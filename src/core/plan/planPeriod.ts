import { addMonths } from "../days";
import type { Day } from "../types";

/** The calendar of a plan: its first and last day, and where its months and quarters end. */
export interface PlanPeriod {
  readonly start: Day;
  /** Last day, inclusive. */
  readonly end: Day;
  readonly quarters: number;
  /** First day of each month of the plan, then the day after the plan: 3 × quarters + 1 days. */
  readonly monthStarts: readonly Day[];
  /** Last day of each quarter; the last one is `end`. */
  readonly quarterEnds: readonly Day[];
}

/**
 * The calendar of a plan of `quarters` quarters from `start`.
 *
 * Method: month m of the plan starts on `addMonths(start, m)` (counted from the start each time,
 * so a plan starting on the 31st has months starting on the last day of shorter months and back on
 * the 31st after); quarter q ends the day before month 3q starts; the plan ends the day before
 * month 3 × quarters would start.
 *
 * @param start - first day of the plan
 * @param quarters - number of quarters (validated by the caller: an integer 1..8)
 * @returns the period
 *
 * @example
 * const p = planPeriod(dayFromYmd(2026, 1, 1), 4);
 * isoFromDay(p.end) // => "2026-12-31"
 * p.quarterEnds.map(isoFromDay) // => ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]
 */
export function planPeriod(start: Day, quarters: number): PlanPeriod {
  const monthStarts = Array.from({ length: 3 * quarters + 1 }, (_, m) => addMonths(start, m));
  const quarterEnds = Array.from({ length: quarters }, (_, q) => monthStarts[3 * (q + 1)] - 1);
  return { start, end: quarterEnds[quarters - 1], quarters, monthStarts, quarterEnds };
}
