import { buildSummary } from "../../../src/core/plan/buildSummary";
import { FIXTURE_CUSTOMERS, fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

describe("buildSummary", () => {
  it("runs the example of its doc comment", () => {
    expect(buildSummary(fixtureScore()).totals.customers).toBe(40);
  });

  it("computes every column of a row by hand on a small table", () => {
    const score = stubScore([
      stubCustomer({ id: "A", segment: "champions", tier: "strategic", priority: "P1", total: 600, clv: 300 }),
      stubCustomer({
        id: "B",
        segment: "champions",
        tier: "basic",
        priority: "P2",
        total: 200,
        clv: 100,
        churn: "warning",
      }),
      stubCustomer({
        id: "C",
        segment: "lost",
        tier: "lowEfficiency",
        priority: "P3",
        total: 200,
        clv: 20,
        churn: "critical",
      }),
      stubCustomer({
        id: "D",
        segment: "lost",
        tier: "lowEfficiency",
        priority: "P3",
        total: 0,
        clv: 0,
        churn: "watch",
      }),
    ]);
    const summary = buildSummary(score);
    expect(summary.bySegment.find((r) => r.key === "champions")).toEqual({
      key: "champions",
      label: { en: "Champions", zh: "冠军客户" },
      customers: 2,
      share: 0.5,
      revenue: 800,
      revenueShare: 0.8,
      averageClv: 200,
      churnRisk: 1,
    });
    expect(summary.bySegment.find((r) => r.key === "loyal")).toMatchObject({
      customers: 0,
      averageClv: null,
      churnRisk: 0,
    });
    expect(summary.byValueTier.map((r) => [r.key, r.customers, r.churnRisk])).toEqual([
      ["strategic", 1, 0],
      ["highPotential", 0, 0],
      ["basic", 1, 1],
      ["lowEfficiency", 2, 1],
    ]);
    expect(summary.byPriority.map((r) => r.label.zh)).toEqual(["P1 优先推进", "P2 重点培育", "P3 常规维护"]);
    expect(summary.totals).toMatchObject({
      key: "total",
      customers: 4,
      share: 1,
      revenue: 1000,
      revenueShare: 1,
      averageClv: 105,
      churnRisk: 2,
    });
  });

  it("adds up: each breakdown's rows sum to the totals, for the fixture", () => {
    const summary = buildSummary(fixtureScore());
    const revenue = FIXTURE_CUSTOMERS.reduce((s, c) => s + c.total, 0);
    expect(summary.totals.revenue).toBe(revenue);
    for (const rows of [summary.bySegment, summary.byValueTier, summary.byPriority]) {
      expect(rows.reduce((s, r) => s + r.customers, 0)).toBe(40);
      expect(rows.reduce((s, r) => s + r.revenue, 0)).toBe(revenue);
      expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
      expect(rows.reduce((s, r) => s + r.churnRisk, 0)).toBe(summary.totals.churnRisk);
    }
    expect(summary.bySegment).toHaveLength(8);
  });

  it("gives revenue shares of 0 when all revenue is 0", () => {
    const summary = buildSummary(stubScore([stubCustomer({ id: "A", total: 0 })]));
    expect(summary.totals.revenueShare).toBe(0);
  });
});
