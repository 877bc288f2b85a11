import type { ScoredCustomer } from "../score";
import type { CustomerRefs } from "./types";

/** How many customer IDs a plan line lists at most. */
export const MAX_LISTED_CUSTOMERS = 20;

/**
 * The count of a set of customers and the IDs of the largest, for a goal, strategy or risk.
 *
 * Method: ordered by total purchases, largest first; equal totals by ID (plain code-unit order, so
 * the result does not depend on the machine's locale), then by input order; the first
 * {@link MAX_LISTED_CUSTOMERS}. One pass keeps the best 20 in order, so a large segment costs a
 * scan, not a sort. Complexity: O(n) for most inputs, O(20·n) at worst.
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
  const top: ScoredCustomer[] = [];
  for (const c of customers) {
    if (top.length === MAX_LISTED_CUSTOMERS && compareCustomers(c, top[top.length - 1]) >= 0) continue;
    if (top.length < MAX_LISTED_CUSTOMERS) top.push(c);
    else top[top.length - 1] = c;
    // Moved up past every customer it strictly precedes: equal ones keep their input order.
    for (let i = top.length - 1; i > 0 && compareCustomers(top[i], top[i - 1]) < 0; i--) {
      [top[i], top[i - 1]] = [top[i - 1], top[i]];
    }
  }
  return { count: customers.length, ids: top.map((c) => c.customer.id) };
}

function compareCustomers(a: ScoredCustomer, b: ScoredCustomer): number {
  return b.customer.total - a.customer.total || compareIds(a.customer.id, b.customer.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
