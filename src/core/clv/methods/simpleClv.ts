import { DomainError } from "../../errors";
import type { LocalizedText } from "../../types";
import { clvMessages } from "../clvMessages";
import { customerAgeYears } from "./customerAgeYears";
import { customerMarginRate } from "./customerMarginRate";
import type { MethodClv, MethodCustomer } from "./methodTypes";

/**
 * Simple CLV: average order value × purchases per year × margin rate × expected lifespan.
 *
 * Definition: AOV = total ÷ purchases; purchases per year = purchases ÷ max(age in years, 1)
 * (age = ageDays ÷ 365; see `customerAgeYears` for why customers younger than a year count as one
 * year); so CLV = total ÷ max(age, 1) × margin rate × lifespanYears, an undiscounted annual margin
 * run for the lifespan. The margin rate is the customer's own margin ÷ total when it has one.
 * A total ≤ 0 (refunds) gives 0 with a note. Money in the unit of the amounts.
 *
 * @param customer - purchases, total, ageDays, optional margin
 * @param options - marginRate (finite; negative counts as 0) and lifespanYears (finite ≥ 0)
 * @returns `{ clv, note? }`
 * @throws {DomainError} `BAD_ARGUMENT` for a non-finite margin rate or a bad lifespan
 *
 * @example
 * // 6 orders worth 1,200 over 2 years, 25 % margin, 3-year lifespan: AOV 200 × 3 a year × 0.25 × 3
 * simpleClv({ purchases: 6, total: 1200, ageDays: 730 }, { marginRate: 0.25, lifespanYears: 3 }) // => { clv: 450 }
 */
export function simpleClv(customer: MethodCustomer, options: { marginRate: number; lifespanYears: number }): MethodClv {
  if (!Number.isFinite(options.marginRate)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the margin rate must be a finite number (got ${options.marginRate})`,
      `毛利率必须是有限数（实际为 ${options.marginRate}）`,
    );
  }
  if (!(options.lifespanYears >= 0 && options.lifespanYears < Infinity)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the lifespan must be a finite number of years >= 0 (got ${options.lifespanYears})`,
      `预期生命周期必须是大于等于 0 的有限年数（实际为 ${options.lifespanYears}）`,
    );
  }
  if (!(customer.total > 0) || !(customer.purchases > 0))
    return { clv: 0, note: clvMessages.nonPositiveTotal(customer.total) };
  const { years, known } = customerAgeYears(customer);
  const { rate, note } = customerMarginRate(customer, options.marginRate);
  const averageOrder = customer.total / customer.purchases;
  const perYear = customer.purchases / years;
  const clv = averageOrder * perYear * rate * options.lifespanYears;
  const chosen: LocalizedText | undefined = note ?? (known ? undefined : clvMessages.unknownAge());
  return chosen === undefined ? { clv } : { clv, note: chosen };
}
