/** The fields the inter-purchase helpers read; the core's `Customer` satisfies it. */
export interface InterPurchaseInput {
  /** Number of purchases, the first included. */
  readonly purchases: number;
  /** t_x: days from the first to the last purchase. */
  readonly repeatSpanDays: number;
}

/**
 * A customer's own usual inter-purchase time: the mean gap between purchases, t_x / x, where
 * x = purchases − 1 is the number of repeat purchases.
 *
 * Undefined when it cannot be known: one purchase only, a span of 0 days (all purchases on one
 * day, or a summary table without first purchase dates), or values that are not finite.
 *
 * @param customer - purchases and the first-to-last span in days
 * @returns the mean days between purchases, or `undefined`
 *
 * @example
 * usualInterPurchaseDays({ purchases: 4, repeatSpanDays: 111 }) // => 37
 * usualInterPurchaseDays({ purchases: 1, repeatSpanDays: 0 }) // => undefined
 */
export function usualInterPurchaseDays(customer: InterPurchaseInput): number | undefined {
  const { purchases, repeatSpanDays } = customer;
  if (!Number.isFinite(purchases) || !Number.isFinite(repeatSpanDays)) return undefined;
  if (purchases < 2 || repeatSpanDays <= 0) return undefined;
  return repeatSpanDays / (purchases - 1);
}
