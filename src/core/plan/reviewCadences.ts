import { PRIORITY_TIERS } from "../priority";
import type { LocalizedText } from "../types";
import type { Cadence } from "./types";

/**
 * The label of each review cadence, taken from the priority tiers' review texts (P1 monthly,
 * P2 quarterly, P3 half-yearly), so the plan and the priority table say the same words.
 *
 * @example
 * REVIEW_CADENCES.quarterly.zh // => "每季度"
 */
export const REVIEW_CADENCES: Readonly<Record<Cadence, LocalizedText>> = Object.freeze({
  monthly: PRIORITY_TIERS.P1.review,
  quarterly: PRIORITY_TIERS.P2.review,
  halfYearly: PRIORITY_TIERS.P3.review,
});
