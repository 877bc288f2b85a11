import type { LocalizedText } from "../../types";

/** One customer's CLV from a simple method, with a note when a rule changed the raw number. */
export interface MethodClv {
  /** CLV in the money unit of the input amounts: finite and ≥ 0. */
  readonly clv: number;
  readonly note?: LocalizedText;
}

/** The customer fields the simple methods read (a subset of `Customer`; times in days). */
export interface MethodCustomer {
  readonly purchases: number;
  readonly total: number;
  readonly ageDays: number;
  readonly recencyDays?: number;
  readonly margin?: number;
}

/** Days in a year for the simple methods (age in years = ageDays / 365). */
export const DAYS_PER_YEAR = 365;
