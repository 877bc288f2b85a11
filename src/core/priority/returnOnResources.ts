import { lazyText } from "../lazyText";
import { formatNumber } from "../value/formatNumber";
import { ANY_NUMBER, checkNumber, NON_NEGATIVE } from "./checkInput";
import { percentileRanks } from "./percentileRanks";
import type { SubScore } from "./subScore";
import { NEUTRAL_SUB_SCORE } from "./subScore";

/** What return on resources was ranked by. */
export type ReturnBasis = "profitPerCost" | "profit" | "none";

export interface ReturnOnResourcesResult {
  readonly basis: ReturnBasis;
  /** One sub-score per input row, in input order. */
  readonly scores: readonly SubScore[];
}

/**
 * Return-on-resources sub-scores (资源投入产出比), 0..100, for a population: the percentile rank
 * (ties equal, see `percentileRanks`) of profit per unit of cost to serve, or of profit.
 *
 * Method: the basis is chosen once for the whole population so that like is compared with like —
 * `profitPerCost` when every customer with a profit also has a cost to serve, else `profit`
 * (a cost column with some blanks falls back to profit for everyone). Profit per cost is
 * profit / costToServe; a cost to serve of 0 ranks above every finite ratio when the profit is
 * positive, below when negative, and as 0 when the profit is 0 (the limits as cost → 0⁺).
 * Customers without a profit get the neutral 50, marked unknown, and are not ranked. A single
 * ranked customer, or all equal, get 50. Runs in O(n log n).
 *
 * @param rows - profit contribution (net of the cost to serve) and optional cost to serve, per customer
 * @returns the basis used and one sub-score per row
 * @throws {DomainError} `BAD_ARGUMENT` naming the row when a profit is not a finite number or a
 *   cost to serve is not a finite number ≥ 0
 *
 * @example
 * returnOnResources([
 *   { profit: 100, costToServe: 50 },  // 2 per unit of cost
 *   { profit: 300, costToServe: 300 }, // 1
 *   { profit: 60, costToServe: 10 },   // 6
 * ]).scores.map((s) => s.value) // => [50, 0, 100]
 */
export function returnOnResources(
  rows: readonly { readonly profit?: number; readonly costToServe?: number }[],
): ReturnOnResourcesResult {
  rows.forEach((r, i) => {
    checkNumber("profit", r.profit, ANY_NUMBER, i);
    checkNumber("costToServe", r.costToServe, NON_NEGATIVE, i);
  });
  const withProfit = rows.filter((r) => r.profit !== undefined);
  const basis: ReturnBasis =
    withProfit.length === 0
      ? "none"
      : withProfit.every((r) => r.costToServe !== undefined)
        ? "profitPerCost"
        : "profit";
  const keys: number[] = [];
  for (const r of withProfit)
    keys.push(basis === "profitPerCost" ? profitPerCost(r.profit!, r.costToServe!) : r.profit!);
  const ranks = percentileRanks(keys);
  let next = 0;
  const scores = rows.map((r): SubScore => {
    if (r.profit === undefined) {
      return {
        value: NEUTRAL_SUB_SCORE,
        sources: [],
        known: false,
        reason: {
          en: `return on resources unknown (no profit): neutral ${NEUTRAL_SUB_SCORE}`,
          zh: `资源投入产出比未知（无利润数据）：按中性 ${NEUTRAL_SUB_SCORE} 分计`,
        },
      };
    }
    const value = ranks[next];
    next += 1;
    const rowProfit = r.profit;
    if (basis === "profitPerCost") {
      const rowCost = r.costToServe!;
      return {
        value,
        sources: ["profitPerCost"],
        known: true,
        reason: lazyText(() => {
          const [pct, profit, cost] = [formatNumber(value, 0), formatNumber(rowProfit, 2), formatNumber(rowCost, 2)];
          const ratio = formatNumber(profitPerCost(rowProfit, rowCost), 2);
          return {
            en: `return on resources ${pct} (percentile rank): profit ${profit} per cost to serve ${cost} = ${ratio}`,
            zh: `资源投入产出比 ${pct} 分（百分位排名）：利润 ${profit} ÷ 服务成本 ${cost} = ${ratio}`,
          };
        }),
      };
    }
    return {
      value,
      sources: ["profit"],
      known: true,
      reason: lazyText(() => {
        const [pct, profit] = [formatNumber(value, 0), formatNumber(rowProfit, 2)];
        return {
          en: `return on resources ${pct} (percentile rank): profit ${profit} (cost to serve not known for every customer)`,
          zh: `资源投入产出比 ${pct} 分（百分位排名）：利润 ${profit}（并非所有客户都有服务成本）`,
        };
      }),
    };
  });
  return { basis, scores };
}

function profitPerCost(profit: number, cost: number): number {
  if (cost > 0) return profit / cost;
  return profit > 0 ? Infinity : profit < 0 ? -Infinity : 0;
}
