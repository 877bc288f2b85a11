import type { LocalizedText } from "../../types";
import { clvMessages } from "../clvMessages";
import { DAYS_PER_YEAR, type MethodCustomer } from "./methodTypes";

/** Result of {@link estimateRetentionRate}. */
export interface RetentionEstimate {
  /** Yearly retention rate in [0, 0.99]. */
  readonly rate: number;
  /** `window`: share active within a window; `repeat-share`: share of customers who came back. */
  readonly method: "window" | "repeat-share";
  /** Window length in days (method `window`). */
  readonly windowDays?: number;
  /** How the rate was obtained, for the user. */
  readonly detail: LocalizedText;
}

/** The largest retention rate an estimate may return. */
export const MAX_ESTIMATED_RETENTION = 0.99;

/**
 * Estimates a yearly retention rate from customer recency and age.
 *
 * Method:
 * 1. If some customer is at least 365 days old: among customers at least 365 days old (they were
 *    customers a year ago), the share who bought within the last 365 days (recencyDays < 365).
 * 2. Else, if the oldest customer is at least 14 days old: the same with a window W of half the
 *    oldest age (customers at least W days old, bought within the last W days), converted to a
 *    yearly rate as share^(365/W) (constant hazard).
 * 3. Else (or when no customer has a usable age and recency): the share of customers with more
 *    than one purchase.
 * The rate is capped at 0.99 (with a note in `detail`), since m·r/(1 + d − r) grows without bound
 * as r approaches 1 + d. Customers whose age or recency is not a finite number ≥ 0 are skipped
 * in steps 1–2. Cost: O(n).
 *
 * @param customers - purchases, ageDays and recencyDays per customer (at least one)
 * @returns the rate, how it was obtained, and a bilingual explanation
 *
 * @example
 * // four customers older than a year, three of them bought within the last year
 * estimateRetentionRate([
 *   { purchases: 3, total: 1, ageDays: 500, recencyDays: 10 },
 *   { purchases: 2, total: 1, ageDays: 400, recencyDays: 100 },
 *   { purchases: 5, total: 1, ageDays: 800, recencyDays: 364 },
 *   { purchases: 1, total: 1, ageDays: 600, recencyDays: 600 },
 *   { purchases: 1, total: 1, ageDays: 30, recencyDays: 30 },
 * ]).rate // => 0.75
 */
export function estimateRetentionRate(customers: readonly MethodCustomer[]): RetentionEstimate {
  const usable = customers.filter(
    (c) =>
      c.ageDays >= 0 &&
      c.ageDays < Infinity &&
      c.recencyDays !== undefined &&
      c.recencyDays >= 0 &&
      c.recencyDays < Infinity,
  );
  const oldest = usable.reduce((m, c) => Math.max(m, c.ageDays), 0);
  if (usable.length > 0 && oldest >= 14) {
    const windowDays = oldest >= DAYS_PER_YEAR ? DAYS_PER_YEAR : oldest / 2;
    const cohort = usable.filter((c) => c.ageDays >= windowDays);
    const active = cohort.filter((c) => (c.recencyDays as number) < windowDays).length;
    const share = active / cohort.length;
    const annualised = windowDays < DAYS_PER_YEAR;
    const raw = annualised ? Math.pow(share, DAYS_PER_YEAR / windowDays) : share;
    const shown = Math.round(windowDays * 10) / 10;
    return capped(raw, "window", clvMessages.retentionWindow(active, cohort.length, shown, annualised), windowDays);
  }
  const repeat = customers.filter((c) => c.purchases > 1).length;
  const raw = customers.length > 0 ? repeat / customers.length : 0;
  return capped(raw, "repeat-share", clvMessages.retentionRepeatShare(repeat, customers.length));
}

function capped(
  raw: number,
  method: RetentionEstimate["method"],
  detail: LocalizedText,
  windowDays?: number,
): RetentionEstimate {
  const rate = raw > MAX_ESTIMATED_RETENTION ? MAX_ESTIMATED_RETENTION : raw;
  const note = raw > MAX_ESTIMATED_RETENTION ? clvMessages.retentionCapped() : undefined;
  const text: LocalizedText =
    note === undefined ? detail : { en: `${detail.en}; ${note.en}`, zh: `${detail.zh}；${note.zh}` };
  return windowDays === undefined ? { rate, method, detail: text } : { rate, method, windowDays, detail: text };
}
