import { median } from "../stats";
import type { InterPurchaseInput } from "./usualInterPurchaseDays";
import { usualInterPurchaseDays } from "./usualInterPurchaseDays";

/**
 * The population's median inter-purchase time: the median of each repeat customer's own usual
 * gap t_x / x (see `usualInterPurchaseDays`). `churnWarning` uses it for customers who have no gap
 * of their own (one-time buyers).
 *
 * Method: customers whose usual gap is undefined (one purchase, a span of 0 days) are left out;
 * the median is the R type-7 one (mean of the two middle values for an even count).
 * Runs in O(n log n). Does not modify `customers`.
 *
 * @param customers - purchases and first-to-last span in days per customer
 * @returns the median gap in days, or `undefined` when no customer has a usual gap
 *
 * @example
 * medianInterPurchaseDays([
 *   { purchases: 3, repeatSpanDays: 20 },  // gap 10
 *   { purchases: 2, repeatSpanDays: 30 },  // gap 30
 *   { purchases: 5, repeatSpanDays: 80 },  // gap 20
 *   { purchases: 1, repeatSpanDays: 0 },   // left out
 * ]) // => 20
 */
export function medianInterPurchaseDays(customers: readonly InterPurchaseInput[]): number | undefined {
  const gaps: number[] = [];
  for (const c of customers) {
    const gap = usualInterPurchaseDays(c);
    if (gap !== undefined) gaps.push(gap);
  }
  return gaps.length === 0 ? undefined : median(gaps);
}
