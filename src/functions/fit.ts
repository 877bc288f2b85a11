import { bgnbdHistoryProblem, daysPerUnit, fitBgnbd, fitGammaGamma } from "../core/clv";
import { DomainError, isDomainError } from "../core/errors";
import type { Customer } from "../core/types";
import { callCore } from "./_lib/callCore";
import { choice } from "./_lib/choice";
import { perRowError } from "./_lib/perRowError";
import { readTable } from "./_lib/readTable";

/**
 * Fits the BG/NBD purchase model and the Gamma-Gamma spend model to a customer table. 用客户表拟合 BG/NBD 购买模型和 Gamma-Gamma 消费模型。
 * @customfunction FIT
 * @requiresParameterAddresses
 * @param table A customer table with its header row: a transaction log, a customer summary with first purchase dates, or a lifetimes-style table. 客户表（含表头）：交易流水、含首次购买日期的客户汇总或 lifetimes 格式。
 * @param [asOf] End of the observation period: a date cell, serial or text such as 2025-12-31; default the latest date in the data. 观察期截止日，默认数据中的最近日期。
 * @param [unit] Time unit of alpha (and of a lifetimes-style table's recency and T): "days" (default) or "weeks". alpha（及 lifetimes 表 recency、T）的时间单位：days（默认）或 weeks。
 * @param [invocation] Supplied by Excel: where the arguments are, so messages name the right cells.
 * @returns Two columns, name and value: r, alpha, a, b, log_likelihood (BG/NBD), p, q, v (Gamma-Gamma), converged.
 * @example
 * // the CDNOW calibration summary (ID, x, t_x, T, zbar in weeks, 2,357 customers)
 * =CDP.FIT(A1:E2358, , "weeks") // => r 0.243, alpha 4.414, a 0.793, b 2.426, log_likelihood −9582.4, p 6.25, q 3.74, v 15.44, TRUE
 */
export function fitModel(table: any[][], asOf?: any, unit?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return callCore(() => {
    const timeUnit = choice(unit, "unit", ["days", "weeks"] as const, "days");
    const perUnit = daysPerUnit(timeUnit);
    const customers = readTable(table, asOf, invocation?.parameterAddresses?.[0], { unit: timeUnit }).read.customers;
    customers.forEach(checkHistory);
    const x = customers.map((c) => c.repeatCount);
    const bg = fitBgnbd({
      x,
      tx: customers.map((c) => c.repeatSpanDays / perUnit),
      T: customers.map((c) => c.ageDays / perUnit),
    });
    let spend: unknown[] = [];
    let converged = bg.converged;
    try {
      const gg = fitGammaGamma({ x, mbar: customers.map((c) => c.repeatMean) });
      spend = [gg.params.p, gg.params.q, gg.params.v];
      converged &&= gg.converged;
    } catch (e) {
      if (!isDomainError(e)) throw e;
      spend = [0, 1, 2].map(() => perRowError(e.message));
    }
    const { r, alpha, a, b } = bg.params;
    const values = [r, alpha, a, b, bg.logLikelihood, ...spend, converged];
    return ["r", "alpha", "a", "b", "log_likelihood", "p", "q", "v", "converged"].map((name, i) => [name, values[i]]);
  });
}

/** A repeat buyer read from a summary without a first purchase date has no known age: the model would be fitted on guesses. */
function checkHistory(c: Customer): void {
  const ageUnknown = c.repeatCount > 0 && c.lastPurchase !== undefined && c.firstPurchase === undefined;
  const problem = ageUnknown ? undefined : bgnbdHistoryProblem(c.repeatCount, c.repeatSpanDays, c.ageDays);
  if (!ageUnknown && problem === undefined) return;
  throw new DomainError(
    "NOT_ENOUGH_DATA",
    `customer ${c.id} (row ${c.row}) ${ageUnknown ? "has repeat purchases but no first purchase date: the model needs every customer's age; use a transaction log or add a first-purchase column" : `has an inconsistent history: ${problem!.en}`}`,
    `客户 ${c.id}（第 ${c.row} 行）${ageUnknown ? "有重复购买但没有首次购买日期：模型需要每位客户的年龄；请使用交易流水或添加首次购买日期列" : `的购买记录不一致：${problem!.zh}`}`,
    { row: c.row },
  );
}
