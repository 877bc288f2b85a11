/**
 * The vocabulary shared by every part of the core.
 *
 * Units: every time span inside the core is in **days** unless a name says otherwise
 * (`…Weeks`, `…Months`). Every date is a {@link Day}. Money is in the units of the input amounts.
 */

/** A calendar day: whole days since 1970-01-01 (UTC). 2025-01-23 is 20111. */
export type Day = number;

/** The two languages the product speaks. */
export type Lang = "en" | "zh";

/** A text in both languages. */
export interface LocalizedText {
  readonly en: string;
  readonly zh: string;
}

/**
 * One customer, as read from a summary table or summarised from a transaction log.
 *
 * Required fields are what RFM needs. The model fields (`repeatCount`, `repeatSpanDays`,
 * `ageDays`, `repeatMean`) follow the definitions of Fader, Hardie & Lee (2005) and lifetimes'
 * `summary_data_from_transaction_data`: purchases on the same day count once.
 */
export interface Customer {
  /** The customer's ID as text, trimmed. */
  readonly id: string;
  /** Sheet row of the customer's (first) source row, 1-based, header row included (first data row is 2 when the header is row 1). */
  readonly row: number;
  readonly name?: string;

  /** Days from the last purchase to the as-of date (RFM recency). 0 = bought on the as-of day. */
  readonly recencyDays: number;
  /** Number of purchases, the first included (RFM frequency). ≥ 1. */
  readonly purchases: number;
  /** Total amount bought (RFM monetary). */
  readonly total: number;

  /** First purchase day, when known. */
  readonly firstPurchase?: Day;
  /** Last purchase day, when known. */
  readonly lastPurchase?: Day;

  /** Repeat purchases x = purchases − 1 (distinct purchase days − 1 for a transaction log). */
  readonly repeatCount: number;
  /** t_x: days from the first to the last purchase (0 for one-time buyers). */
  readonly repeatSpanDays: number;
  /** T: days from the first purchase to the as-of date. */
  readonly ageDays: number;
  /**
   * m̄: mean value of the repeat purchases (0 when there are none). From a transaction log this is
   * exact; from a summary row it is estimated as total / purchases (the first purchase's amount is
   * not known there).
   */
  readonly repeatMean: number;

  /** Gross margin (profit) earned, in money, when a margin or profit column exists. */
  readonly margin?: number;
  /** Cost to serve the customer, in money. */
  readonly costToServe?: number;

  readonly industry?: string;
  readonly region?: string;
  readonly size?: string;
  readonly owner?: string;

  /** Net Promoter answer 0..10, or a satisfaction score. */
  readonly nps?: number;
  readonly satisfaction?: number;
  /** Complaints in the current period, and in the previous period (for a rising trend). */
  readonly complaints?: number;
  readonly complaintsPrevious?: number;

  /** Financial health, for key-account screening. Ratios as plain numbers (0.12 = 12%). */
  readonly currentRatio?: number;
  readonly netMargin?: number;
  readonly roa?: number;
  /** Days sales outstanding (回款周期). */
  readonly dso?: number;
  /** Inventory days (存货周期). */
  readonly inventoryDays?: number;
  /** Average purchase volume per month, in money. */
  readonly monthlyVolume?: number;
  /** Strategic fit 0..1 (or 0..100 / 1..5 scaled by the reader), when the table has it. */
  readonly strategicFit?: number;
  /** Growth rate of the customer's purchases or business (0.1 = 10%). */
  readonly growth?: number;
}
