import type { Day } from "../../core/types";
import { asOfDay } from "./asOfDay";
import { singleValue } from "./singleValue";

/**
 * The optional as-of date of a table function: `undefined` when the argument is blank, so the core
 * uses the latest purchase date in the data; otherwise the day {@link asOfDay} reads.
 *
 * A date serial of 0 also counts as blank: Excel for Windows hands an empty cell to a single-value
 * argument as 0 (office-js #4702), and serial 0 is no real date, so an empty as-of cell means "not
 * given" on every platform.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in messages (default `asOf`)
 * @returns the day, or `undefined` for "latest date in the data"
 * @throws {DomainError} `BAD_ARGUMENT` for an error value, a boolean, a multi-cell range, or a
 *   number or text that is not a date (see {@link asOfDay})
 *
 * @example
 * optionalAsOf("") // => undefined
 * optionalAsOf("2025-01-23") // => 20111
 */
export function optionalAsOf(value: unknown, name = "asOf"): Day | undefined {
  const single = singleValue(value, name);
  if (single.kind === "blank" || (single.kind === "value" && single.value === 0)) return undefined;
  return asOfDay(value, name);
}
