import fc from "fast-check";
import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_CRITERIA } from "../../src/core/priority";
import type { PriorityCriterion, PriorityWeights } from "../../src/core/priority";
import { rebalanceWeights } from "../../src/taskpane/rebalanceWeights";

const sum = (w: PriorityWeights) => PRIORITY_CRITERIA.reduce((s, c) => s + w[c], 0);

/** Four whole percents adding up to 100. */
const arbWeights = fc
  .tuple(fc.nat(100), fc.nat(100), fc.nat(100))
  .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y))
  .map(([a, b, c]) => ({ strategic: a, returnOnResources: b - a, growth: c - b, riskControl: 100 - c }));
const arbCriterion = fc.constantFrom<PriorityCriterion>(...PRIORITY_CRITERIA);

describe("rebalanceWeights", () => {
  it("gives the documented example's result (50 → 25·50/70 = 17.86, 17.86, 14.29 → 18, 18, 14)", () => {
    expect(rebalanceWeights(DEFAULT_PRIORITY_WEIGHTS, "strategic", 50)).toEqual({
      strategic: 50,
      returnOnResources: 18,
      growth: 18,
      riskControl: 14,
    });
  });

  it.each([
    { why: "moving one to 100 leaves the others 0", criterion: "growth", value: 100, expected: [0, 0, 100, 0] },
    {
      why: "moving one to 0 shares its part in proportion",
      criterion: "riskControl",
      value: 0,
      expected: [38, 31, 31, 0],
    },
    { why: "a value past 100 counts as 100", criterion: "strategic", value: 140, expected: [100, 0, 0, 0] },
    { why: "a negative value counts as 0", criterion: "strategic", value: -5, expected: [0, 36, 36, 28] },
    {
      why: "a fraction is rounded to a whole percent",
      criterion: "strategic",
      value: 29.6,
      expected: [30, 25, 25, 20],
    },
  ] as const)("$why", ({ criterion, value, expected }) => {
    const result = rebalanceWeights(Object.freeze({ ...DEFAULT_PRIORITY_WEIGHTS }), criterion, value);
    expect(PRIORITY_CRITERIA.map((c) => result[c])).toEqual(expected);
  });

  it("shares the rest equally when the other three were all 0", () => {
    const weights = { strategic: 100, returnOnResources: 0, growth: 0, riskControl: 0 };
    // 70 / 3 = 23.33 each; the one percent left goes to the first in criterion order.
    expect(rebalanceWeights(weights, "strategic", 30)).toEqual({
      strategic: 30,
      returnOnResources: 24,
      growth: 23,
      riskControl: 23,
    });
  });

  it("ignores a value that is not a number", () => {
    expect(rebalanceWeights(DEFAULT_PRIORITY_WEIGHTS, "growth", Number.NaN)).toEqual(DEFAULT_PRIORITY_WEIGHTS);
  });

  it("always gives whole percents from 0 to 100 that add up to 100, the moved one as asked", () => {
    fc.assert(
      fc.property(arbWeights, arbCriterion, fc.integer({ min: 0, max: 100 }), (weights, criterion, value) => {
        const result = rebalanceWeights(Object.freeze(weights), criterion, value);
        expect(sum(result)).toBe(100);
        expect(result[criterion]).toBe(value);
        for (const c of PRIORITY_CRITERIA) {
          expect(Number.isInteger(result[c]) && result[c] >= 0 && result[c] <= 100).toBe(true);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("keeps the others within one percent of their exact proportional share, in the same order", () => {
    fc.assert(
      fc.property(arbWeights, arbCriterion, fc.integer({ min: 0, max: 100 }), (weights, criterion, value) => {
        const result = rebalanceWeights(weights, criterion, value);
        const others = PRIORITY_CRITERIA.filter((c) => c !== criterion);
        const before = others.reduce((s, c) => s + weights[c], 0);
        for (const c of others) {
          const exact = before > 0 ? ((100 - value) * weights[c]) / before : (100 - value) / 3;
          expect(Math.abs(result[c] - exact)).toBeLessThan(1);
          for (const d of others) if (weights[c] > weights[d]) expect(result[c]).toBeGreaterThanOrEqual(result[d]);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("gives back the same weights when a slider is moved to where it already is", () => {
    fc.assert(
      fc.property(arbWeights, arbCriterion, (weights, criterion) => {
        expect(rebalanceWeights(weights, criterion, weights[criterion])).toEqual(weights);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
