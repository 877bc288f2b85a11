import { lazyText } from "../lazyText";
import type { ChurnLevel } from "../churn/churnLevels";
import { CHURN_LEVEL_ORDER } from "../churn/churnLevels";
import type { CreditRisk } from "../health/creditRisk";
import type { LocalizedText } from "../types";
import { formatNumber } from "../value/formatNumber";
import type { ValueTier } from "../value/valueTiers";
import { VALUE_TIER_ORDER } from "../value/valueTiers";
import type { PriorityBreakdown, PriorityPart } from "./combinePriority";
import { ANY_NUMBER, NON_NEGATIVE, POSITIVE, UNIT_INTERVAL, checkKey, checkNumber } from "./checkInput";
import { combinePriority } from "./combinePriority";
import type { GrowthInput } from "./growthPotential";
import { growthPotential } from "./growthPotential";
import { percentileRanks } from "./percentileRanks";
import type { PriorityCutoffs } from "./priorityTier";
import { DEFAULT_PRIORITY_CUTOFFS, PRIORITY_TIERS, validatePriorityCutoffs } from "./priorityTier";
import type { PriorityCriterion, PriorityWeights } from "./priorityWeights";
import { DEFAULT_PRIORITY_WEIGHTS, normalizePriorityWeights, PRIORITY_CRITERIA } from "./priorityWeights";
import type { ReturnBasis } from "./returnOnResources";
import { returnOnResources } from "./returnOnResources";
import { riskControllability } from "./riskControllability";
import { strategicAlignment } from "./strategicAlignment";
import type { SubScore } from "./subScore";

/** What the priority score of one customer can use; every field is optional. */
export interface PriorityInput extends GrowthInput {
  /** Strategic fit, 0..1. */
  readonly strategicFit?: number;
  /** The customer's value tier (from `assignValueTiers`). */
  readonly valueTier?: ValueTier;
  /** Profit contribution, net of the cost to serve (see `profitContribution`). */
  readonly profit?: number;
  /** Cost to serve, ≥ 0. */
  readonly costToServe?: number;
  /** Probability the customer is still active, 0..1. */
  readonly pAlive?: number;
  /** Churn warning level (from `churnWarning`). */
  readonly churnLevel?: ChurnLevel;
  /** Credit risk (from `screenKeyAccount`). */
  readonly creditRisk?: CreditRisk;
}

export interface PriorityOptions {
  /** Relative weights; default 30 / 25 / 25 / 20. */
  readonly weights?: PriorityWeights;
  /** Tier cut-offs; default P1 ≥ 70, P2 ≥ 40. */
  readonly cutoffs?: PriorityCutoffs;
  /** Days covered by `expectedPurchases` and `clv`, for the growth fallbacks. */
  readonly horizonDays?: number;
  /** Growth rate that scores 100; default 0.5. */
  readonly growthSaturation?: number;
  /** Credit risk's share of the risk blend, 0..1; default 0.5. */
  readonly creditShare?: number;
}

/** A part of the score with the sub-score's sources and reason. */
export interface PriorityPartDetail extends PriorityPart, Omit<SubScore, "value"> {}

export interface PriorityScore extends PriorityBreakdown {
  readonly parts: Readonly<Record<PriorityCriterion, PriorityPartDetail>>;
  /** A summary line, then one reason per criterion. */
  readonly reasons: readonly LocalizedText[];
}

export interface PriorityResult {
  /** One score per input row, in input order. */
  readonly scores: readonly PriorityScore[];
  /** The normalised weights used (they sum to 1). */
  readonly weights: PriorityWeights;
  readonly cutoffs: PriorityCutoffs;
  /** What return on resources was ranked by. */
  readonly returnBasis: ReturnBasis;
}

const CRITERION_LABEL: Readonly<Record<PriorityCriterion, LocalizedText>> = {
  strategic: { en: "strategic", zh: "战略" },
  returnOnResources: { en: "return", zh: "产出" },
  growth: { en: "growth", zh: "成长" },
  riskControl: { en: "risk", zh: "风险" },
};

/**
 * Priority scores (seed 002 优先级排序标准) for a table of customers: a weighted score 0–100 of
 * strategic alignment, return on resources, growth potential and risk controllability, with tiers
 * P1/P2/P3 and a decomposition whose parts add up to the score.
 *
 * Sub-scores (each 0..100; see each function for its method):
 * - strategic alignment — `strategicFit`, else CLV percentile among customers with a CLV (ties
 *   equal), else the value tier (`strategicAlignment`);
 * - return on resources — percentile of profit per cost to serve, or of profit when some costs are
 *   missing (`returnOnResources`);
 * - growth potential — growth rate, else expected vs past repeat-purchase rate, else CLV vs
 *   historical value per day, on an absolute scale (`growthPotential`);
 * - risk controllability — 100 × (1 − blend of churn risk and credit risk) (`riskControllability`).
 * A criterion without data scores the neutral 50 and is marked `known: false`; weights stay fixed,
 * so scores remain comparable across customers. Combination and tiers by `combinePriority`.
 * Runs in O(n log n). Does not modify `rows`.
 *
 * @param rows - per customer, whatever of the inputs is known
 * @param options - weights (default 30/25/25/20), cut-offs (default 70/40), horizon, growth saturation, credit share
 * @returns a score per row, the normalised weights, the cut-offs and the return basis
 * @throws {DomainError} `BAD_ARGUMENT` naming the row when a number is not finite, `strategicFit`
 *   or `pAlive` is outside 0..1, a cost, count, age or historical value is negative, or a tier or
 *   level is not one of its keys; and for invalid weights, cut-offs, horizon (must be > 0),
 *   saturation (> 0) or credit share (0..1)
 *
 * @example
 * scorePriority([
 *   { strategicFit: 0.9, profit: 500, costToServe: 100, growth: 0.25, pAlive: 0.9, creditRisk: "low" },
 *   { strategicFit: 0.2, profit: 100, costToServe: 100, growth: -0.25, pAlive: 0.4, creditRisk: "high" },
 * ]).scores.map((s) => [s.score, s.tier])
 * // => [[89.75, "P1"], [16.25, "P3"]] (27 + 25 + 18.75 + 19; 6 + 0 + 6.25 + 4)
 */
