import { buildKpis } from "../../../src/core/plan/buildKpis";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import type { KpiLive, LiveColumn, LiveCondition } from "../../../src/core/plan";
import type { ScoredCustomer } from "../../../src/core/score";
import { fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

/** What a cell of the customer table holds, by column. */
function cell(c: ScoredCustomer, column: LiveColumn): string | number | undefined {
  switch (column) {
    case "clv":
      return c.clv.clv;
    case "segment":
      return c.rfm.segment;
    case "valueTier":
      return c.valueTier;
    case "priority":
      return c.priority.tier;
    case "churn":
      return c.churn.level;
    case "total":
      return c.customer.total;
    case "purchases":
      return c.customer.purchases;
    case "nps":
      return c.customer.nps;
  }
}

const meets = (c: ScoredCustomer, cond: LiveCondition): boolean => {
  const v = cell(c, cond.column);
  if (cond.match && !cond.match.includes(String(v))) return false;
  if (cond.atLeast !== undefined && !(typeof v === "number" && v >= cond.atLeast)) return false;
  return true;
};

/** An independent reading of a live description, as COUNTIFS / AVERAGEIFS / SUMIFS would compute it. */
function evaluate(live: KpiLive, customers: readonly ScoredCustomer[]): number {
  const rows = live.where ? customers.filter((c) => meets(c, live.where!)) : customers;
  const values = rows.map((c) => cell(c, live.column)).filter((v): v is number => typeof v === "number");
  switch (live.kind) {
    case "sum":
      return values.reduce((s, v) => s + v, 0);
    case "average":
      return values.reduce((s, v) => s + v, 0) / values.length;
    case "countRatio":
      return rows.filter((c) => meets(c, live)).length / rows.length;
    case "nps": {
      const answers = values.filter((v) => v >= 0 && v <= 10);
      return ((answers.filter((v) => v >= 9).length - answers.filter((v) => v <= 6).length) / answers.length) * 100;
    }
  }
}

describe("buildKpis", () => {
  const score = fixtureScore();
  const kpis = buildKpis(score, "moderate", DEFAULT_PLAN_ROLES);

  it("runs the example of its doc comment", () => {
    expect(kpis.map((k) => k.key)).toEqual([
      "averageClv",
      "totalClv",
      "nps",
      "churnRate",
      "retention",
      "conversion",
      "revenuePerCustomer",
    ]);
  });

  it.each(["averageClv", "totalClv", "nps", "churnRate", "retention", "conversion", "revenuePerCustomer"])(
    "gives %s a baseline equal to its live description read over the customer table",
    (key) => {
      const kpi = kpis.find((k) => k.key === key)!;
      expect(evaluate(kpi.live, score.customers)).toBeCloseTo(kpi.baseline, 9);
    },
  );

  it("computes the fixture's baselines by hand", () => {
    const byKey = Object.fromEntries(kpis.map((k) => [k.key, k.baseline]));
    // 11 of 40 at warning; 32 repeat buyers of whom 21 show no signal; 10 promoters and 7 detractors of 23 answers
    expect(byKey.churnRate).toBe(11 / 40);
    expect(byKey.conversion).toBe(32 / 40);
    expect(byKey.retention).toBe(21 / 32);
    expect(byKey.nps).toBeCloseTo(((10 - 7) / 23) * 100, 12);
    expect(byKey.revenuePerCustomer).toBe(6_486_000 / 40);
  });

  it("sets bounds: green at the target, red beyond the baseline's tolerance", () => {
    const churn = kpis.find((k) => k.key === "churnRate")!;
    expect(churn.threshold).toMatchObject({ direction: "lower", green: 0.19 });
    expect(churn.threshold.red).toBeCloseTo(0.325, 12);
    expect(churn.threshold.text.en).toBe("green ≤ 19%; amber 19% to 32.5%; red > 32.5%");
    const revenue = kpis.find((k) => k.key === "revenuePerCustomer")!;
    expect(revenue.threshold).toMatchObject({ direction: "higher", green: 178_365, red: 145_935 });
  });

  it("names the CLV method in the CLV definitions", () => {
    expect(kpis[0].definition.en).toBe(
      "Mean CLV over all scored customers. Method: Retention (annual margin × r / (1 + d − r)).",
    );
  });

  it("leaves NPS out without answers and retention out without repeat buyers", () => {
    const s = stubScore([stubCustomer({ id: "A", purchases: 1 }), stubCustomer({ id: "B", purchases: 1 })]);
    const keys = buildKpis(s, "moderate", DEFAULT_PLAN_ROLES).map((k) => k.key);
    expect(keys).toEqual(["averageClv", "totalClv", "churnRate", "conversion", "revenuePerCustomer"]);
    expect(buildKpis(s, "moderate", DEFAULT_PLAN_ROLES).map((k) => k.id)).toEqual(["K1", "K2", "K3", "K4", "K5"]);
  });

  it("gives the churn live formula the labels the score column writes", () => {
    const churn = kpis.find((k) => k.key === "churnRate")!;
    expect(churn.live).toEqual({
      kind: "countRatio",
      column: "churn",
      match: ["warning", "critical"],
      matchLabels: [
        { en: "Warning", zh: "预警" },
        { en: "Critical", zh: "严重" },
      ],
    });
  });
});
