import { assignSegments, scoreRfm } from "../core/rfm";
import { callCore } from "./_lib/callCore";
import { choice } from "./_lib/choice";
import { optionalLang } from "./_lib/optionalLang";
import { optionalNumber } from "./_lib/optionalNumber";
import { readTable } from "./_lib/readTable";
import { schemeArgument } from "./_lib/schemeArgument";
import { scoreColumn, segmentLabel } from "./_lib/scoreColumn";
import { tableSpill } from "./_lib/tableSpill";

/** The score columns each `output` shows, in order. */
const OUTPUT_COLUMNS = {
  code: ["rfm"],
  scores: ["r", "f", "m"],
  segment: ["segment"],
  all: ["r", "f", "m", "rfm", "segment"],
} as const;

/**
 * RFM scores, code and segment of every customer in a table. 表格中每位客户的 RFM 评分、代码和细分。
 * @customfunction RFM
 * @requiresParameterAddresses
 * @param table A customer table with its header row: a customer summary, a transaction log or a lifetimes-style table. 客户表（含表头）：客户汇总、交易流水或 lifetimes 格式。
 * @param [asOf] Date recency is measured to: a date cell, serial or text such as 2025-12-31; default the latest date in the data. 计算最近购买间隔的截止日，默认数据中的最近日期。
 * @param [output] "code" (default, e.g. 545), "scores" (R, F, M), "segment" or "all". 输出：code（默认）、scores、segment 或 all。
 * @param [scheme] Segment scheme: "rfm11" (default), "rfm-r10", "cn8" or "cn8-volcano". 细分方案：rfm11（默认）、rfm-r10、cn8 或 cn8-volcano。
 * @param [bins] Scores per dimension, 2 to 10; default 5. 每个维度的分档数，2 到 10，默认 5。
 * @param [method] How scores are cut: "quantile" (default), "quantile-r", "rank" or "mean". 分档方法：quantile（默认）、quantile-r、rank 或 mean。
 * @param [lang] Language of headers, labels and messages: "en" (default) or "zh". 表头、标签和提示的语言：en（默认）或 zh。
 * @param [invocation] Supplied by Excel: where the arguments are, so messages name the right cells.
 * @returns A header row, then one row per table row (customer summary) or per customer with its ID first (transaction log).
 * @example
 * // A1:D5: four customers, last bought 10, 200, 30 and 400 days before 2024-12-31; 1, 5, 3, 2 purchases; totals 100, 900, 300, 50
 * =CDP.RFM(A1:D5, "2024-12-31") // => {"RFM"; "512"; "255"; "444"; "121"}
 */
export function rfm(
  table: any[][],
  asOf?: any,
  output?: any,
  scheme?: any,
  bins?: any,
  method?: any,
  lang?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return callCore(() => {
    const language = optionalLang(lang);
    const columns = OUTPUT_COLUMNS[choice(output, "output", ["code", "scores", "segment", "all"] as const, "code")];
    const schemeKey = schemeArgument(scheme);
    const options = {
      bins: optionalNumber(bins, "bins", 5, { min: 2, max: 10, integer: true }),
      method: choice(method, "method", ["quantile", "quantile-r", "rank", "mean"] as const, "quantile"),
    };
    const input = readTable(table, asOf, invocation?.parameterAddresses?.[0]);
    const customers = input.read.customers;
    const segmented = assignSegments(scoreRfm(customers, options), schemeKey, { customers }).scores;
    const cell = (key: string, i: number): unknown => {
      const s = segmented[i]!;
      if (key === "segment") return segmentLabel(schemeKey, s.segment ?? "", language);
      return key === "rfm" ? s.code : s[key as "r" | "f" | "m"];
    };
    const headers = columns.map((key) => scoreColumn(key).header[language]);
    return tableSpill(input, headers, (_, i) => columns.map((key) => cell(key, i)), language);
  }, lang);
}
