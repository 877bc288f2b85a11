import fc from "fast-check";
import {
  DEFAULT_PRIORITY_WEIGHTS,
  normalizePriorityWeights,
  PRIORITY_CRITERIA,
} from "../../../src/core/priority/priorityWeights";

describe("DEFAULT_PRIORITY_WEIGHTS", () => {
  it("gives the documented example and the documented 30/25/25/20 split", () => {
    expect(DEFAULT_PRIORITY_WEIGHTS.strategic).toBe(30);
    expect(PRIORITY_CRITERIA.map((k) => DEFAULT_PRIORITY_WEIGHTS[k])).toEqual([30, 25, 25, 20]);
  });
});

describe("normalizePriorityWeights", () => {
  it("gives the documented example", () => {
    expect(normalizePriorityWeights(DEFAULT_PRIORITY_WEIGHTS)).toEqual({
      strategic: 0.3,
      returnOnResources: 0.25,
      growth: 0.25,
      riskControl: 0.2,
    });
  });

  it("accepts zero weights as long as one is positive", () => {
    expect(normalizePriorityWeights({ strategic: 0, returnOnResources: 0, growth: 2, riskControl: 0 }).growth).toBe(1);
  });

  it.each([
    { weights: { strategic: -1, returnOnResources: 1, growth: 1, riskControl: 1 }, why: "a negative weight" },
    {
      weights: { strategic: NaN, returnOnResources: 1, growth: 1, riskControl: 1 },
      why: "a weight that is not a number",
    },
    { weights: { strategic: Infinity, returnOnResources: 1, growth: 1, riskControl: 1 }, why: "an infinite weight" },
    { weights: { strategic: 0, returnOnResources: 0, growth: 0, riskControl: 0 }, why: "all weights zero" },
    { weights: { strategic: 1, returnOnResources: 1, growth: 1 }, why: "a missing weight" },
  ])("throws BAD_ARGUMENT with English and Chinese messages for $why", ({ weights }) => {
    expect(() => normalizePriorityWeights(weights as never)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", messageZh: expect.stringMatching(/权重/) }),
    );
  });

  it("always returns non-negative weights summing to 1", () => {
    const w = fc.double({ min: 0, max: 1000, noNaN: true });
    fc.assert(
      fc.property(fc.record({ strategic: w, returnOnResources: w, growth: w, riskControl: w }), (weights) => {
        fc.pre(PRIORITY_CRITERIA.some((k) => weights[k] > 0));
        const n = normalizePriorityWeights(weights);
        const sum = PRIORITY_CRITERIA.reduce((s, k) => s + n[k], 0);
        return Math.abs(sum - 1) < 1e-12 && PRIORITY_CRITERIA.every((k) => n[k] >= 0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
