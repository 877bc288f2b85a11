import { DomainError } from "../../errors";
import { clvMessages } from "../clvMessages";
import { customerMarginRate } from "./customerMarginRate";
import type { MethodClv, MethodCustomer } from "./methodTypes";

/**
 * Historical CLV: the margin a customer has earned so far.
 *
 * Definition: the customer's own `margin` when it is a finite number, else `total × marginRate`.
 * Money in the unit of the amounts. A negative result (a loss-making customer, or refunds making
 * the total negative) is shown as 0 with a note: CLV is never negative.
 *
 * @param customer - total and optional margin
 * @param marginRate - rate for customers without a margin (finite; negative counts as 0, with a note)
 * @returns `{ clv, note? }`
 * @throws {DomainError} `BAD_ARGUMENT` when marginRate is not finite
 *
 * @example
 * historicalClv({ purchases: 3, total: 1200, ageDays: 400 }, 0.25) // => { clv: 300 }
 * historicalClv({ purchases: 3, total: 1200, ageDays: 400, margin: 180 }, 0.25) // => { clv: 180 }
 */
export function historicalClv(customer: MethodCustomer, marginRate: number): MethodClv {
  checkRate(marginRate);
  if (customer.margin !== undefined && Number.isFinite(customer.margin)) {
    return customer.margin >= 0
      ? { clv: customer.margin }
      : { clv: 0, note: clvMessages.customerNegativeMargin(customer.margin) };
  }
  if (!(customer.total > 0)) return { clv: 0, note: clvMessages.nonPositiveTotal(customer.total) };
  const { rate, note } = customerMarginRate(customer, marginRate);
  return note === undefined ? { clv: customer.total * rate } : { clv: customer.total * rate, note };
}

function checkRate(marginRate: number): void {
  if (!Number.isFinite(marginRate)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the margin rate must be a finite number (got ${marginRate})`,
      `毛利率必须是有限数（实际为 ${marginRate}）`,
    );
  }
}
