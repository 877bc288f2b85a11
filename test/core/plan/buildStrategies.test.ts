import { buildStrategies } from "../../../src/core/plan/buildStrategies";
import { groupCustomers } from "../../../src/core/plan/groupCustomers";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import { PLAYBOOK } from "../../../src/core/plan/playbook";
import { fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

describe("buildStrategies", () => {
  const score = fixtureScore();
  const strategies = buildStrategies(groupCustomers(score), score, DEFAULT_PLAN_ROLES);

  it("runs the example of its doc comment", () => {
    expect(strategies[0].title.zh).toBe("战略型");
  });

  it("has one strategy per non-empty group, numbered in playbook order", () => {
    expect(strategies.map((s) => `${s.id}:${s.key}`)).toEqual(PLAYBOOK.map((e, i) => `S${i + 1}:${e.key}`));
  });

  it("leaves out groups without customers and numbers the rest without gaps", () => {
    const small = stubScore([
      stubCustomer({ id: "A", tier: "strategic", segment: "champions" }),
      stubCustomer({ id: "B", tier: "lowEfficiency", segment: "lost" }),
    ]);
    const out = buildStrategies(groupCustomers(small), small, DEFAULT_PLAN_ROLES);
    expect(out.map((s) => `${s.id}:${s.key}`)).toEqual(["S1:strategic", "S2:lowEfficiency", "S3:keep", "S4:lowCost"]);
  });

  it("adds each present segment's own action as guidance for a situation", () => {
    const winBack = strategies.find((s) => s.key === "winBack")!;
    expect(winBack.segmentGuidance.map((g) => g.zh)).toEqual([
      "重要保持客户：主动联系以保持关系：拜访、回顾、定制优惠。",
      "重要挽留客户：查明原因，以个性化方案挽留。",
    ]);
    expect(strategies.find((s) => s.key === "strategic")!.segmentGuidance).toEqual([]);
  });

  it("tracks the group's KPI with today's value and counts its customers and revenue", () => {
    const winBack = strategies.find((s) => s.key === "winBack")!;
    // C007, C008 (重要保持) and C011 (重要挽留) show a churn warning; C009, C010 do not
    expect(winBack.kpi).toMatchObject({
      measure: "churnRiskShare",
      baseline: 3 / 5,
      direction: "lower",
      unit: "share",
    });
    expect(winBack.customers).toEqual({ count: 5, ids: ["C007", "C008", "C009", "C010", "C011"] });
    // 510,000 + 350,000 + 300,000 + 260,000 + 240,000 of 6,486,000
    expect(winBack.revenue).toBe(1_660_000);
    expect(winBack.revenueShare).toBeCloseTo(1_660_000 / 6_486_000, 12);
  });

  it("takes owner, cadence and resources from the playbook and the tier tables", () => {
    const basic = strategies.find((s) => s.key === "basic")!;
    expect(basic.owner).toEqual({ index: 1, label: { en: "Service", zh: "客户服务" } });
    expect(basic.review).toEqual({ en: "Quarterly", zh: "每季度" });
    expect(basic.resourceShare).toBe(0.15);
    expect(strategies.find((s) => s.key === "keep")!.resourceShare).toBeUndefined();
  });
});
