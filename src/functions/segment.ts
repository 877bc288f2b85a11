import { assignSegments, segmentScheme } from "../core/rfm";
import type { LocalizedText } from "../core/types";
import { callCore } from "./_lib/callCore";
import { elementNumbers } from "./_lib/elementNumbers";
import { elementwise } from "./_lib/elementwise";
import { optionalLang } from "./_lib/optionalLang";
import { optionalNumber } from "./_lib/optionalNumber";
import { perRowError } from "./_lib/perRowError";
import { schemeArgument } from "./_lib/schemeArgument";
import { segmentLabel } from "./_lib/scoreColumn";

const NAMES = ["r", "f", "m"] as const;

/**
 * Segment label of R, F, M scores (or, for the eight-class schemes, of 0/1 flags), element by element. 按 R、F、M 评分（八类方案为 0/1 标志）逐个给出客户细分标签。
 * @customfunction SEGMENT
 * @param r Recency scores, a cell or a range (for cn8: 1 = recent, 0 = not). 最近度评分（cn8 方案：1 = 近期有购买，0 = 否）。
 * @param f Frequency scores, same size as r or a single cell (for cn8: 1 = frequent, 0 = not). 频率评分（cn8 方案：1 = 高频，0 = 否）。
 * @param m Monetary scores, same size as r or a single cell (for cn8: 1 = high spend, 0 = not). 金额评分（cn8 方案：1 = 高消费，0 = 否）。
 * @param [scheme] "rfm11" (default), "rfm-r10", "cn8" or "cn8-volcano". 细分方案：rfm11（默认）、rfm-r10、cn8 或 cn8-volcano。
 * @param [bins] The scale of the scores, 2 to 10; default 5 (not used by cn8). 评分的档数，2 到 10，默认 5（cn8 不使用）。
 * @param [lang] Language of labels and messages: "en" (default) or "zh". 标签和提示的语言：en（默认）或 zh。
 * @returns The segment label of each element, in the size of the ranges.
 * @example
 * =CDP.SEGMENT({5;1}, {5;1}, 1) // => {"Champions"; "Lost"}
 * =CDP.SEGMENT(1, 0, 1, "cn8", , "zh") // => "重要发展客户"
 */
export function segment(r: any[][], f: any[][], m: any[][], scheme?: any, bins?: any, lang?: any): any[][] {
  return callCore(() => {
    const language = optionalLang(lang);
    const key = schemeArgument(scheme);
    const flags = segmentScheme(key).basis === "bits";
    const k = flags ? 1 : optionalNumber(bins, "bins", 5, { min: 2, max: 10, integer: true });
    const grid = elementwise([
      ["r", r],
      ["f", f],
      ["m", m],
    ]).map((row) => row.map((cells) => readScores(cells, key, k)));
    const valid = grid.flat().filter((e): e is number[] => Array.isArray(e));
    const keys = flags
      ? valid.map(([rv, fv, mv]) => segmentScheme(key).segmentOf(rv!, fv!, mv!))
      : assignSegments(
          valid.map(([rv, fv, mv]) => ({ r: rv!, f: fv!, m: mv! })),
          key,
          { bins: k },
        ).scores.map((s) => s.segment!);
    let next = 0;
    return grid.map((row) =>
      row.map((e) =>
        Array.isArray(e) ? segmentLabel(key, keys[next++]!, language) : e === "" ? "" : perRowError(e, language),
      ),
    );
  }, lang);
}

/**
 * One element's scores: the three numbers when each is a whole score in 1..k (or a 0/1 flag for the
 * eight-class schemes, k = 1), `""` when all three cells are blank, else the problem.
 */
function readScores(cells: readonly unknown[], scheme: string, k: number): number[] | LocalizedText | "" {
  const read = elementNumbers(NAMES, cells);
  if (read.kind !== "numbers") return read.kind === "blank" ? "" : read.message;
  const flags = k === 1;
  const bad = read.values.findIndex((v) => !(Number.isInteger(v) && v >= (flags ? 0 : 1) && v <= k));
  if (bad < 0) return read.values;
  const [name, v] = [NAMES[bad], read.values[bad]];
  return flags
    ? {
        en: `${scheme} takes 0/1 flags (1 = recent, frequent, high spend); ${name} is ${v}`,
        zh: `${scheme} 方案使用 0/1 标志（1 = 近期、高频、高消费）；${name} 为 ${v}`,
      }
    : {
        en: `${name} must be a whole score from 1 to ${k}; got ${v}`,
        zh: `${name} 必须是 1 到 ${k} 之间的整数评分；当前为 ${v}`,
      };
}
