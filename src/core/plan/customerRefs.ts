import type { ScoredCustomer } from "../score";
import type { CustomerRefs } from "./types";

/** How many customer IDs a plan line lists at most. */
export const MAX_LISTED_CUSTOMERS = 20;

/**
 * The count of a set of customers and the IDs of the largest, for a goal, strategy or risk.
 *
 * Method: sorted by total purchases, largest first; equal totals by ID (plain code-unit order, so
 * the result does not depend on the machine's locale); the first {@link MAX_LISTED_CUSTOMERS}.
 *
 * @param customers - the customers concerned
 * @returns the count and at most 20 IDs
 *
 * @example
 * customerRefs([
 *   { customer: { id: "B", total: 50 } },
 *   { customer: { id: "A", total: 50 } },
 *   { customer: { id: "C", total: 90 } },
 * ] as ScoredCustomer[]) // => { count: 3, ids: ["C", "A", "B"] }
 */
export function customerRefs(customers: readonly ScoredCustomer[]): CustomerRefs {
  const ids = [...customers]
    .sort((a, b) => b.customer.total - a.customer.total || compareIds(a.customer.id, b.customer.id))
    .slice(0, MAX_LISTED_CUSTOMERS)
    .map((c) => c.customer.id);
  return { count: customers.length, ids };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
