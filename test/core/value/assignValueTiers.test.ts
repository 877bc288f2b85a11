import fc from "fast-check";
import { assignValueTiers } from "../../../src/core/value/assignValueTiers";
import type { ValueTier } from "../../../src/core/value/valueTiers";
import { VALUE_TIER_ORDER } from "../../../src/core/value/valueTiers";

const tiersOf = (rows: { clv: number; profit: number }[], options = {}) =>
  assignValueTiers(Object.freeze(rows.map((r) => Object.freeze(r))), options).assignments.map((a) => a.tier);

describe("assignValueTiers", () => {
  it("gives the documented example, one customer per quadrant around the medians", () => {
    const result = assignValueTiers(
      Object.freeze([
        { clv: 100, profit: 50 },
        { clv: 80, profit: 10 },
        { clv: 20, profit: 40 },
        { clv: 10, profit: 5 },
      ]),
    );
    expect(result.assignments.map((a) => a.tier)).toEqual(["strategic", "highPotential", "basic", "lowEfficiency"]);
    expect(result.thresholds).toEqual({ clv: 50, profit: 25 }); // (20 + 80) / 2 and (10 + 40) / 2
    expect(result.counts).toEqual({ strategic: 1, highPotential: 1, basic: 1, lowEfficiency: 1 });
  });

  it("puts a value equal to its threshold on the high side", () => {
    // medians: CLV of [10, 20, 30] = 20; profit of [5, 15, 25] = 15
    expect(
      tiersOf([
        { clv: 20, profit: 15 },
        { clv: 10, profit: 25 },
        { clv: 30, profit: 5 },
      ]),
    ).toEqual(["strategic", "basic", "highPotential"]);
  });

  it.each([
    { clv: 500, profit: 500, expected: "strategic", why: "at both absolute thresholds" },
    { clv: 499.99, profit: 500, expected: "basic", why: "just under the CLV threshold" },
    { clv: 500, profit: 499.99, expected: "highPotential", why: "just under the profit threshold" },
  ])("uses absolute thresholds inclusively: $why → $expected", ({ clv, profit, expected }) => {
    expect(tiersOf([{ clv, profit }], { clvThreshold: 500, profitThreshold: 500 })).toEqual([expected]);
  });

  it.each([
    { rows: [{ clv: 7, profit: 3 }], expected: ["strategic"], why: "a single positive customer is at its own medians" },
    { rows: [{ clv: 0, profit: 0 }], expected: ["lowEfficiency"], why: "a single customer with nothing earned" },
    {
      rows: [
        { clv: 40, profit: 9 },
        { clv: 40, profit: 9 },
        { clv: 40, profit: 9 },
      ],
      expected: ["strategic", "strategic", "strategic"],
      why: "all customers equal and positive share the high side",
    },
    {
      rows: [
        { clv: 0, profit: 0 },
        { clv: 0, profit: 0 },
      ],
      expected: ["lowEfficiency", "lowEfficiency"],
      why: "all customers at zero are never high",
    },
    {
      rows: [
        { clv: 100, profit: -10 },
        { clv: 10, profit: -20 },
        { clv: 5, profit: -30 },
      ],
      // medians: CLV 10, profit -20; rows 1 and 2 reach both, but their profit is not positive
      expected: ["highPotential", "highPotential", "lowEfficiency"],
      why: "loss-making customers are never high profit even above a negative median",
    },
  ])("handles the edge case: $why", ({ rows, expected }) => {
    expect(tiersOf(rows)).toEqual(expected);
  });

  it("lets a non-positive value count as high when requirePositive is false", () => {
    expect(
      tiersOf(
        [
          { clv: 100, profit: -10 },
          { clv: 10, profit: -20 },
          { clv: 5, profit: -30 },
        ],
        { requirePositive: false },
      ),
    ).toEqual(["strategic", "strategic", "lowEfficiency"]); // -10 and -20 reach the median profit -20
  });

  it("takes thresholds as quantile probabilities", () => {
    const rows = [10, 20, 30, 40, 50].map((v) => ({ clv: v, profit: v }));
    const result = assignValueTiers(rows, { clvThreshold: { quantile: 0.75 }, profitThreshold: { quantile: 0.25 } });
    expect(result.thresholds).toEqual({ clv: 40, profit: 20 });
    expect(result.assignments.map((a) => a.tier)).toEqual([
      "lowEfficiency",
      "basic",
      "basic",
      "strategic",
      "strategic",
    ]);
  });

  it("explains the tier in both languages with the numbers", () => {
    const [a] = assignValueTiers([{ clv: 1200, profit: -5 }], { clvThreshold: 800, profitThreshold: 0 }).assignments;
    expect(a.tier).toBe("highPotential");
    expect(a.reason.en).toBe(
      "High potential: CLV 1,200 is high (threshold 800), profit contribution -5 is low (threshold 0)",
    );
    expect(a.reason.zh).toBe("高潜力型：客户生命周期价值 1,200，高（阈值 800）；利润贡献 -5，低（阈值 0）");
  });

  it("names the positivity rule when it, not the threshold, made a value low", () => {
    const [a] = assignValueTiers([{ clv: 0, profit: 0 }]).assignments;
    expect(a.reason.en).toContain("CLV 0 is not positive");
    expect(a.reason.zh).toContain("非正");
  });

  it("throws EMPTY_INPUT when there are no customers", () => {
    expect(() => assignValueTiers([])).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it.each([
    { rows: [{ clv: NaN, profit: 1 }], options: {}, why: "a CLV that is not a number" },
    { rows: [{ clv: 1, profit: Infinity }], options: {}, why: "an infinite profit" },
    { rows: [{ clv: 1, profit: 1 }], options: { clvThreshold: NaN }, why: "a threshold that is not a number" },
    { rows: [{ clv: 1, profit: 1 }], options: { profitThreshold: { quantile: 2 } }, why: "a quantile above 1" },
  ])("throws BAD_ARGUMENT for $why", ({ rows, options }) => {
    expect(() => assignValueTiers(rows, options)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  const arbRows = fc.array(
    fc.record({
      // whole numbers keep the oracle's (a + b) / 2 median exactly equal to the interpolated one
      clv: fc.oneof(fc.constantFrom(0, 10, 50), fc.integer({ min: -1e6, max: 1e6 })),
      profit: fc.oneof(fc.constantFrom(-5, 0, 5, 100), fc.integer({ min: -1e6, max: 1e6 })),
    }),
    { minLength: 1, maxLength: 40 },
  );

  it("gives every customer exactly one tier, matching the quadrant of its values (oracle)", () => {
    fc.assert(
      fc.property(arbRows, fc.boolean(), (rows, requirePositive) => {
        const result = assignValueTiers(rows, { requirePositive });
        const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
        const median = (xs: number[]) => {
          const s = sorted(xs);
          const m = s.length >> 1;
          return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
        };
        const cClv = median(rows.map((r) => r.clv));
        const cProfit = median(rows.map((r) => r.profit));
        const quadrant: Record<string, ValueTier> = {
          "true,true": "strategic",
          "true,false": "highPotential",
          "false,true": "basic",
          "false,false": "lowEfficiency",
        };
        const expected = rows.map((r) => {
          const hc = r.clv >= cClv && (!requirePositive || r.clv > 0);
          const hp = r.profit >= cProfit && (!requirePositive || r.profit > 0);
          return quadrant[`${hc},${hp}`];
        });
        const counted = VALUE_TIER_ORDER.reduce((s, t) => s + result.counts[t], 0);
        return (
          JSON.stringify(result.assignments.map((a) => a.tier)) === JSON.stringify(expected) &&
          counted === rows.length &&
          result.assignments.every((a) => VALUE_TIER_ORDER.includes(a.tier))
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(arbRows, (rows) => {
        const forward = assignValueTiers(rows).assignments.map((a) => a.tier);
        const backward = assignValueTiers([...rows].reverse())
          .assignments.map((a) => a.tier)
          .reverse();
        return JSON.stringify(forward) === JSON.stringify(backward);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
