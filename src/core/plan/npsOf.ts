import type { ScoredCustomer } from "../score";

/** NPS of a set of customers, with its parts. */
export interface NpsResult {
  /** % promoters − % detractors, −100..100. */
  readonly nps: number;
  /** Customers with an answer 0..10. */
  readonly respondents: number;
  readonly promoters: number;
  readonly detractors: number;
}

/**
 * Net Promoter Score over the customers that have an NPS answer: the percentage of promoters
 * (answer ≥ 9) minus the percentage of detractors (answer ≤ 6), so −100..100. An answer is a
 * finite number from 0 to 10 (other values, e.g. a satisfaction score on another scale, are not
 * counted); answers between 6 and 9 (passives, 7–8) count only in the denominator.
 *
 * @param customers - scored customers, with `customer.nps` where known
 * @returns the NPS and its parts, or `undefined` when no customer has an answer
 *
 * @example
 * npsOf([10, 9, 8, 3].map((nps) => ({ customer: { nps } })) as ScoredCustomer[])
 * // => { nps: 25, respondents: 4, promoters: 2, detractors: 1 }
 */
export function npsOf(customers: readonly ScoredCustomer[]): NpsResult | undefined {
  const answers = customers
    .map((c) => c.customer.nps)
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10);
  if (answers.length === 0) return undefined;
  const promoters = answers.filter((v) => v >= 9).length;
  const detractors = answers.filter((v) => v <= 6).length;
  return { nps: ((promoters - detractors) / answers.length) * 100, respondents: answers.length, promoters, detractors };
}
