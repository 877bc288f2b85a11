import type { ChurnLevel } from "../../../src/core/churn";
import type { CreditRisk } from "../../../src/core/health";
import type { PriorityTier } from "../../../src/core/priority";
import type { ScoredCustomer, ScoreResult } from "../../../src/core/score";
import type { ValueTier } from "../../../src/core/value";

/** The fields of a scored customer the plan reads, with defaults. */
export interface StubFields {
  id: string;
  total?: number;
  purchases?: number;
  profit?: number;
  clv?: number;
  churn?: ChurnLevel;
  tier?: ValueTier;
  segment?: string;
  priority?: PriorityTier;
  nps?: number;
  row?: number;
  credit?: CreditRisk;
  keyAccount?: boolean;
}

/**
 * A scored customer with only what the plan reads filled in (for hand-computed expectations);
 * the rest of the record is absent, so a test that touches it fails loudly.
 */
export function stubCustomer(f: StubFields): ScoredCustomer {
  return {
    customer: {
      id: f.id,
      row: f.row ?? 2,
      recencyDays: 10,
      purchases: f.purchases ?? 1,
      total: f.total ?? 100,
      repeatCount: (f.purchases ?? 1) - 1,
      repeatSpanDays: 0,
      ageDays: 10,
      repeatMean: 0,
      ...(f.nps !== undefined ? { nps: f.nps } : {}),
    },
    rfm: { r: 1, f: 1, m: 1, code: "111", segment: f.segment ?? "champions" },
    clv: { clv: f.clv ?? 0 },
    profit: f.profit ?? 0,
    valueTier: f.tier ?? "basic",
    priority: { score: 50, tier: f.priority ?? "P2" },
    health: {
      keyAccount: f.keyAccount ?? false,
      creditRisk: f.credit ?? "low",
      creditAssessed: f.credit !== undefined,
      reasons: [],
      checks: [],
    },
    churn: { level: f.churn ?? "none", score: 0, reasons: [], signals: [] },
  } as unknown as ScoredCustomer;
}

/** A score result around stub customers: rfm11 scheme, retention CLV, profit threshold `profitLine`. */
export function stubScore(customers: readonly ScoredCustomer[], profitLine = 100): ScoreResult {
  return {
    customers,
    rfm: { unusedScores: { r: [], f: [], m: [] } },
    segmentation: { scheme: "rfm11" },
    clv: { method: "retention", requestedMethod: "retention", notes: [] },
    tiers: { thresholds: { clv: 0, profit: profitLine }, requirePositive: true, counts: {} },
    priority: {},
    medianInterPurchaseDays: 30,
  } as unknown as ScoreResult;
}
