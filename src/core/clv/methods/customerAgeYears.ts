import { DAYS_PER_YEAR, type MethodCustomer } from "./methodTypes";

/**
 * The number of years a customer's purchases are spread over, for annual rates: max(ageDays / 365, 1).
 *
 * Rule for young customers: a customer younger than one year counts as one year old, so their
 * purchases so far count as one year's purchases. Annualising from a few weeks would multiply a
 * single first order by up to 12 (or 365); the floor keeps the simple methods conservative for new
 * customers. An unknown age (not a finite number ≥ 0) also counts as one year (`known: false`).
 *
 * @param customer - ageDays
 * @returns `{ years, known }`, years ≥ 1
 *
 * @example
 * customerAgeYears({ purchases: 4, total: 400, ageDays: 730 }) // => { years: 2, known: true }
 * customerAgeYears({ purchases: 1, total: 100, ageDays: 20 }) // => { years: 1, known: true }
 */
export function customerAgeYears(customer: MethodCustomer): { years: number; known: boolean } {
  const age = customer.ageDays;
  if (!(age >= 0 && age < Infinity)) return { years: 1, known: false };
  return { years: Math.max(age / DAYS_PER_YEAR, 1), known: true };
}
