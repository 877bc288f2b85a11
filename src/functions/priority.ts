import { PRIORITY_CRITERIA, type PriorityWeights } from "../core/priority";
import { scoreCustomers } from "../core/score";
import { isBlankCell } from "../core/table";
import { argumentError } from "./_lib/argumentError";
import { asMatrix } from "./_lib/asMatrix";
import { callCore } from "./_lib/callCore";
import { choice } from "./_lib/choice";
import { optionalLang } from "./_lib/optionalLang";
import { OUTPUT_HEADERS } from "./_lib/outputHeaders";
import { readTable } from "./_lib/readTable";
import { requiredNumber } from "./_lib/requiredNumber";
import { shownValue } from "./_lib/shownValue";
import { scoreColumn } from "./_lib/scoreColumn";
import { tableSpill } from "./_lib/tableSpill";

/**
 * Priority score (0–100) and tier (P1/P2/P3) of every customer in a table. 表格中每位客户的优先级得分（0–100）和等级（P1/P2/P3）。
 * @customfunction PRIORITY
 * @requiresParameterAddresses
 * @param table A customer table with its header row: a customer summary, a transaction log or a lifetimes-style table. 客户表（含表头）：客户汇总、交易流水或 lifetimes 格式。
 * @param [asOf] Date the history ends: a date cell, serial or text such as 2025-12-31; default the latest date in the data. 历史数据截止日，默认数据中的最近日期。
 * @param [weights] Weights of strategic alignment, return on resources, growth and risk control: four cells in a row or column, or text "30,25,25,20" (default). 战略对齐度、资源投入产出比、成长潜力、风险可控性的权重，默认 30,25,25,20。
 * @param [output] "score" (default), "tier" or "all" (score, tier, the four sub-scores, value tier, churn warning). 输出：score（默认）、tier 或 all。
 * @param [lang] Language of headers, labels and messages: "en" (default) or "zh". 表头、标签和提示的语言：en（默认）或 zh。
 * @param [invocation] Supplied by Excel: where the arguments are, so messages name the right cells.
 * @returns A header row, then one row per table row (customer summary) or per customer with its ID first (transaction log).
 * @example
 * // all the weight on strategic alignment: the score is the strategic-alignment sub-score
 * =CDP.PRIORITY(A1:D121, , "1,0,0,0", "all") // => column 2 (score) equals column 4 (Strategic_alignment)
 */
export function priority(
  table: any[][],
  asOf?: any,
  weights?: any[][],
  output?: any,
  lang?: any,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return callCore(() => {
    const language = optionalLang(lang);
    const chosen = priorityWeights(weights);
    const out = choice(output, "output", ["score", "tier", "all"] as const, "score");
    const input = readTable(table, asOf, invocation?.parameterAddresses?.[0]);
    const result = scoreCustomers(input.read.customers, chosen ? { priority: { weights: chosen } } : {});
    const scheme = result.segmentation.scheme;
    const label = (key: string) => scoreColumn(key).header[language];
    const headers =
      out === "score"
        ? [label("priorityScore")]
        : out === "tier"
          ? [label("priority")]
          : [
              label("priorityScore"),
              label("priority"),
              ...PRIORITY_CRITERIA.map((k) => OUTPUT_HEADERS[k][language]),
              label("valueTier"),
              label("churn"),
            ];
    return tableSpill(
      input,
      headers,
      (_, i) => {
        const s = result.customers[i]!;
        if (out !== "all") return [out === "score" ? s.priority.score : s.priority.tier];
        return [
          s.priority.score,
          s.priority.tier,
          ...PRIORITY_CRITERIA.map((k) => s.priority.parts[k].subScore),
          scoreColumn("valueTier").value(s, language, scheme),
          scoreColumn("churn").value(s, language, scheme),
        ];
      },
      language,
    );
  }, lang);
}

/**
 * The `weights` argument: blank for the default; four numbers ≥ 0 in one row or one column of
 * cells; or one text of four numbers separated by commas, semicolons, slashes or spaces
 * (`"30,25,25,20"`, `"30，25，25，20"`). Only their ratios matter.
 */
function priorityWeights(value: unknown): PriorityWeights | undefined {
  const m = asMatrix(value);
  const cells = m.flat();
  if (cells.every(isBlankCell)) return undefined;
  const line = (m.length === 1 && m[0]!.length === 4) || (m.length === 4 && m.every((r) => r.length === 1));
  let parts: unknown[];
  if (cells.length === 1 && typeof cells[0] === "string")
    parts = cells[0].split(/[\s,，;；、/]+/).filter((p) => p !== "");
  else if (line) parts = cells;
  else parts = [];
  if (parts.length !== 4) {
    const got = cells.length === 1 ? shownValue(cells[0]) : `${m.length}×${m[0]?.length ?? 0} cells`;
    const gotZh = cells.length === 1 ? shownValue(cells[0]) : `${m.length}×${m[0]?.length ?? 0} 个单元格`;
    throw argumentError(
      "weights",
      `must be four numbers (strategic alignment, return on resources, growth, risk control): a 1×4 or 4×1 range, or text such as "30,25,25,20"; got ${got}`,
      `必须是四个数（战略对齐度、资源投入产出比、成长潜力、风险可控性）：1×4 或 4×1 的区域，或 "30,25,25,20" 这样的文本；当前为 ${gotZh}`,
      value,
    );
  }
  const [strategic, returnOnResources, growth, riskControl] = parts.map((p) =>
    requiredNumber(p, "weights", { min: 0 }),
  );
  return { strategic: strategic!, returnOnResources: returnOnResources!, growth: growth!, riskControl: riskControl! };
}
