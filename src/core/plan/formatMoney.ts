import { formatNumber } from "../value/formatNumber";

/**
 * An amount of money as display text for the plan: whole units from 100 up (the cents of a large
 * amount are noise in a plan), at most two decimals below 100, thousands separated by commas
 * (see `formatNumber`).
 *
 * @param amount - money in the units of the amounts
 * @returns the text
 *
 * @example
 * formatMoney(1234567.891) // => "1,234,568"
 * formatMoney(42.5) // => "42.5"
 */
export function formatMoney(amount: number): string {
  return formatNumber(amount, Math.abs(amount) < 100 ? 2 : 0);
}
