import { assignValueTiers, VALUE_TIERS } from "../core/value";
import { DomainError } from "../core/errors";
import { callCore } from "./_lib/callCore";
import { elementNumbers } from "./_lib/elementNumbers";
import { elementwise } from "./_lib/elementwise";
import { optionalLang } from "./_lib/optionalLang";
import { perRowError } from "./_lib/perRowError";

/**
 * Value tier (strategic, high potential, basic, low efficiency) from CLV and profit contribution, with the medians of the given ranges as thresholds. 按 CLV 与利润贡献（以所给区域的中位数为阈值）划分价值层级。
 * @customfunction VALUETIER
 * @param clv Customer lifetime values (future value), a range. 客户终身价值（未来价值）。
 * @param profit Profit contributions (current value), same size as clv. 利润贡献（当前价值），与 clv 大小相同。
 * @param [lang] Language of labels and messages: "en" (default) or "zh". 标签和提示的语言：en（默认）或 zh。
 * @returns The tier label of each element, in the size of the ranges.
 * @example
 * =CDP.VALUETIER({100;80;20;10}, {50;10;40;5}) // => {"Strategic"; "High potential"; "Basic"; "Low efficiency"}
 */
export function valueTier(clv: any[][], profit: any[][], lang?: any): any[][] {
  return callCore(() => {
    const language = optionalLang(lang);
    const grid = elementwise([
      ["clv", clv],
      ["profit", profit],
    ]).map((row) => row.map((cells) => elementNumbers(["clv", "profit"], cells)));
    const pairs = grid
      .flat()
      .flatMap((e) => (e.kind === "numbers" ? [{ clv: e.values[0]!, profit: e.values[1]! }] : []));
    if (pairs.length === 0) {
      throw new DomainError(
        "EMPTY_INPUT",
        "clv and profit hold no pair of numbers: no data rows",
        "clv 与 profit 中没有成对的数字：没有数据行",
      );
    }
    const tiers = assignValueTiers(pairs).assignments;
    let next = 0;
    return grid.map((row) =>
      row.map((e) => {
        if (e.kind === "blank") return "";
        if (e.kind === "problem") return perRowError(e.message, language);
        return VALUE_TIERS[tiers[next++]!.tier].label[language];
      }),
    );
  }, lang);
}
