/**
 * Types of RFM scoring. RFM = recency (days since the last purchase), frequency (number of
 * purchases) and monetary value (total spend, or the average order value).
 */

/** What RFM needs of a customer. The core's `Customer` record satisfies it. */
export interface RfmInput {
  /** Days from the last purchase to the as-of date. */
  readonly recencyDays: number;
  /** Number of purchases. */
  readonly purchases: number;
  /** Total amount bought. */
  readonly total: number;
}

/**
 * How scores are cut:
 * - `quantile`: equal-frequency bins at the type-7 quantiles i/k (a value equal to a cut point goes to the lower bin);
 * - `quantile-r`: the R `rfm` package's rule (cut = quantile + 1, half-open bins `lower ≤ v < upper`);
 * - `rank`: score = ⌈k × midrank / n⌉, ties sharing the average rank of their group;
 * - `fixed`: the caller's own inner cut points per dimension;
 * - `mean`: two classes per dimension, above the population mean or not (k is ignored; scores are 1 and 2).
 */
export type RfmMethod = "quantile" | "quantile-r" | "rank" | "fixed" | "mean";

/** Monetary value per customer: the total spend, or the average order value (total / purchases). */
export type RfmMonetary = "total" | "average";

/** The three RFM dimensions. */
export type RfmDimension = "recency" | "frequency" | "monetary";

/** One list of numbers per dimension. */
export interface RfmTriple<T> {
  readonly recency: T;
  readonly frequency: T;
  readonly monetary: T;
}

/** Options of {@link scoreRfm}. */
export interface RfmOptions {
  /** Number of scores per dimension, k: an integer from 2 to 10. Default 5. Ignored by the `mean` method (always 2). */
  readonly bins?: number;
  /** Default `quantile`. */
  readonly method?: RfmMethod;
  /** Default `total`. */
  readonly monetary?: RfmMonetary;
  /**
   * Only with `method: "fixed"`: k − 1 strictly increasing inner cut points per dimension, in the
   * units of the raw values (days, purchases, money). A value equal to a cut point goes to the lower
   * bin. A dimension left out is cut by quantiles.
   */
  readonly breakpoints?: Partial<RfmTriple<readonly number[]>>;
}

/** The scores of one customer. */
export interface RfmScore {
  /** Recency score, 1..k; k = most recent. */
  readonly r: number;
  /** Frequency score, 1..k; k = most purchases. */
  readonly f: number;
  /** Monetary score, 1..k; k = highest spend. */
  readonly m: number;
  /** The three scores as text: `"545"` for k ≤ 9, `"10,9,8"` (comma-separated) for k = 10. */
  readonly code: string;
  /** The segment key under a scheme, once {@link assignSegments} has run. */
  readonly segment?: string;
}

/** Everything {@link scoreRfm} computed, so thresholds can be shown back to the user. */
export interface RfmResult {
  /** One score per input customer, in input order. */
  readonly scores: readonly RfmScore[];
  /**
   * The k − 1 inner cut points per dimension, ascending, in raw units. For `quantile`, `fixed` and
   * `mean` a value ≤ cut point falls below it; for `quantile-r` a value < cut point falls below it
   * (R's half-open bins). For `rank` they describe the bands found: the largest value scored in the
   * lowest i bands, or the smallest value while those bands are empty (see {@link scoreRfm}). Recency bands are counted from the most recent, whose
   * score is k. When all values of a dimension are equal (`quantile`, `rank`), every cut point is that value.
   */
  readonly breakpoints: RfmTriple<readonly number[]>;
  /** Population means of the raw values (monetary as chosen by `monetary`). */
  readonly means: RfmTriple<number>;
  /** Scores in 1..k that no customer received (ties can empty a bin), ascending. */
  readonly unusedScores: {
    readonly r: readonly number[];
    readonly f: readonly number[];
    readonly m: readonly number[];
  };
  readonly method: RfmMethod;
  /** k actually used (2 for the `mean` method). */
  readonly bins: number;
  readonly monetary: RfmMonetary;
}
