import { daysPerUnit } from "../core/clv";
import { excelSerialFromDay } from "../core/days";
import { callCore } from "./_lib/callCore";
import { choice } from "./_lib/choice";
import { SUMMARY_HEADERS } from "./_lib/outputHeaders";
import { readTable } from "./_lib/readTable";
import { tableSpill } from "./_lib/tableSpill";

/**
 * Summarises a transaction log per customer, as lifetimes does: purchases, total, frequency, recency, T and monetary value. 按客户汇总交易流水（与 lifetimes 相同）。
 * @customfunction SUMMARY
 * @requiresParameterAddresses
 * @param transactions The transaction log with its header row: customer ID, date, amount, optional margin. 交易流水（含表头）：客户编号、日期、金额、可选毛利。
 * @param [asOf] End of the observation period: a date cell, serial or text such as 2025-12-31; default the latest date in the data. 观察期截止日，默认数据中的最近日期。
 * @param [unit] Unit of recency and T: "days" (default) or "weeks". recency 和 T 的单位：days（默认）或 weeks。
 * @param [invocation] Supplied by Excel: where the arguments are, so messages name the right cells.
 * @returns A header row, then one row per customer: ID, first and last purchase (dates), purchases, total, frequency, recency, T, monetary_value.
 * @example
 * // A1:C7: Customer ID, Date, Amount; customer 1 bought on 2015-02-01 (10) and 2015-02-06 (20)
 * =CDP.SUMMARY(A1:C7, "2015-02-07") // => row of customer 1: 1, 42036, 42041, 2, 30, 1, 5, 6, 20
 */
export function summary(
  transactions: any[][],
  asOf?: any,
  unit?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return callCore(() => {
    const perUnit = daysPerUnit(choice(unit, "unit", ["days", "weeks"] as const, "days"));
    const table = readTable(transactions, asOf, invocation?.parameterAddresses?.[0], { shape: "transactions" });
    return tableSpill(
      table,
      SUMMARY_HEADERS.slice(1),
      (c) => [
        excelSerialFromDay(c.firstPurchase!),
        excelSerialFromDay(c.lastPurchase!),
        c.purchases,
        c.total,
        c.repeatCount,
        c.repeatSpanDays / perUnit,
        c.ageDays / perUnit,
        c.repeatMean,
      ],
      "en",
    );
  });
}
