import type { LocalizedText } from "../types";
import type { BgnbdFit, BgnbdRouteCounts } from "./bgnbd/bgnbdTypes";
import type { GammaGammaFit } from "./gammaGamma/gammaGammaTypes";
import type { TimeUnit } from "./timeUnit";

/** A CLV method that produces numbers. */
export type ClvMethod = "historical" | "simple" | "retention" | "bgnbd";

/** A CLV method as requested: `auto` picks `bgnbd` when the data supports it, else `retention`. */
export type ClvRequestedMethod = ClvMethod | "auto";

/** Options of `computeClv`. Rates are plain numbers (0.01 = 1 %). */
export interface ClvOptions {
  readonly method: ClvRequestedMethod;
  /**
   * Model time unit for `bgnbd` (default "weeks"). The fit itself does not depend on it (time is
   * rescaled), but it sets the month used for the horizon and discounting: 4.345 weeks
   * (30.4 days, close to the calendar average of 30.44) or 30 days, as in lifetimes.
   */
  readonly unit?: TimeUnit;
  /** Horizon of `bgnbd` in months (whole number 1..1200, default 12). */
  readonly horizonMonths?: number;
  /** Discount rate per month for `bgnbd` (≥ 0, default 0.01). */
  readonly discountMonthly?: number;
  /**
   * Margin rate applied to amounts (default 1: CLV in the units of the amounts). A customer's own
   * margin ÷ total is used instead when it has a margin. Negative counts as 0 (with a note).
   */
  readonly marginRate?: number;
  /** Yearly retention rate for `retention`, in [0, 1); estimated from the data when omitted. */
  readonly retentionRate?: number;
  /** Annual discount rate for `retention` (≥ 0, default 0.1). */
  readonly discountAnnual?: number;
  /** Expected customer lifespan in years for `simple` (≥ 0, default 3). */
  readonly lifespanYears?: number;
}

/** One customer's CLV, in input order. */
export interface ClvCustomerResult {
  /** CLV in the money unit of the amounts: finite and ≥ 0. */
  readonly clv: number;
  /** Probability of being alive (`bgnbd` only), in [0, 1]. */
  readonly pAlive?: number;
  /** Expected number of purchases within the horizon (`bgnbd` only): a count, not a probability. */
  readonly expectedPurchases?: number;
  /** Expected spend per future purchase (`bgnbd` only), from the Gamma-Gamma model. */
  readonly expectedSpend?: number;
  readonly note?: LocalizedText;
}

/** The fitted models behind a `bgnbd` result. */
export interface ClvModel {
  readonly bgnbd: BgnbdFit;
  readonly gammaGamma: GammaGammaFit;
  /** The time unit of the BG/NBD parameters (α). */
  readonly unit: TimeUnit;
  /** How expected purchases were evaluated (per distinct history and month end; see `discountedClv`). */
  readonly routes: BgnbdRouteCounts;
}

/** The result of `computeClv`. */
export interface ClvResult {
  /** The method that produced the numbers. */
  readonly method: ClvMethod;
  readonly requestedMethod: ClvRequestedMethod;
  /** Present when `bgnbd` (or `auto`) fell back to `retention`, with the reason. */
  readonly fallback?: { readonly reason: LocalizedText };
  readonly perCustomer: readonly ClvCustomerResult[];
  readonly model?: ClvModel;
  /** How the numbers were obtained, and anything the reader should know. */
  readonly notes: readonly LocalizedText[];
}