export function scorePriority(rows: readonly PriorityInput[], options: PriorityOptions = {}): PriorityResult {
  const weights = normalizePriorityWeights(options.weights ?? DEFAULT_PRIORITY_WEIGHTS);
  const cutoffs = validatePriorityCutoffs(options.cutoffs ?? DEFAULT_PRIORITY_CUTOFFS);
  validateOptions(options);
  rows.forEach(validateRow);

  const clvRows = rows.map((r, i) => ({ clv: r.clv, i })).filter((r) => r.clv !== undefined);
  const clvRanks = percentileRanks(clvRows.map((r) => r.clv!));
  const clvPercentile = new Array<number | undefined>(rows.length).fill(undefined);
  clvRows.forEach((r, k) => (clvPercentile[r.i] = clvRanks[k]));

  const roi = returnOnResources(rows);
  const scores = rows.map((row, i): PriorityScore => {
    const subs: Record<PriorityCriterion, SubScore> = {
      strategic: strategicAlignment(row, clvPercentile[i]),
      returnOnResources: roi.scores[i],
      growth: growthPotential(row, { horizonDays: options.horizonDays, saturation: options.growthSaturation }),
      riskControl: riskControllability(row, options.creditShare),
    };
    const combined = combinePriority(
      {
        strategic: subs.strategic.value,
        returnOnResources: subs.returnOnResources.value,
        growth: subs.growth.value,
        riskControl: subs.riskControl.value,
      },
      { weights, cutoffs },
    );
    const detail = (k: PriorityCriterion): PriorityPartDetail => {
      const part = combined.parts[k];
      const sub = subs[k];
      // Spelled out rather than spread: at a million customers, spreading is measurably slower.
      return {
        subScore: part.subScore,
        weight: part.weight,
        contribution: part.contribution,
        sources: sub.sources,
        known: sub.known,
        reason: sub.reason,
      };
    };
    const parts = {
      strategic: detail("strategic"),
      returnOnResources: detail("returnOnResources"),
      growth: detail("growth"),
      riskControl: detail("riskControl"),
    };
    const summary = lazyText(() => {
      const tier = PRIORITY_TIERS[combined.tier].label;
      const terms = PRIORITY_CRITERIA.map((k) => ({ k, c: formatNumber(parts[k].contribution, 1) }));
      return {
        en: `Priority ${formatNumber(combined.score, 1)} (${tier.en}) = ${terms.map((t) => `${CRITERION_LABEL[t.k].en} ${t.c}`).join(" + ")}`,
        zh: `优先级 ${formatNumber(combined.score, 1)} 分（${tier.zh}）= ${terms.map((t) => `${CRITERION_LABEL[t.k].zh} ${t.c}`).join(" + ")}`,
      };
    });
    return {
      score: combined.score,
      tier: combined.tier,
      parts,
      reasons: [summary, ...PRIORITY_CRITERIA.map((k) => subs[k].reason)],
    };
  });
  return { scores, weights, cutoffs, returnBasis: roi.basis };
}

function validateOptions(o: PriorityOptions): void {
  checkNumber("horizonDays", o.horizonDays, POSITIVE);
  checkNumber("growthSaturation", o.growthSaturation, POSITIVE);
  checkNumber("creditShare", o.creditShare, UNIT_INTERVAL);
}

/** Every input of a row, checked up front so that errors name the row. */
function validateRow(row: PriorityInput, index: number): void {
  for (const field of ["clv", "profit", "growth"] as const) checkNumber(field, row[field], ANY_NUMBER, index);
  for (const field of ["strategicFit", "pAlive"] as const) checkNumber(field, row[field], UNIT_INTERVAL, index);
  for (const field of ["costToServe", "expectedPurchases", "repeatCount", "ageDays", "historicalValue"] as const) {
    checkNumber(field, row[field], NON_NEGATIVE, index);
  }
  checkKey("valueTier", row.valueTier, VALUE_TIER_ORDER, index);
  checkKey("churnLevel", row.churnLevel, CHURN_LEVEL_ORDER, index);
  checkKey("creditRisk", row.creditRisk, CREDIT_RISK_KEYS, index);
}

const CREDIT_RISK_KEYS: readonly CreditRisk[] = ["low", "medium", "high"];
