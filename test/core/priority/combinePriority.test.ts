import fc from "fast-check";
import type { PrioritySubScores } from "../../../src/core/priority/combinePriority";
import { combinePriority } from "../../../src/core/priority/combinePriority";
import { priorityTier } from "../../../src/core/priority/priorityTier";
import type { PriorityCriterion } from "../../../src/core/priority/priorityWeights";
import { PRIORITY_CRITERIA } from "../../../src/core/priority/priorityWeights";

const sub = fc.double({ min: 0, max: 100, noNaN: true });
const arbSubs = fc.record({ strategic: sub, returnOnResources: sub, growth: sub, riskControl: sub });
const w = fc.double({ min: 0, max: 100, noNaN: true });
const arbWeights = fc
  .record({ strategic: w, returnOnResources: w, growth: w, riskControl: w })
  .filter((x) => PRIORITY_CRITERIA.some((k) => x[k] > 1e-6));
const sumOfParts = (parts: Record<PriorityCriterion, { contribution: number }>) =>
  PRIORITY_CRITERIA.reduce((s, k) => s + parts[k].contribution, 0);

describe("combinePriority", () => {
  it("gives the documented example: 24 + 15 + 17.5 + 18", () => {
    const r = combinePriority(Object.freeze({ strategic: 80, returnOnResources: 60, growth: 70, riskControl: 90 }));
    expect(r.score).toBeCloseTo(74.5, 10);
    expect(r.tier).toBe("P1");
    expect(r.parts.strategic).toEqual({ subScore: 80, weight: 0.3, contribution: 24 });
    expect(r.parts.returnOnResources.contribution).toBeCloseTo(15, 12);
    expect(r.parts.growth.contribution).toBeCloseTo(17.5, 12);
    expect(r.parts.riskControl.contribution).toBeCloseTo(18, 12);
  });

  it.each([
    { subs: { strategic: 100, returnOnResources: 100, growth: 100, riskControl: 100 }, score: 100, tier: "P1" },
    { subs: { strategic: 0, returnOnResources: 0, growth: 0, riskControl: 0 }, score: 0, tier: "P3" },
    { subs: { strategic: 50, returnOnResources: 50, growth: 50, riskControl: 50 }, score: 50, tier: "P2" },
    { subs: { strategic: 100, returnOnResources: 0, growth: 100, riskControl: 100 }, score: 75, tier: "P1" },
  ])("scores $subs as $score ($tier)", ({ subs, score, tier }) => {
    const r = combinePriority(subs);
    expect(r.score).toBeCloseTo(score, 10);
    expect(r.tier).toBe(tier);
  });

  it("uses custom weights and cut-offs", () => {
    const r = combinePriority(
      { strategic: 100, returnOnResources: 0, growth: 0, riskControl: 0 },
      { weights: { strategic: 1, returnOnResources: 1, growth: 0, riskControl: 0 }, cutoffs: { p1: 60, p2: 50 } },
    );
    expect(r.score).toBe(50);
    expect(r.tier).toBe("P2");
  });

  it.each([
    { subs: { strategic: 101, returnOnResources: 0, growth: 0, riskControl: 0 }, why: "a sub-score above 100" },
    { subs: { strategic: -1, returnOnResources: 0, growth: 0, riskControl: 0 }, why: "a negative sub-score" },
    {
      subs: { strategic: NaN, returnOnResources: 0, growth: 0, riskControl: 0 },
      why: "a sub-score that is not a number",
    },
    { subs: { strategic: 1, returnOnResources: 0, growth: 0 }, why: "a missing sub-score" },
  ])("throws BAD_ARGUMENT for $why", ({ subs }) => {
    expect(() => combinePriority(subs as PrioritySubScores)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  it("keeps the score within 0..100 and equal to the sum of its parts", () => {
    fc.assert(
      fc.property(arbSubs, arbWeights, (subs, weights) => {
        const r = combinePriority(subs, { weights });
        return r.score >= 0 && r.score <= 100 && Math.abs(r.score - sumOfParts(r.parts)) < 1e-9;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("lies between the lowest and highest sub-score", () => {
    fc.assert(
      fc.property(arbSubs, arbWeights, (subs, weights) => {
        const r = combinePriority(subs, { weights });
        const values = PRIORITY_CRITERIA.map((k) => subs[k]);
        return r.score >= Math.min(...values) - 1e-9 && r.score <= Math.max(...values) + 1e-9;
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("never lowers the score or the tier when one sub-score rises", () => {
    const tierRank = { P3: 0, P2: 1, P1: 2 } as const;
    fc.assert(
      fc.property(arbSubs, arbWeights, fc.constantFrom(...PRIORITY_CRITERIA), sub, (subs, weights, key, target) => {
        const higher = { ...subs, [key]: Math.max(subs[key], target) };
        const a = combinePriority(subs, { weights });
        const b = combinePriority(higher, { weights });
        return b.score >= a.score && tierRank[b.tier] >= tierRank[a.tier];
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("does not change when all weights are scaled by the same factor", () => {
    fc.assert(
      fc.property(arbSubs, arbWeights, fc.double({ min: 0.01, max: 100, noNaN: true }), (subs, weights, c) => {
        const scaled = Object.fromEntries(PRIORITY_CRITERIA.map((k) => [k, weights[k] * c])) as typeof weights;
        return (
          Math.abs(combinePriority(subs, { weights }).score - combinePriority(subs, { weights: scaled }).score) < 1e-9
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("tiers the score exactly as priorityTier does", () => {
    fc.assert(
      fc.property(arbSubs, (subs) => {
        const r = combinePriority(subs);
        return r.tier === priorityTier(r.score);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
