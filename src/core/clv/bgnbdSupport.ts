import type { Customer, LocalizedText } from "../types";
import { bgnbdHistoryProblem } from "./bgnbd/checkBgnbdHistory";
import { clvMessages } from "./clvMessages";

/** Fewest customers `computeClv` fits the BG/NBD model on. */
export const MIN_BGNBD_CUSTOMERS = 20;
/** Fewest repeat customers (x > 0) `computeClv` fits the BG/NBD model on. */
export const MIN_BGNBD_REPEAT_CUSTOMERS = 5;

type SupportCustomer = Pick<
  Customer,
  "id" | "row" | "repeatCount" | "repeatSpanDays" | "ageDays" | "firstPurchase" | "lastPurchase"
>;

/**
 * Why a population cannot support a BG/NBD fit, or `undefined` when it can.
 *
 * Checks, in order: at least 20 customers; not all one-time buyers; at least 5 repeat customers;
 * every customer's age known; every history consistent (lifetimes' rules, in days); some customer
 * older than 0 days (when everyone first bought on the as-of date there is no time span to fit
 * purchase rates on; same-day repeat purchases would otherwise be fitted on a half-day window). A customer's
 * age is unknown when `ageDays` is not a finite number ≥ 0, or when it has repeat purchases and a
 * last purchase date but no first purchase date (its age and recency were then not measured).
 * A one-time buyer without a first date is fine: its first purchase is its last.
 *
 * @param customers - the population
 * @returns the reason in English and Chinese, or `undefined`
 *
 * @example
 * bgnbdSupport([])?.en // => "Only 0 customers: the BG/NBD model needs at least 20. Used the retention method instead."
 */
export function bgnbdSupport(customers: readonly SupportCustomer[]): LocalizedText | undefined {
  if (customers.length < MIN_BGNBD_CUSTOMERS) return clvMessages.tooFewCustomers(customers.length, MIN_BGNBD_CUSTOMERS);
  const repeat = customers.filter((c) => c.repeatCount > 0).length;
  if (repeat === 0) return clvMessages.allOneTime();
  if (repeat < MIN_BGNBD_REPEAT_CUSTOMERS) return clvMessages.tooFewRepeat(repeat, MIN_BGNBD_REPEAT_CUSTOMERS);
  for (const c of customers) {
    const unknown =
      !(c.ageDays >= 0 && c.ageDays < Infinity) ||
      (c.repeatCount > 0 && c.lastPurchase !== undefined && c.firstPurchase === undefined);
    if (unknown) return clvMessages.noFirstPurchase(c.id, c.row);
  }
  for (const c of customers) {
    const problem = bgnbdHistoryProblem(c.repeatCount, c.repeatSpanDays, c.ageDays);
    if (problem !== undefined) return clvMessages.inconsistentHistory(c.id, c.row, problem);
  }
  if (customers.every((c) => c.ageDays === 0)) return clvMessages.noObservationTime();
  return undefined;
}
