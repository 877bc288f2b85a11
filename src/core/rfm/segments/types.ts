import type { LocalizedText } from "../../types";
import type { RfmMonetary, RfmScore, RfmTriple } from "../types";

/**
 * Named segment schemes:
 * - `rfm11`: the R × F grid with eleven segments (Champions … Lost);
 * - `rfm-r10`: the ten segments of the R `rfm` package 0.3.0 (first match wins, else Others);
 * - `cn8`: the Chinese eight classes (重要价值客户 … 一般挽留客户) from R, F, M each above or below a threshold;
 * - `cn8-volcano`: the same eight classes with the alternative labels used by 火山引擎 (Volcano Engine) and some BI tools.
 */
export type SegmentSchemeKey = "rfm11" | "rfm-r10" | "cn8" | "cn8-volcano";

/** One segment of a scheme, with the texts the plan uses. */
export interface SegmentDefinition {
  /** Stable key, unique within its scheme (e.g. `"champions"`, `"important-value"`). */
  readonly key: string;
  readonly label: LocalizedText;
  /** One line: who is in it. */
  readonly description: LocalizedText;
  /** One line: what to do with them. */
  readonly action: LocalizedText;
  /** For the eight-class schemes: the R F M bits, 1 = good (recent / frequent / high spend), e.g. `"101"`. */
  readonly bits?: string;
}

/** A scheme: its segments in display order and the rule that picks one. */
export interface SegmentScheme {
  readonly key: SegmentSchemeKey;
  readonly name: LocalizedText;
  /**
   * What `segmentOf` takes: `scores` = R, F, M scores on the 1..5 scale; `bits` = R, F, M as 0 or 1,
   * 1 meaning recent / frequent / high spend.
   */
  readonly basis: "scores" | "bits";
  readonly segments: readonly SegmentDefinition[];
  /** The key of the segment of one customer. Total: every valid input has exactly one segment. */
  readonly segmentOf: (r: number, f: number, m: number) => string;
}

/** Scores with their segment under one scheme, as {@link assignSegments} returns them. */
export interface Segmentation {
  readonly scheme: SegmentSchemeKey;
  /** One per customer, in input order, each with `segment` set. */
  readonly scores: readonly RfmScore[];
  /** Monetary mode of the scores (used to average monetary value in summaries). */
  readonly monetary: RfmMonetary;
  /** For the eight-class schemes: the thresholds R, F and M were compared with, in raw units. */
  readonly thresholds?: RfmTriple<number>;
}

/** One row of {@link summarizeSegments}. */
export interface SegmentSummaryRow {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly action: string;
  /** Number of customers in the segment. */
  readonly customers: number;
  /** customers / all customers (0..1). */
  readonly share: number;
  /** Sum of `purchases` (orders). */
  readonly purchases: number;
  /** Sum of `total`. */
  readonly revenue: number;
  /** revenue / all revenue (0 when all revenue is 0). */
  readonly revenueShare: number;
  /** Averages over the segment's customers; `null` for an empty segment. */
  readonly avgRecencyDays: number | null;
  readonly avgPurchases: number | null;
  /** Average monetary value: of `total`, or of `total / purchases` when the scores used `monetary: "average"`. */
  readonly avgMonetary: number | null;
}
