import { bgnbdHistoryProblem, bgnbdProbabilityAlive } from "../core/clv";
import { callCore } from "./_lib/callCore";
import { elementNumbers } from "./_lib/elementNumbers";
import { elementwise } from "./_lib/elementwise";
import { perRowError } from "./_lib/perRowError";
import { bgnbdParamsArgument } from "./_lib/bgnbdParamsArgument";

/**
 * Probability that a customer is still active under the BG/NBD model, element by element. 按 BG/NBD 模型逐个计算客户仍活跃的概率。
 * @customfunction PALIVE
 * @param frequency Repeat purchases (CDP.SUMMARY's frequency), a cell or a range. 重复购买次数（CDP.SUMMARY 的 frequency）。
 * @param recency Time from first to last purchase (CDP.SUMMARY's recency), same size or a single cell. 首次到最近一次购买的时长（recency）。
 * @param T Time from first purchase to the end of observation (CDP.SUMMARY's T), same size or a single cell. 首次购买到观察期末的时长（T）。
 * @param r The model's r (from CDP.FIT). 模型参数 r（来自 CDP.FIT）。
 * @param alpha The model's alpha, in the unit of recency and T (from CDP.FIT). 模型参数 alpha，单位与 recency、T 相同。
 * @param a The model's a (from CDP.FIT). 模型参数 a（来自 CDP.FIT）。
 * @param b The model's b (from CDP.FIT). 模型参数 b（来自 CDP.FIT）。
 * @returns P(alive) from 0 to 1 for each element, in the size of the ranges.
 * @example
 * =CDP.PALIVE(1, 1, 3, 1, 1, 1, 1) // => 0.2 (= 1 / (1 + 1/1 × (4/2)²))
 */
export function pAlive(frequency: any[][], recency: any[][], T: any[][], r: any, alpha: any, a: any, b: any): any[][] {
  return callCore(() => {
    const params = bgnbdParamsArgument(r, alpha, a, b);
    const names = ["frequency", "recency", "T"];
    return elementwise([
      ["frequency", frequency],
      ["recency", recency],
      ["T", T],
    ]).map((row) =>
      row.map((cells) => {
        const read = elementNumbers(names, cells);
        if (read.kind !== "numbers") return read.kind === "blank" ? "" : perRowError(read.message);
        const [x, tx, age] = read.values as [number, number, number];
        const problem = bgnbdHistoryProblem(x, tx, age);
        return problem ? perRowError(problem) : bgnbdProbabilityAlive(params, { x, tx, T: age });
      }),
    );
  });
}
