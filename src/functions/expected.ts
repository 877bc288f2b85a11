import { bgnbdExpectedPurchases, bgnbdHistoryProblem } from "../core/clv";
import { callCore } from "./_lib/callCore";
import { elementNumbers } from "./_lib/elementNumbers";
import { elementwise } from "./_lib/elementwise";
import { perRowError } from "./_lib/perRowError";
import { bgnbdParamsArgument } from "./_lib/bgnbdParamsArgument";

/**
 * Expected number of purchases in the next t time units under the BG/NBD model, element by element. 按 BG/NBD 模型逐个计算未来 t 个时间单位内的预期购买次数。
 * @customfunction EXPECTED
 * @param frequency Repeat purchases (CDP.SUMMARY's frequency), a cell or a range. 重复购买次数（CDP.SUMMARY 的 frequency）。
 * @param recency Time from first to last purchase (CDP.SUMMARY's recency), same size or a single cell. 首次到最近一次购买的时长（recency）。
 * @param T Time from first purchase to the end of observation (CDP.SUMMARY's T), same size or a single cell. 首次购买到观察期末的时长（T）。
 * @param horizon Forecast horizon t in the same time unit, e.g. 90 (days) or 13 (weeks); same size or a single cell. 预测期 t，单位相同，例如 90（天）或 13（周）。
 * @param r The model's r (from CDP.FIT). 模型参数 r（来自 CDP.FIT）。
 * @param alpha The model's alpha, in the unit of recency and T (from CDP.FIT). 模型参数 alpha，单位与 recency、T 相同。
 * @param a The model's a (from CDP.FIT). 模型参数 a（来自 CDP.FIT）。
 * @param b The model's b (from CDP.FIT). 模型参数 b（来自 CDP.FIT）。
 * @returns The expected purchase count for each element (a count, not a probability), in the size of the ranges.
 * @example
 * =CDP.EXPECTED(26, 30.86, 31, 1, 0.242593, 4.413532, 0.792886, 2.425752) // => 0.7106 (lifetimes: 0.710623)
 */
export function expected(
  frequency: any[][],
  recency: any[][],
  T: any[][],
  horizon: any[][],
  r: any,
  alpha: any,
  a: any,
  b: any,
): any[][] {
  return callCore(() => {
    const params = bgnbdParamsArgument(r, alpha, a, b);
    const names = ["frequency", "recency", "T", "horizon"];
    return elementwise([
      ["frequency", frequency],
      ["recency", recency],
      ["T", T],
      ["horizon", horizon],
    ]).map((row) =>
      row.map((cells) => {
        const read = elementNumbers(names, cells);
        if (read.kind !== "numbers") return read.kind === "blank" ? "" : perRowError(read.message);
        const [x, tx, age, t] = read.values as [number, number, number, number];
        const problem =
          bgnbdHistoryProblem(x, tx, age) ??
          (t >= 0
            ? undefined
            : { en: `horizon must be 0 or more; got ${t}`, zh: `horizon 必须大于等于 0；当前为 ${t}` });
        return problem ? perRowError(problem) : bgnbdExpectedPurchases(params, { x, tx, T: age }, t);
      }),
    );
  });
}
