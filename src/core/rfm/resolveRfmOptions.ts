import { DomainError } from "../errors";
import type { DimensionRule } from "./scoreDimension";
import type { RfmDimension, RfmMethod, RfmMonetary, RfmOptions, RfmTriple } from "./types";

const METHODS: readonly RfmMethod[] = ["quantile", "quantile-r", "rank", "fixed", "mean"];
const MONETARY: readonly RfmMonetary[] = ["total", "average"];

/** Chinese names of the dimensions, for error messages. */
const DIMENSION_ZH: RfmTriple<string> = {
  recency: "最近一次消费 (R)",
  frequency: "消费频率 (F)",
  monetary: "消费金额 (M)",
};

/** Options of {@link scoreRfm} with defaults applied and every dimension's cutting rule decided. */
export interface ResolvedRfmOptions {
  readonly method: RfmMethod;
  readonly bins: number;
  readonly monetary: RfmMonetary;
  /** Cutting rule per dimension (`mean` rules are completed with the means by the caller). */
  readonly rules: RfmTriple<DimensionRule | "mean">;
}

/**
 * Checks the options of {@link scoreRfm}, applies the defaults (k = 5, `quantile`, `total`) and decides
 * how each dimension is cut. With `fixed`, a dimension without breakpoints is cut by quantiles.
 *
 * @param options - the caller's options
 * @returns the resolved options
 * @throws {DomainError} `BAD_ARGUMENT` (English and Chinese message) for: bins not an integer in 2..10;
 *   an unknown method or monetary mode; breakpoints given with a method other than `fixed`; fixed
 *   breakpoints that are not k − 1 finite, strictly increasing numbers (the message names the dimension)
 *
 * @example
 * resolveRfmOptions({ method: "mean" }).bins // => 2
 */
export function resolveRfmOptions(options: RfmOptions = {}): ResolvedRfmOptions {
  const method = options.method ?? "quantile";
  if (!METHODS.includes(method)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `unknown RFM method "${String(method)}"; use one of ${METHODS.join(", ")}`,
      `未知的 RFM 评分方法 "${String(method)}"，可用：${METHODS.join("、")}`,
      { method },
    );
  }
  const monetary = options.monetary ?? "total";
  if (!MONETARY.includes(monetary)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `unknown monetary mode "${String(monetary)}"; use "total" or "average"`,
      `未知的消费金额口径 "${String(monetary)}"，可用："total"（累计金额）或 "average"（客单价）`,
      { monetary },
    );
  }
  const requested = options.bins ?? 5;
  if (!Number.isInteger(requested) || requested < 2 || requested > 10) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `bins must be an integer from 2 to 10, got ${requested}`,
      `分箱数必须是 2 到 10 之间的整数，当前为 ${requested}`,
      { bins: requested },
    );
  }
  if (options.breakpoints !== undefined && method !== "fixed") {
    throw new DomainError(
      "BAD_ARGUMENT",
      `breakpoints are only used with method "fixed", not "${method}"`,
      `只有 "fixed"（固定分界点）方法才使用分界点，当前方法为 "${method}"`,
      { method },
    );
  }
  const bins = method === "mean" ? 2 : requested;
  const rule = (dimension: RfmDimension): DimensionRule | "mean" => {
    if (method === "mean") return "mean";
    if (method !== "fixed") return { kind: method };
    const cuts = options.breakpoints?.[dimension];
    if (cuts === undefined) return { kind: "quantile" };
    checkCuts(dimension, cuts, bins);
    return { kind: "cuts", cuts: [...cuts] };
  };
  return {
    method,
    bins,
    monetary,
    rules: { recency: rule("recency"), frequency: rule("frequency"), monetary: rule("monetary") },
  };
}

function checkCuts(dimension: RfmDimension, cuts: readonly number[], bins: number): void {
  const zh = DIMENSION_ZH[dimension];
  if (!Array.isArray(cuts) || cuts.length !== bins - 1) {
    const got = Array.isArray(cuts) ? cuts.length : 0;
    throw new DomainError(
      "BAD_ARGUMENT",
      `${dimension} breakpoints: ${bins} bins need ${bins - 1} cut points, got ${got}`,
      `${zh}分界点：${bins} 个分箱需要 ${bins - 1} 个分界点，当前为 ${got} 个`,
      { dimension, expected: bins - 1, got },
    );
  }
  cuts.forEach((c, i) => {
    if (typeof c !== "number" || !Number.isFinite(c)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `${dimension} breakpoints: cut point ${i + 1} (${String(c)}) is not a finite number`,
        `${zh}分界点：第 ${i + 1} 个分界点 (${String(c)}) 不是有限数值`,
        { dimension, index: i },
      );
    }
    if (i > 0 && !(c > cuts[i - 1])) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `${dimension} breakpoints must be strictly increasing: ${cuts[i - 1]} is followed by ${c}`,
        `${zh}分界点必须严格递增：${cuts[i - 1]} 之后是 ${c}`,
        { dimension, index: i },
      );
    }
  });
}
