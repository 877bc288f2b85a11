import { DomainError } from "../../errors";
import type { LocalizedText } from "../../types";
import { clvMessages } from "../clvMessages";
import { customerAgeYears } from "./customerAgeYears";
import { customerMarginRate } from "./customerMarginRate";
import type { MethodClv, MethodCustomer } from "./methodTypes";

/**
 * Retention CLV: m · r / (1 + d − r), the value of an annual margin m kept with yearly retention
 * probability r and discounted at the annual rate d (the infinite-horizon sum
 * Σ_{k≥1} m·r^k/(1+d)^k: a year's margin counts when the customer is retained into that year).
 *
 * Definition: m = the customer's annual margin = total × margin rate ÷ max(age in years, 1) (age =
 * ageDays ÷ 365, see `customerAgeYears`); the margin rate is the customer's own margin ÷ total
 * when it has one. A total ≤ 0 (refunds) gives 0 with a note. Money in the unit of the amounts.
 *
 * @param customer - total, ageDays, optional margin
 * @param options - marginRate (finite; negative counts as 0), retentionRate r in [0, 1),
 *   discountAnnual d ≥ 0
 * @returns `{ clv, note? }`
 * @throws {DomainError} `BAD_ARGUMENT` for r outside [0, 1), d < 0 or values not finite
 *
 * @example
 * // annual margin 1,000 × 0.25 = 250, r = 0.8, d = 0.1: 250 × 0.8 / 0.3
 * retentionClv({ purchases: 4, total: 1000, ageDays: 200 }, { marginRate: 0.25, retentionRate: 0.8, discountAnnual: 0.1 }) // => { clv: 666.67 }
 */
export function retentionClv(
  customer: MethodCustomer,
  options: { marginRate: number; retentionRate: number; discountAnnual: number },
): MethodClv {
  const { marginRate, retentionRate: r, discountAnnual: d } = options;
  if (!Number.isFinite(marginRate)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the margin rate must be a finite number (got ${marginRate})`,
      `毛利率必须是有限数（实际为 ${marginRate}）`,
    );
  }
  if (!(r >= 0 && r < 1)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the retention rate must be at least 0 and below 1 (got ${r})`,
      `留存率必须大于等于 0 且小于 1（实际为 ${r}）`,
    );
  }
  if (!(d >= 0 && d < Infinity)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the annual discount rate must be a finite number >= 0 (got ${d})`,
      `年折现率必须是大于等于 0 的有限数（实际为 ${d}）`,
    );
  }
  if (!(customer.total > 0)) return { clv: 0, note: clvMessages.nonPositiveTotal(customer.total) };
  const { years, known } = customerAgeYears(customer);
  const { rate, note } = customerMarginRate(customer, marginRate);
  const annualMargin = (customer.total * rate) / years;
  const clv = (annualMargin * r) / (1 + d - r);
  const chosen: LocalizedText | undefined = note ?? (known ? undefined : clvMessages.unknownAge());
  return chosen === undefined ? { clv } : { clv, note: chosen };
}
