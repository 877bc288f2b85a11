import { DomainError } from "../../errors";
import { rfmCode } from "../rfmCode";
import type { RfmInput, RfmMonetary, RfmResult, RfmScore, RfmTriple } from "../types";
import { cn8Bits, type Cn8Threshold } from "./cn8Bits";
import { rescaleToFive } from "./rescaleToFive";
import { segmentScheme } from "./segmentScheme";
import type { Segmentation, SegmentSchemeKey } from "./types";

/** Scores as they may come from a sheet: R, F, M on 1..k, with or without a code. */
export interface ScoreLike {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly code?: string;
}

/** Options of {@link assignSegments}. */
export interface AssignSegmentsOptions {
  /** k of a plain score array (default 5). A {@link RfmResult} carries its own. */
  readonly bins?: number;
  /** Eight-class schemes: the customers' raw values, in the same order as the scores. */
  readonly customers?: readonly RfmInput[];
  /** Eight-class schemes: compare with the mean (default) or the median. */
  readonly threshold?: Cn8Threshold;
  /** Monetary mode of a plain score array (default `total`). A {@link RfmResult} carries its own. */
  readonly monetary?: RfmMonetary;
}

/**
 * Puts every customer in exactly one segment of a scheme.
 *
 * Method:
 * - `rfm11` (default) and `rfm-r10` use the scores: each is rescaled to 1..5 with ⌈score × 5 / k⌉
 *   (unchanged for k = 5; see {@link rescaleToFive}), then the grid or the first matching box decides.
 * - `cn8` and `cn8-volcano` use raw values: R, F and M are each compared with the population mean
 *   (or median, `threshold: "median"`) of `options.customers` (see {@link cn8Bits}). Without
 *   customers, a result of `scoreRfm(…, { method: "mean" })` is used directly (its scores are those
 *   bits plus one), and its means are the thresholds.
 *
 * Complexity: O(n) (O(n log n) with the median threshold).
 *
 * @param input - the result of {@link scoreRfm}, or plain scores on 1..k
 * @param scheme - `rfm11` (default), `rfm-r10`, `cn8` or `cn8-volcano`
 * @param options - k and monetary mode of plain scores; raw values and threshold for the eight-class schemes
 * @returns the scores with `segment` set (input order; equal results share one frozen object), the scheme, and
 *   for the eight-class schemes the thresholds
 * @throws {DomainError} `BAD_ARGUMENT` for an unknown scheme, bad k, a score that is not an integer in 1..k,
 *   an eight-class scheme without raw values (or a mean-method result), or options contradicting the result;
 *   `SIZE_MISMATCH` when `options.customers` and the scores differ in length
 *
 * @example
 * assignSegments([{ r: 5, f: 5, m: 1 }, { r: 1, f: 1, m: 1 }]).scores.map((s) => s.segment) // => ["champions", "lost"]
 * assignSegments([{ r: 10, f: 8, m: 3 }], "rfm11", { bins: 10 }).scores[0].segment // => "champions"
 */
export function assignSegments(
  input: RfmResult | readonly ScoreLike[],
  scheme: SegmentSchemeKey = "rfm11",
  options: AssignSegmentsOptions = {},
): Segmentation {
  const definition = segmentScheme(scheme);
  const plain = isScoreArray(input);
  const k = plain ? (options.bins ?? 5) : input.bins;
  const monetary = plain ? (options.monetary ?? "total") : input.monetary;
  if (!Number.isInteger(k) || k < 2 || k > 10) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `bins must be an integer from 2 to 10, got ${k}`,
      `分箱数必须是 2 到 10 之间的整数，当前为 ${k}`,
      { bins: k },
    );
  }
  if (!plain && options.monetary !== undefined && options.monetary !== input.monetary) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `monetary "${options.monetary}" contradicts the scores, computed with "${input.monetary}"`,
      `消费金额口径 "${options.monetary}" 与评分时使用的 "${input.monetary}" 不一致`,
    );
  }
  const scores: readonly ScoreLike[] = plain ? input : input.scores;
  scores.forEach((s, i) => checkScores(s, i, k));

  // scoreRfm shares one score object between customers with equal scores, and the segment depends only on
  // that object (and, for the eight-class schemes, on the bits): build each distinct result once, frozen.
  const shared = new Map<ScoreLike, RfmScore[]>();
  const resultFor = (s: ScoreLike, variant: number, segmentOf: () => string): RfmScore => {
    let row = shared.get(s);
    if (!row) shared.set(s, (row = []));
    return (row[variant] ??= Object.freeze({
      r: s.r,
      f: s.f,
      m: s.m,
      code: s.code ?? rfmCode(s.r, s.f, s.m, k),
      segment: segmentOf(),
    }));
  };
  let out: RfmScore[];
  let thresholds: RfmTriple<number> | undefined;
  if (definition.basis === "scores") {
    out = scores.map((s) =>
      resultFor(s, 0, () => definition.segmentOf(rescaleToFive(s.r, k), rescaleToFive(s.f, k), rescaleToFive(s.m, k))),
    );
  } else {
    const bits = bitsFor(input, plain, monetary, options);
    thresholds = bits.thresholds;
    out = scores.map((s, i) => {
      const b = bits.bits[i];
      return resultFor(s, parseInt(b, 2), () => definition.segmentOf(Number(b[0]), Number(b[1]), Number(b[2])));
    });
  }
  return thresholds ? { scheme, scores: out, monetary, thresholds } : { scheme, scores: out, monetary };
}

function isScoreArray(input: RfmResult | readonly ScoreLike[]): input is readonly ScoreLike[] {
  return Array.isArray(input);
}

function checkScores(s: ScoreLike, i: number, k: number): void {
  for (const [name, v] of [
    ["r", s.r],
    ["f", s.f],
    ["m", s.m],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > k) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `scores[${i}].${name} must be an integer from 1 to ${k}, got ${String(v)}`,
        `scores[${i}] 的 ${name} 必须是 1 到 ${k} 之间的整数，当前为 ${String(v)}`,
        { index: i, field: name },
      );
    }
  }
}

function bitsFor(
  input: RfmResult | readonly ScoreLike[],
  plain: boolean,
  monetary: RfmMonetary,
  options: AssignSegmentsOptions,
): { readonly bits: readonly string[]; readonly thresholds: RfmTriple<number> } {
  const n = plain ? (input as readonly ScoreLike[]).length : (input as RfmResult).scores.length;
  if (options.customers) {
    if (options.customers.length !== n) {
      throw new DomainError(
        "SIZE_MISMATCH",
        `${options.customers.length} customers but ${n} scores`,
        `客户有 ${options.customers.length} 个，评分却有 ${n} 个`,
        { customers: options.customers.length, scores: n },
      );
    }
    return cn8Bits(options.customers, { threshold: options.threshold, monetary });
  }
  const result = input as RfmResult;
  if (!plain && result.method === "mean" && (options.threshold ?? "mean") === "mean") {
    return { bits: result.scores.map((s) => `${s.r - 1}${s.f - 1}${s.m - 1}`), thresholds: result.means };
  }
  throw new DomainError(
    "BAD_ARGUMENT",
    'the eight-class schemes compare raw values with a threshold: pass options.customers, or scores from method "mean"',
    '八类客户方案需要用原始数值与阈值比较：请传入 options.customers，或使用 "mean"（均值）方法得到的评分',
  );
}
