import { lazyText } from "../lazyText";
import { DomainError } from "../errors";
import type { LocalizedText } from "../types";
import { formatNumber } from "./formatNumber";
import { quantileSorted, sortedCopy } from "../stats";
import type { ValueTier } from "./valueTiers";
import { VALUE_TIERS } from "./valueTiers";

/** A threshold given as a number (in the units of the values) or as a quantile probability of the population. */
export type TierThreshold = number | { readonly quantile: number };

export interface ValueTierOptions {
  /** Where "high CLV" starts. Default `{ quantile: 0.5 }`, the median CLV. */
  readonly clvThreshold?: TierThreshold;
  /** Where "high profit contribution" starts. Default `{ quantile: 0.5 }`, the median profit. */
  readonly profitThreshold?: TierThreshold;
  /**
   * When true (default), a dimension counts as high only if its value is also above 0, so a
   * customer who earns nothing or loses money is never "high profit", whatever the median.
   */
  readonly requirePositive?: boolean;
}

/** One customer's tier and why. */
export interface ValueTierAssignment {
  readonly tier: ValueTier;
  readonly highClv: boolean;
  readonly highProfit: boolean;
  readonly reason: LocalizedText;
}

export interface ValueTierResult {
  /** One entry per input row, in input order. */
  readonly assignments: readonly ValueTierAssignment[];
  /** The thresholds compared against, in the units of the values. */
  readonly thresholds: { readonly clv: number; readonly profit: number };
  readonly requirePositive: boolean;
  /** Customers per tier; every tier is present, possibly with 0. */
  readonly counts: Readonly<Record<ValueTier, number>>;
}

/**
 * Sorts customers into the four value tiers of seed 002 (价值维度划分) on a CLV × profit
 * contribution matrix: CLV is future value, profit contribution is current value.
 *
 * Mapping (from the seed's definitions): high CLV and high profit → `strategic` (战略型);
 * high CLV, low profit → `highPotential` (高潜力型); low CLV, high profit → `basic` (基础型,
 * adequate and positive profit today, little future value); low CLV, low profit →
 * `lowEfficiency` (低效型).
 *
 * Method: a threshold is either a number or a quantile of the population (R type 7, so
 * `{ quantile: 0.5 }` is the median; this is the default for both dimensions). A value is
 * **high when it is greater than or equal to its threshold** ("at least the threshold"), and, with
 * `requirePositive` (default true), also greater than 0. So tied values always share a side; when
 * every customer has the same positive values all of them are `strategic`, and when they are all
 * 0 all of them are `lowEfficiency`. Runs in O(n log n). Does not modify `rows`.
 *
 * @param rows - one `{ clv, profit }` per customer, finite numbers, at least one row
 * @param options - thresholds and the positivity rule
 * @returns the tier of each row with its reason, the thresholds used and the count per tier
 * @throws {DomainError} `EMPTY_INPUT` when `rows` is empty; `BAD_ARGUMENT` when a value is not a
 *   finite number (naming the row) or a threshold is not a finite number or a quantile in [0, 1]
 *
 * @example
 * assignValueTiers([
 *   { clv: 100, profit: 50 },
 *   { clv: 80, profit: 10 },
 *   { clv: 20, profit: 40 },
 *   { clv: 10, profit: 5 },
 * ]).assignments.map((a) => a.tier)
 * // => ["strategic", "highPotential", "basic", "lowEfficiency"] (median CLV 50, median profit 25)
 */
export function assignValueTiers(
  rows: readonly { readonly clv: number; readonly profit: number }[],
  options: ValueTierOptions = {},
): ValueTierResult {
  if (rows.length === 0) {
    throw new DomainError("EMPTY_INPUT", "there are no customers to sort into value tiers", "没有可划分价值层级的客户");
  }
  rows.forEach((row, index) => {
    for (const key of ["clv", "profit"] as const) {
      if (!Number.isFinite(row[key])) {
        throw new DomainError(
          "BAD_ARGUMENT",
          `row ${index + 1}: ${key === "clv" ? "CLV" : "profit"} is not a finite number (${String(row[key])})`,
          `第 ${index + 1} 行：${key === "clv" ? "客户生命周期价值" : "利润贡献"}不是有限数（${String(row[key])}）`,
          { index, field: key, value: row[key] },
        );
      }
    }
  });
  const requirePositive = options.requirePositive ?? true;
  const clvCut = resolveThreshold(
    options.clvThreshold,
    rows.map((r) => r.clv),
    "CLV",
    "客户生命周期价值",
  );
  const profitCut = resolveThreshold(
    options.profitThreshold,
    rows.map((r) => r.profit),
    "profit",
    "利润贡献",
  );

  const counts: Record<ValueTier, number> = { strategic: 0, highPotential: 0, basic: 0, lowEfficiency: 0 };
  const assignments = rows.map((row): ValueTierAssignment => {
    const highClv = row.clv >= clvCut && (!requirePositive || row.clv > 0);
    const highProfit = row.profit >= profitCut && (!requirePositive || row.profit > 0);
    const tier: ValueTier = highClv
      ? highProfit
        ? "strategic"
        : "highPotential"
      : highProfit
        ? "basic"
        : "lowEfficiency";
    counts[tier] += 1;
    return {
      tier,
      highClv,
      highProfit,
      reason: lazyText(() => reasonOf(row, clvCut, profitCut, highClv, highProfit, tier)),
    };
  });
  return { assignments, thresholds: { clv: clvCut, profit: profitCut }, requirePositive, counts };
}

function resolveThreshold(
  threshold: TierThreshold | undefined,
  values: readonly number[],
  nameEn: string,
  nameZh: string,
): number {
  const spec = threshold ?? { quantile: 0.5 };
  if (typeof spec === "number") {
    if (!Number.isFinite(spec)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `the ${nameEn} threshold must be a finite number, got ${String(spec)}`,
        `${nameZh}阈值必须是有限数，收到 ${String(spec)}`,
        { threshold: spec },
      );
    }
    return spec;
  }
  return quantileSorted(sortedCopy(values), spec.quantile);
}

function reasonOf(
  row: { readonly clv: number; readonly profit: number },
  clvCut: number,
  profitCut: number,
  highClv: boolean,
  highProfit: boolean,
  tier: ValueTier,
): LocalizedText {
  const clv = formatNumber(row.clv, 2);
  const profit = formatNumber(row.profit, 2);
  const clvT = formatNumber(clvCut, 2);
  const profitT = formatNumber(profitCut, 2);
  const label = VALUE_TIERS[tier].label;
  // "not positive" names the positivity rule when it, not the threshold, made the value low.
  const side = (high: boolean, value: number, cut: number) => (high ? "high" : value < cut ? "low" : "not positive");
  const sideZh = (high: boolean, value: number, cut: number) => (high ? "高" : value < cut ? "低" : "非正");
  return {
    en:
      `${label.en}: CLV ${clv} is ${side(highClv, row.clv, clvCut)} (threshold ${clvT}), ` +
      `profit contribution ${profit} is ${side(highProfit, row.profit, profitCut)} (threshold ${profitT})`,
    zh:
      `${label.zh}：客户生命周期价值 ${clv}，${sideZh(highClv, row.clv, clvCut)}（阈值 ${clvT}）；` +
      `利润贡献 ${profit}，${sideZh(highProfit, row.profit, profitCut)}（阈值 ${profitT}）`,
  };
}
