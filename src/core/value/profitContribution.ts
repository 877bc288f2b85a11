import { DomainError } from "../errors";

/** The fields {@link profitContribution} reads; the core's `Customer` satisfies it. */
export interface ProfitInput {
  /** Total amount bought (revenue from the customer). */
  readonly total: number;
  /** Gross margin earned, in money, when the table has a margin or profit column. */
  readonly margin?: number;
  /** Cost to serve the customer, in money, when known. */
  readonly costToServe?: number;
}

/**
 * A customer's profit contribution (current value): gross margin minus the cost to serve.
 *
 * Method: gross margin is the `margin` field when it is present; otherwise `total × marginRate`
 * (the company's average gross-margin rate, 0.3 = 30%). The cost to serve is subtracted when
 * present and counts as 0 when absent. The result can be negative (a customer who costs more
 * to serve than they earn). A `margin` field is used as written; `marginRate` is then ignored.
 *
 * @param customer - total, and optional margin and cost to serve, in money
 * @param marginRate - gross-margin rate used when `margin` is absent, a number from −1 to 1
 * @returns the profit contribution, in money
 * @throws {DomainError} `BAD_ARGUMENT` when `marginRate` is needed but is not a number from −1
 *   to 1, when `total`, `margin` or `costToServe` is not a finite number, or when `costToServe`
 *   is negative
 *
 * @example
 * profitContribution({ total: 10000, costToServe: 500 }, 0.3) // => 2500
 * profitContribution({ total: 10000, margin: 4000, costToServe: 500 }, 0.3) // => 3500
 */
export function profitContribution(customer: ProfitInput, marginRate: number): number {
  const { total, margin, costToServe } = customer;
  checkFinite("total", "销售额", total);
  if (margin !== undefined) checkFinite("margin", "毛利", margin);
  if (costToServe !== undefined) {
    checkFinite("cost to serve", "服务成本", costToServe);
    if (costToServe < 0) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `the cost to serve cannot be negative, got ${costToServe}`,
        `服务成本不能为负数，收到 ${costToServe}`,
        { costToServe },
      );
    }
  }
  let gross: number;
  if (margin !== undefined) {
    gross = margin;
  } else {
    if (!(Number.isFinite(marginRate) && marginRate >= -1 && marginRate <= 1)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `the margin rate must be a number from -1 to 1 (0.3 = 30%), got ${String(marginRate)}`,
        `毛利率必须是 -1 到 1 之间的数（0.3 即 30%），收到 ${String(marginRate)}`,
        { marginRate },
      );
    }
    gross = total * marginRate;
  }
  return gross - (costToServe ?? 0);
}

function checkFinite(nameEn: string, nameZh: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `${nameEn} must be a finite number, got ${String(value)}`,
      `${nameZh}必须是有限数，收到 ${String(value)}`,
      { value },
    );
  }
}
