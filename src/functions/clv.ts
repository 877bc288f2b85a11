import { computeClv } from "../core/clv";
import { callCore } from "./_lib/callCore";
import { choice } from "./_lib/choice";
import { optionalLang } from "./_lib/optionalLang";
import { optionalNumber } from "./_lib/optionalNumber";
import { OUTPUT_HEADERS } from "./_lib/outputHeaders";
import { readTable } from "./_lib/readTable";
import { scoreColumn } from "./_lib/scoreColumn";
import { tableSpill } from "./_lib/tableSpill";

/**
 * Customer lifetime value of every customer in a table. 表格中每位客户的客户终身价值（CLV）。
 * @customfunction CLV
 * @requiresParameterAddresses
 * @param table A customer table with its header row: a customer summary, a transaction log or a lifetimes-style table. 客户表（含表头）：客户汇总、交易流水或 lifetimes 格式。
 * @param [asOf] Date the history ends: a date cell, serial or text such as 2025-12-31; default the latest date in the data. 历史数据截止日，默认数据中的最近日期。
 * @param [method] "auto" (default: BG/NBD when the data supports it, else retention), "historical", "simple", "retention" or "bgnbd". 计算方法：auto（默认）、historical、simple、retention 或 bgnbd。
 * @param [horizonMonths] Forecast horizon of the BG/NBD method in whole months, 1 to 1200; default 12. BG/NBD 预测期（月），默认 12。
 * @param [discountMonthly] Monthly discount rate of the BG/NBD method, e.g. 0.01 (default). BG/NBD 月折现率，默认 0.01。
 * @param [margin] Gross-margin rate for customers without a margin column, 0 to 1; default 1 (CLV in revenue). 无毛利列时使用的毛利率，0 到 1，默认 1。
 * @param [output] "clv" (default) or "all" (CLV, P(alive), expected purchases, expected spend, method). 输出：clv（默认）或 all。
 * @param [lang] Language of headers and messages: "en" (default) or "zh". 表头和提示的语言：en（默认）或 zh。
 * @param [invocation] Supplied by Excel: where the arguments are, so messages name the right cells.
 * @returns A header row naming the method used, then one row per table row (customer summary) or per customer with its ID first (transaction log).
 * @example
 * // A1:D5: the four customers of CDP.RFM's example, totals 100, 900, 300, 50
 * =CDP.CLV(A1:D5, "2024-12-31", "historical", , , 0.25) // => {"CLV (historical)"; 25; 225; 75; 12.5}
 */
export function clv(
  table: any[][],
  asOf?: any,
  method?: any,
  horizonMonths?: any,
  discountMonthly?: any,
  margin?: any,
  output?: any,
  lang?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return callCore(() => {
    const language = optionalLang(lang);
    const options = {
      method: choice(method, "method", ["auto", "historical", "simple", "retention", "bgnbd"] as const, "auto"),
      horizonMonths: optionalNumber(horizonMonths, "horizonMonths", 12, { min: 1, max: 1200, integer: true }),
      discountMonthly: optionalNumber(discountMonthly, "discountMonthly", 0.01, { min: 0, max: 1 }),
      marginRate: optionalNumber(margin, "margin", 1, { min: 0, max: 1 }),
    };
    const all = choice(output, "output", ["clv", "all"] as const, "clv") === "all";
    const input = readTable(table, asOf, invocation?.parameterAddresses?.[0]);
    const result = computeClv(input.read.customers, options);
    const ran = result.method;
    const clvHeader = scoreColumn("clv").header;
    const headers = [language === "zh" ? `${clvHeader.zh}（${ran}）` : `${clvHeader.en} (${ran})`];
    if (all) {
      const methodHeader = OUTPUT_HEADERS.method[language];
      const reason = result.fallback?.reason[language];
      headers.push(
        ...["pAlive", "expectedPurchases"].map((key) => scoreColumn(key).header[language]),
        OUTPUT_HEADERS.expectedSpend[language],
        reason === undefined ? methodHeader : `${methodHeader}${language === "zh" ? "：" : ": "}${reason}`,
      );
    }
    return tableSpill(
      input,
      headers,
      (_, i) => {
        const c = result.perCustomer[i]!;
        return all ? [c.clv, c.pAlive ?? "", c.expectedPurchases ?? "", c.expectedSpend ?? "", ran] : [c.clv];
      },
      language,
    );
  }, lang);
}
