import { DomainError } from "../errors";
import type { LocalizedText } from "../types";

/** Priority tier: P1 first. */
export type PriorityTier = "P1" | "P2" | "P3";

/** Lowest scores of P1 and P2 (0..100). */
export interface PriorityCutoffs {
  readonly p1: number;
  readonly p2: number;
}

/** Default cut-offs: P1 from 70, P2 from 40, P3 below. */
export const DEFAULT_PRIORITY_CUTOFFS: PriorityCutoffs = Object.freeze({ p1: 70, p2: 40 });

/** Tolerance for a score that should sit exactly on a cut-off but carries floating-point error. */
const EPS = 1e-9;

/**
 * The tier of a priority score by fixed cut-offs: P1 when score ≥ p1, P2 when score ≥ p2, else P3.
 *
 * Fixed cut-offs (rather than shares of a ranking) keep a score's tier the same whatever the rest
 * of the table holds. A score on a cut-off goes to the higher tier (within 1e-9, so a weighted sum
 * that should be exactly 70 is P1).
 *
 * @param score - the priority score, 0..100
 * @param cutoffs - lowest scores of P1 and P2; default 70 and 40
 * @returns the tier
 * @throws {DomainError} `BAD_ARGUMENT` when the cut-offs are not 0 ≤ p2 ≤ p1 ≤ 100
 *
 * @example
 * priorityTier(70) // => "P1"
 * priorityTier(39.9) // => "P3"
 */
export function priorityTier(score: number, cutoffs: PriorityCutoffs = DEFAULT_PRIORITY_CUTOFFS): PriorityTier {
  validatePriorityCutoffs(cutoffs);
  if (score + EPS >= cutoffs.p1) return "P1";
  if (score + EPS >= cutoffs.p2) return "P2";
  return "P3";
}

/**
 * Checks cut-offs: finite, 0 ≤ p2 ≤ p1 ≤ 100.
 *
 * @param cutoffs - lowest scores of P1 and P2
 * @returns the same cut-offs
 * @throws {DomainError} `BAD_ARGUMENT` otherwise
 *
 * @example
 * validatePriorityCutoffs({ p1: 80, p2: 50 }) // => { p1: 80, p2: 50 }
 */
export function validatePriorityCutoffs(cutoffs: PriorityCutoffs): PriorityCutoffs {
  const { p1, p2 } = cutoffs;
  if (!(Number.isFinite(p1) && Number.isFinite(p2) && p2 >= 0 && p2 <= p1 && p1 <= 100)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `priority cut-offs must satisfy 0 ≤ P2 ≤ P1 ≤ 100, got P1 ${String(p1)}, P2 ${String(p2)}`,
      `优先级分界须满足 0 ≤ P2 ≤ P1 ≤ 100，收到 P1 ${String(p1)}、P2 ${String(p2)}`,
      { p1, p2 },
    );
  }
  return cutoffs;
}

export interface PriorityTierInfo {
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /** How often the account plan is reviewed (monthly for tier 1, quarterly for tier 2 is common practice). */
  readonly review: LocalizedText;
}

/**
 * Labels, descriptions and review cadence of the priority tiers in English and Chinese. Data only.
 *
 * @example
 * PRIORITY_TIERS.P1.label.zh // => "P1 优先推进"
 */
export const PRIORITY_TIERS: Readonly<Record<PriorityTier, PriorityTierInfo>> = Object.freeze({
  P1: {
    label: { en: "P1 Focus now", zh: "P1 优先推进" },
    description: {
      en: "Highest priority: dedicated resources and named owners this period.",
      zh: "最高优先级：本期投入专门资源并明确负责人。",
    },
    review: { en: "Monthly", zh: "每月" },
  },
  P2: {
    label: { en: "P2 Develop", zh: "P2 重点培育" },
    description: {
      en: "Second priority: planned development with shared resources.",
      zh: "第二优先级：以共享资源有计划地开发。",
    },
    review: { en: "Quarterly", zh: "每季度" },
  },
  P3: {
    label: { en: "P3 Maintain", zh: "P3 常规维护" },
    description: {
      en: "Maintain efficiently through standard, low-cost channels.",
      zh: "通过标准化、低成本渠道高效维护。",
    },
    review: { en: "Half-yearly", zh: "每半年" },
  },
});
