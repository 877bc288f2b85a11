import { DomainError } from "../../errors";
import { median } from "../../stats/median";
import { scoreRfm } from "../scoreRfm";
import type { RfmInput, RfmMonetary, RfmTriple } from "../types";

/** How the eight-class schemes split each dimension into high and low. */
export type Cn8Threshold = "mean" | "median";

/** Options of {@link cn8Bits}. */
export interface Cn8BitsOptions {
  /** Default `mean` (均值), the usual practice; `median` resists a few very large customers. */
  readonly threshold?: Cn8Threshold;
  /** Default `total`; `average` compares average order values. */
  readonly monetary?: RfmMonetary;
}

/**
 * The R F M bits of the Chinese eight-class scheme, 1 = good, from raw values:
 * R = 1 when recencyDays ≤ threshold (recent), F = 1 when purchases > threshold,
 * M = 1 when the monetary value > threshold. A value equal to the threshold therefore counts as
 * recent for R and as low for F and M. The thresholds are the population mean (clamped to the data
 * range, so all-equal values are "recent, low, low") or the type-7 median.
 *
 * Complexity: O(n) for the mean, O(n log n) for the median.
 *
 * @param customers - records with finite values (validated as in {@link scoreRfm})
 * @param options - threshold (default `mean`) and monetary mode (default `total`)
 * @returns one bit string `"RFM"` per customer, in input order, and the thresholds used
 * @throws {DomainError} as {@link scoreRfm}: `EMPTY_INPUT`, or `BAD_ARGUMENT` for a non-finite value;
 *   `BAD_ARGUMENT` for an unknown threshold
 *
 * @example
 * const customers = [
 *   { recencyDays: 10, purchases: 1, total: 900 },
 *   { recencyDays: 300, purchases: 1, total: 800 },
 *   { recencyDays: 20, purchases: 6, total: 100 },
 *   { recencyDays: 290, purchases: 4, total: 200 },
 * ];
 * cn8Bits(customers).bits // => ["101", "001", "110", "010"]
 * cn8Bits(customers).thresholds // => { recency: 155, frequency: 3, monetary: 500 }
 */
export function cn8Bits(
  customers: readonly RfmInput[],
  options: Cn8BitsOptions = {},
): { readonly bits: string[]; readonly thresholds: RfmTriple<number> } {
  const monetary = options.monetary ?? "total";
  const threshold = options.threshold ?? "mean";
  if (threshold !== "mean" && threshold !== "median") {
    throw new DomainError(
      "BAD_ARGUMENT",
      `unknown threshold "${String(threshold)}"; use "mean" or "median"`,
      `未知的阈值 "${String(threshold)}"，可用："mean"（均值）或 "median"（中位数）`,
      { threshold },
    );
  }
  const byMean = scoreRfm(customers, { method: "mean", monetary });
  if (threshold === "mean") {
    return { bits: byMean.scores.map(toBits), thresholds: byMean.means };
  }
  const thresholds = {
    recency: median(customers.map((c) => c.recencyDays)),
    frequency: median(customers.map((c) => c.purchases)),
    monetary: median(customers.map((c) => (monetary === "average" ? c.total / c.purchases : c.total))),
  };
  const byMedian = scoreRfm(customers, {
    method: "fixed",
    bins: 2,
    monetary,
    breakpoints: {
      recency: [thresholds.recency],
      frequency: [thresholds.frequency],
      monetary: [thresholds.monetary],
    },
  });
  return { bits: byMedian.scores.map(toBits), thresholds };
}

function toBits(s: { readonly r: number; readonly f: number; readonly m: number }): string {
  return `${s.r - 1}${s.f - 1}${s.m - 1}`;
}
