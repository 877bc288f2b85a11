import { churnWarning, medianInterPurchaseDays } from "../churn";
import type { ChurnOptions, ChurnWarning } from "../churn";
import { computeClv } from "../clv";
import type { ClvCustomerResult, ClvOptions, ClvResult } from "../clv";
import { screenKeyAccount } from "../health";
import type { KeyAccountScreening, KeyAccountThresholds } from "../health";
import { scorePriority } from "../priority";
import type { PriorityOptions, PriorityResult, PriorityScore } from "../priority";
import { assignSegments, scoreRfm } from "../rfm";
import type { RfmOptions, RfmResult, RfmScore, Segmentation, SegmentSchemeKey } from "../rfm";
import type { Customer } from "../types";
import { assignValueTiers, profitContribution } from "../value";
import type { ValueTier, ValueTierOptions, ValueTierResult } from "../value";

/** Everything a scoring run can be told; every part has documented defaults. */
export interface ScoreOptions {
  /** RFM binning (default: 5 quantile bins on total spend) and the segment scheme (default `rfm11`). */
  readonly rfm?: RfmOptions & { readonly scheme?: SegmentSchemeKey; readonly cn8Threshold?: "mean" | "median" };
  /** CLV method and its parameters (default `auto`: BG/NBD + Gamma-Gamma when the data supports it). */
  readonly clv?: Partial<ClvOptions>;
  /** Margin rate for customers without a margin column (default 1: values in the units of the amounts). */
  readonly marginRate?: number;
  readonly tiers?: ValueTierOptions;
  readonly priority?: PriorityOptions;
  readonly keyAccount?: Partial<KeyAccountThresholds>;
  readonly churn?: ChurnOptions;
}

/** One customer with every score the product computes. */
export interface ScoredCustomer {
  readonly customer: Customer;
  readonly rfm: RfmScore & { readonly segment: string };
  readonly clv: ClvCustomerResult;
  /** Profit contribution: margin (or total × margin rate) less the cost to serve. */
  readonly profit: number;
  readonly valueTier: ValueTier;
  readonly priority: PriorityScore;
  readonly health: KeyAccountScreening;
  readonly churn: ChurnWarning;
}

/** The scores and everything needed to explain them (breakpoints, thresholds, fitted models, weights). */
export interface ScoreResult {
  readonly customers: readonly ScoredCustomer[];
  readonly rfm: RfmResult;
  readonly segmentation: Segmentation;
  readonly clv: Omit<ClvResult, "perCustomer">;
  readonly tiers: Omit<ValueTierResult, "assignments">;
  readonly priority: Omit<PriorityResult, "scores">;
  /** Median days between purchases across repeat customers (used for one-time buyers' churn warning). */
  readonly medianInterPurchaseDays: number | undefined;
}

/**
 * Scores customers end to end: RFM and segment → CLV → profit and value tier → key-account health
 * → churn warning → priority.
 *
 * Method and the choices that join the parts:
 * - P(alive) feeds the churn warning and the priority only for repeat customers: BG/NBD gives every
 *   one-time buyer P(alive) = 1 by construction, which would hide a lapsed one-time buyer; their
 *   churn signal comes from recency against the population's usual purchase gap instead.
 * - Credit risk feeds the priority only when at least one financial metric was known.
 * - The growth sub-score compares the CLV horizon (`horizonMonths` × 30 days) with the value earned
 *   so far (margin, or total × margin rate).
 *
 * @throws {DomainError} `EMPTY_INPUT` for no customers; `BAD_ARGUMENT` for invalid options.
 *
 * @example
 * // the most recent, most frequent and biggest of three customers is an important-value customer
 * scoreCustomers(threeCustomers, { rfm: { scheme: "cn8" }, clv: { method: "historical" } }).customers[0].rfm.segment
 * // => "important-value"
 */
export function scoreCustomers(customers: readonly Customer[], options: ScoreOptions = {}): ScoreResult {
  const marginRate = options.marginRate ?? 1;
  const rfm = scoreRfm(customers, options.rfm);
  const segmentation = assignSegments(rfm, options.rfm?.scheme ?? "rfm11", {
    customers,
    ...(options.rfm?.cn8Threshold ? { threshold: options.rfm.cn8Threshold } : {}),
  });

  const clvOptions: ClvOptions = { method: "auto", marginRate, ...options.clv };
  const clv = computeClv(customers, clvOptions);
  const profits = customers.map((c) => profitContribution(c, marginRate));
  const tiers = assignValueTiers(
    clv.perCustomer.map((r, i) => ({ clv: r.clv, profit: profits[i] })),
    options.tiers,
  );

  const health = customers.map((c) => screenKeyAccount(c, options.keyAccount));
  const populationMedianDays = medianInterPurchaseDays(customers);
  const churnOptions: ChurnOptions = {
    ...(populationMedianDays !== undefined ? { populationMedianDays } : {}),
    ...options.churn,
  };
  const modelPAlive = (i: number): number | undefined =>
    customers[i].repeatCount > 0 ? clv.perCustomer[i].pAlive : undefined;
  const churn = customers.map((c, i) => churnWarning(c, modelPAlive(i), churnOptions));

  const horizonDays = (clvOptions.horizonMonths ?? 12) * 30;
  const priority = scorePriority(
    customers.map((c, i) => {
      const pAlive = modelPAlive(i);
      const expectedPurchases = clv.perCustomer[i].expectedPurchases;
      // One shape for every row (an unknown input is undefined): built a hundred thousand times.
      return {
        strategicFit: c.strategicFit,
        growth: c.growth,
        costToServe: c.costToServe,
        pAlive,
        expectedPurchases,
        creditRisk: health[i].creditAssessed ? health[i].creditRisk : undefined,
        valueTier: tiers.assignments[i].tier,
        profit: profits[i],
        churnLevel: churn[i].level,
        repeatCount: c.repeatCount,
        ageDays: c.ageDays,
        clv: clv.perCustomer[i].clv,
        // A loss so far (negative margin or net refunds) is no base for a growth rate: 0 means none.
        historicalValue: Math.max(0, c.margin ?? c.total * marginRate),
      };
    }),
    { horizonDays, ...options.priority },
  );

  const scored = customers.map((customer, i): ScoredCustomer => ({
    customer,
    rfm: { ...rfm.scores[i], segment: segmentation.scores[i].segment ?? "" },
    clv: clv.perCustomer[i],
    profit: profits[i],
    valueTier: tiers.assignments[i].tier,
    priority: priority.scores[i],
    health: health[i],
    churn: churn[i],
  }));

  const { perCustomer: _perCustomer, ...clvSummary } = clv;
  const { assignments: _assignments, ...tierSummary } = tiers;
  const { scores: _scores, ...prioritySummary } = priority;
  return {
    customers: scored,
    rfm,
    segmentation,
    clv: clvSummary,
    tiers: tierSummary,
    priority: prioritySummary,
    medianInterPurchaseDays: populationMedianDays,
  };
}
