import type { LocalizedText } from "../../types";
import { clvMessages } from "../clvMessages";
import type { MethodCustomer } from "./methodTypes";

/**
 * The margin rate to apply to a customer's amounts: the customer's own margin ÷ total when it has
 * a finite margin and a positive total, otherwise `defaultRate`.
 *
 * Method: a negative rate (a loss-making customer, or a negative default) is treated as 0 and
 * returned with a note, so CLV is never negative. A customer's own rate above 1 (a margin larger
 * than the total, e.g. after refunds shrank the total) is capped at 1, with a note: it would
 * otherwise multiply the customer's future spend. The default must already be finite; it is used
 * as given when ≥ 0 (values above 1 are the caller's choice).
 *
 * @param customer - total and optional margin
 * @param defaultRate - the rate for customers without a margin (e.g. options.marginRate, default 1)
 * @returns `{ rate, note? }` with rate ≥ 0 (never −0)
 *
 * @example
 * customerMarginRate({ purchases: 2, total: 200, ageDays: 100, margin: 50 }, 1) // => { rate: 0.25 }
 * customerMarginRate({ purchases: 2, total: 200, ageDays: 100 }, 0.4) // => { rate: 0.4 }
 */
export function customerMarginRate(
  customer: MethodCustomer,
  defaultRate: number,
): { rate: number; note?: LocalizedText } {
  const margin = customer.margin;
  if (margin !== undefined && Number.isFinite(margin) && customer.total > 0) {
    const own = margin / customer.total;
    if (own > 1) return { rate: 1, note: clvMessages.marginAboveTotal(margin, customer.total) };
    if (own > 0) return { rate: own };
    if (own === 0) return { rate: 0 };
    return { rate: 0, note: clvMessages.customerNegativeMargin(margin) };
  }
  if (defaultRate > 0) return { rate: defaultRate };
  return defaultRate === 0 ? { rate: 0 } : { rate: 0, note: clvMessages.negativeMarginRate(defaultRate) };
}
