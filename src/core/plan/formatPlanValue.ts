import { formatNumber, formatPercent } from "../value/formatNumber";
import { formatMoney } from "./formatMoney";
import type { PlanUnit } from "./types";

/**
 * A plan figure as text in its unit: a share as a percentage with at most one decimal, money by
 * `formatMoney`, NPS as a signed-when-negative number with at most one decimal.
 *
 * @param value - the figure
 * @param unit - its unit
 * @returns the text (the same in English and Chinese)
 *
 * @example
 * formatPlanValue(0.375, "share") // => "37.5%"
 * formatPlanValue(125000, "money") // => "125,000"
 * formatPlanValue(-12.5, "nps") // => "-12.5"
 */
export function formatPlanValue(value: number, unit: PlanUnit): string {
  if (unit === "share") return formatPercent(value);
  if (unit === "money") return formatMoney(value);
  return formatNumber(value, 1);
}
