import fc from "fast-check";
import { churnWarning } from "../../../src/core/churn/churnWarning";
import { screenKeyAccount } from "../../../src/core/health/screenKeyAccount";
import type { PriorityInput } from "../../../src/core/priority/scorePriority";
import { scorePriority } from "../../../src/core/priority/scorePriority";
import { PRIORITY_CRITERIA } from "../../../src/core/priority/priorityWeights";
import { assignValueTiers } from "../../../src/core/value/assignValueTiers";
import type { Customer } from "../../../src/core/types";
import { profitContribution } from "../../../src/core/value/profitContribution";

describe("scorePriority", () => {
  it("gives the documented example: 27 + 25 + 18.75 + 19 and 6 + 0 + 6.25 + 4", () => {
    const r = scorePriority(
      Object.freeze([
        Object.freeze({
          strategicFit: 0.9,
          profit: 500,
          costToServe: 100,
          growth: 0.25,
          pAlive: 0.9,
          creditRisk: "low" as const,
        }),
        Object.freeze({
          strategicFit: 0.2,
          profit: 100,
          costToServe: 100,
          growth: -0.25,
          pAlive: 0.4,
          creditRisk: "high" as const,
        }),
      ]),
    );
    expect(r.scores.map((s) => s.tier)).toEqual(["P1", "P3"]);
    expect(r.scores[0].score).toBeCloseTo(89.75, 10);
    expect(r.scores[1].score).toBeCloseTo(16.25, 10);
    expect(r.returnBasis).toBe("profitPerCost");
    expect(r.weights).toEqual({ strategic: 0.3, returnOnResources: 0.25, growth: 0.25, riskControl: 0.2 });
    expect(r.cutoffs).toEqual({ p1: 70, p2: 40 });
  });

  it("decomposes each score into sub-score, weight, contribution, sources and reason", () => {
    const [s] = scorePriority([
      { strategicFit: 0.9, profit: 500, costToServe: 100, growth: 0.25, pAlive: 0.9, creditRisk: "low" },
    ]).scores;
    expect(s.parts.growth).toEqual({
      subScore: 75,
      weight: 0.25,
      contribution: 18.75,
      sources: ["growth"],
      known: true,
      reason: { en: "growth potential 75: growth rate +25%", zh: "成长潜力 75 分：增长率 +25%" },
    });
    expect(s.reasons).toHaveLength(5);
    // a single customer ranks at 50 on return: 27 + 12.5 + 18.75 + 19 = 77.25
    expect(s.reasons[0].en).toMatch(
      /^Priority 77\.3 \(P1 Focus now\) = strategic 27 \+ return 12\.5 \+ growth 18\.8 \+ risk 19$/,
    );
    expect(s.reasons[0].zh).toMatch(/^优先级 77\.3 分（P1 优先推进）= 战略 27 \+ 产出 12\.5/);
  });

  it("returns nothing for no customers", () => {
    expect(scorePriority([]).scores).toEqual([]);
  });

  it("scores a customer with no data at all as neutral 50 (P2), every part unknown", () => {
    const [s] = scorePriority([{}]).scores;
    expect(s.score).toBe(50);
    expect(s.tier).toBe("P2");
    expect(PRIORITY_CRITERIA.every((k) => s.parts[k].known === false && s.parts[k].subScore === 50)).toBe(true);
  });

  it("gives all-equal customers the same score", () => {
    const row = { clv: 100, profit: 20, costToServe: 5, growth: 0.1, pAlive: 0.7 };
    const r = scorePriority([row, row, row]);
    expect(new Set(r.scores.map((s) => s.score)).size).toBe(1);
    expect(r.scores[0].parts.strategic.subScore).toBe(50);
    expect(r.scores[0].parts.returnOnResources.subScore).toBe(50);
  });

  it("uses the CLV percentile for strategic alignment when there is no strategic fit, ranking only customers with a CLV", () => {
    const r = scorePriority([{ clv: 10 }, { strategicFit: 0.1 }, { clv: 30 }, { clv: 20 }, { valueTier: "strategic" }]);
    expect(r.scores.map((s) => s.parts.strategic.subScore)).toEqual([0, 10, 100, 50, 100]);
    expect(r.scores.map((s) => s.parts.strategic.sources[0])).toEqual([
      "clvPercentile",
      "strategicFit",
      "clvPercentile",
      "clvPercentile",
      "valueTier",
    ]);
  });

  it("ranks zero cost to serve at the top of return on resources when profitable", () => {
    const r = scorePriority([
      { profit: 10, costToServe: 0 },
      { profit: 500, costToServe: 10 },
    ]);
    expect(r.scores.map((s) => s.parts.returnOnResources.subScore)).toEqual([100, 0]);
  });

  it("passes the horizon to the growth fallbacks", () => {
    const rows = [{ expectedPurchases: 3, repeatCount: 2, ageDays: 365 }];
    expect(scorePriority(rows).scores[0].parts.growth.known).toBe(false);
    expect(scorePriority(rows, { horizonDays: 365 }).scores[0].parts.growth.subScore).toBeCloseTo(100, 10);
  });

  it("applies custom weights, cut-offs and credit share", () => {
    const r = scorePriority([{ strategicFit: 1, pAlive: 1, creditRisk: "high" }], {
      weights: { strategic: 0, returnOnResources: 0, growth: 0, riskControl: 1 },
      cutoffs: { p1: 90, p2: 80 },
      creditShare: 0.1,
    });
    expect(r.scores[0].score).toBeCloseTo(90, 10);
    expect(r.scores[0].tier).toBe("P1");
  });

  it.each([
    { rows: [{ strategicFit: 1.5 }], options: {}, why: "a strategic fit above 1" },
    { rows: [{ pAlive: -0.1 }], options: {}, why: "a negative P(alive)" },
    { rows: [{ costToServe: -3 }], options: {}, why: "a negative cost to serve" },
    { rows: [{ profit: NaN }], options: {}, why: "a profit that is not a number" },
    { rows: [{ clv: Infinity }], options: {}, why: "an infinite CLV" },
    { rows: [{ valueTier: "gold" }], options: {}, why: "an unknown value tier" },
    { rows: [{ churnLevel: "red" }], options: {}, why: "an unknown churn level" },
    { rows: [{ creditRisk: "none" }], options: {}, why: "an unknown credit-risk level" },
    { rows: [{}], options: { horizonDays: 0 }, why: "a zero horizon" },
    { rows: [{}], options: { growthSaturation: -1 }, why: "a negative growth saturation" },
    { rows: [{}], options: { creditShare: 2 }, why: "a credit share above 1" },
    {
      rows: [{}],
      options: { weights: { strategic: -1, returnOnResources: 1, growth: 1, riskControl: 1 } },
      why: "a negative weight",
    },
    { rows: [{}], options: { cutoffs: { p1: 30, p2: 60 } }, why: "cut-offs out of order" },
  ])("throws BAD_ARGUMENT for $why", ({ rows, options }) => {
    expect(() => scorePriority(rows as PriorityInput[], options)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("names the row at fault", () => {
    expect(() => scorePriority([{}, { pAlive: 2 }])).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^row 2: pAlive/),
        messageZh: expect.stringMatching(/^第 2 行/),
      }),
    );
  });

  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const arbRow: fc.Arbitrary<PriorityInput> = fc.record({
    strategicFit: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
    clv: maybe(fc.double({ min: -1e5, max: 1e6, noNaN: true })),
    valueTier: maybe(fc.constantFrom("strategic", "highPotential", "basic", "lowEfficiency" as const)),
    profit: maybe(fc.double({ min: -1e5, max: 1e5, noNaN: true })),
    costToServe: maybe(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e4, noNaN: true }))),
    growth: maybe(fc.double({ min: -1, max: 5, noNaN: true })),
    expectedPurchases: maybe(fc.double({ min: 0, max: 50, noNaN: true })),
    repeatCount: maybe(fc.integer({ min: 0, max: 50 })),
    ageDays: maybe(fc.integer({ min: 0, max: 3000 })),
    historicalValue: maybe(fc.double({ min: 0, max: 1e5, noNaN: true })),
    pAlive: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
    churnLevel: maybe(fc.constantFrom("none", "watch", "warning", "critical" as const)),
    creditRisk: maybe(fc.constantFrom("low", "medium", "high" as const)),
  });

  it("keeps every score within 0..100, equal to the sum of its parts, with a tier from its score", () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 25 }),
        fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
        (rows, horizonDays) => {
          const r = scorePriority(rows, { horizonDays });
          return r.scores.every((s) => {
            const sum = PRIORITY_CRITERIA.reduce((acc, k) => acc + s.parts[k].contribution, 0);
            const tierOk =
              s.score >= 70 - 1e-9 ? s.tier === "P1" : s.score >= 40 - 1e-9 ? s.tier === "P2" : s.tier === "P3";
            return (
              s.score >= 0 &&
              s.score <= 100 &&
              Math.abs(sum - s.score) < 1e-9 &&
              tierOk &&
              PRIORITY_CRITERIA.every((k) => s.parts[k].subScore >= 0 && s.parts[k].subScore <= 100)
            );
          });
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(fc.array(arbRow, { minLength: 1, maxLength: 20 }), (rows) => {
        const forward = scorePriority(rows).scores.map((s) => s.score);
        const backward = scorePriority([...rows].reverse())
          .scores.map((s) => s.score)
          .reverse();
        return forward.every((x, i) => Math.abs(x - backward[i]) < 1e-9);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("composes with the value, health and churn modules on the core's Customer records", () => {
    const record = (c: Omit<Customer, "row" | "repeatCount" | "ageDays" | "repeatMean">, row: number): Customer =>
      Object.freeze({
        ...c,
        row,
        repeatCount: c.purchases - 1,
        ageDays: c.recencyDays + c.repeatSpanDays,
        repeatMean: c.total / c.purchases,
      });
    const customers: readonly Customer[] = [
      {
        id: "A",
        total: 900000,
        margin: 270000,
        costToServe: 20000,
        recencyDays: 10,
        purchases: 24,
        repeatSpanDays: 690,
        monthlyVolume: 75000,
        currentRatio: 1.9,
        dso: 40,
        growth: 0.15,
      },
      {
        id: "B",
        total: 300000,
        margin: 45000,
        costToServe: 30000,
        recencyDays: 200,
        purchases: 6,
        repeatSpanDays: 300,
        monthlyVolume: 25000,
        currentRatio: 0.9,
        dso: 110,
        growth: -0.1,
      },
      {
        id: "C",
        total: 120000,
        margin: 30000,
        costToServe: 2000,
        recencyDays: 30,
        purchases: 3,
        repeatSpanDays: 120,
        monthlyVolume: 10000,
        growth: 0.6,
      },
    ].map((c, i) => record(c, i + 2));
    const clv = [800000, 60000, 400000];
    const profits = customers.map((c) => profitContribution(c, 0.25));
    const tiers = assignValueTiers(customers.map((c, i) => ({ clv: clv[i], profit: profits[i] })));
    const rows = customers.map((c, i): PriorityInput => ({
      clv: clv[i],
      valueTier: tiers.assignments[i].tier,
      profit: profits[i],
      costToServe: c.costToServe,
      growth: c.growth,
      churnLevel: churnWarning(c).level,
      creditRisk: screenKeyAccount(c).creditRisk,
    }));
    const r = scorePriority(rows);
    expect(profits).toEqual([250000, 15000, 28000]);
    expect(tiers.assignments.map((a) => a.tier)).toEqual(["strategic", "lowEfficiency", "strategic"]);
    expect(rows.map((x) => [x.churnLevel, x.creditRisk])).toEqual([
      ["none", "low"],
      ["warning", "high"],
      ["none", "low"],
    ]);
    // By hand. CLV percentiles 100 / 0 / 50; profit per cost 12.5 / 0.5 / 14 → 50 / 0 / 100;
    // growth 65 / 40 / 100; risk A and C 100, B 100 × (1 − (2/3 + 1) / 2) = 16.67.
    // A = 30 + 12.5 + 16.25 + 20 = 78.75; B = 0 + 0 + 10 + 3.33 = 13.33; C = 15 + 25 + 25 + 20 = 85.
    expect(r.scores.map((s) => s.tier)).toEqual(["P1", "P3", "P1"]);
    expect(r.scores[0].score).toBeCloseTo(78.75, 9);
    expect(r.scores[1].score).toBeCloseTo(40 / 3, 9);
    expect(r.scores[2].score).toBeCloseTo(85, 9);
  });
});
