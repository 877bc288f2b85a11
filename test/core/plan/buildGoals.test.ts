import fc from "fast-check";
import { dayFromYmd, isoFromDay } from "../../../src/core/days";
import { buildGoals } from "../../../src/core/plan/buildGoals";
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { buildStrategies } from "../../../src/core/plan/buildStrategies";
import { groupCustomers } from "../../../src/core/plan/groupCustomers";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import { planPeriod } from "../../../src/core/plan/planPeriod";
import type { Ambition } from "../../../src/core/plan";
import type { ScoreResult } from "../../../src/core/score";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

function goalsOf(score: ScoreResult, ambition: Ambition = "moderate", quarters = 4) {
  const groups = groupCustomers(score);
  const strategies = buildStrategies(groups, score, DEFAULT_PLAN_ROLES);
  const period = planPeriod(dayFromYmd(2026, 1, 1), quarters);
  return { goals: buildGoals(groups, strategies, score, period, ambition, DEFAULT_PLAN_ROLES), strategies, period };
}

describe("buildGoals", () => {
  const score = fixtureScore();

  it("runs the example of its doc comment", () => {
    expect(buildPlan(score, FIXTURE_PLAN_INPUTS).goals.find((g) => g.group === "winBack")?.specific.en).toBe(
      "Win back valuable customers at risk (Important retention, Important win-back; 5 customers): " +
        "cut their churn-risk share from 60% to 42% by 2026-06-30 (at most 2 of 5 customers)",
    );
  });

  it("sets the four goals of the playbook, each serving its group's strategy", () => {
    const { goals, strategies } = goalsOf(score);
    expect(goals.map((g) => [g.id, g.group])).toEqual([
      ["G1", "strategic"],
      ["G2", "highPotential"],
      ["G3", "develop"],
      ["G4", "winBack"],
    ]);
    for (const g of goals) expect(strategies.find((s) => s.id === g.strategyId)!.key).toBe(g.group);
  });

  it("computes the baselines from the fixture by hand", () => {
    const { goals } = goalsOf(score);
    // strategic: 12 of 15 without a churn signal (C007, C008, C011 warn); high potential: none at the
    // profit line yet; developing: C012–C015, C024, C026 of 10 bought twice or more
    expect(goals.map((g) => g.baseline)).toEqual([12 / 15, 0, 6 / 10, 3 / 5]);
    expect(goals.map((g) => g.target)).toEqual([0.86, 0.3, 0.72, 0.42]);
  });

  it("writes the specific sentence in Chinese with the same numbers", () => {
    const { goals } = goalsOf(score);
    expect(goals[1].specific.zh).toBe(
      "培育高潜力客户（高潜力型，5 位客户）：到 2026-12-31 将达到战略型利润线的客户占比从 0% 提高到 30%（即至少 2 位客户；利润线：利润贡献 ≥ 6,000）",
    );
  });

  it("dates urgent goals at the mid-plan review and the others at the end, both review days", () => {
    const { goals, period } = goalsOf(score, "moderate", 4);
    expect(goals.map((g) => isoFromDay(g.deadline))).toEqual(["2026-12-31", "2026-12-31", "2026-06-30", "2026-06-30"]);
    const three = goalsOf(score, "moderate", 3);
    expect(three.goals.map((g) => isoFromDay(g.deadline))).toEqual([
      "2026-09-30",
      "2026-09-30",
      "2026-06-30",
      "2026-06-30",
    ]);
    for (const g of goals) expect(period.quarterEnds).toContain(g.deadline);
  });

  it("sets a maintain goal, and says so, when a group is already at its benchmark", () => {
    const healthy = stubScore([
      ...Array.from({ length: 19 }, (_, i) => stubCustomer({ id: `A${i}`, tier: "strategic" })),
      stubCustomer({ id: "B", tier: "strategic", churn: "watch" }),
    ]);
    const [goal] = goalsOf(healthy).goals;
    expect(goal).toMatchObject({ group: "strategic", baseline: 0.95, target: 0.95, mode: "maintain" });
    expect(goal.specific.en).toBe(
      "Protect strategic accounts (Strategic; 20 customers): keep the share with no churn signal at 95% or higher through 2026-12-31 (at least 19 of 20 customers)",
    );
    expect(goal.targetNote.en).toContain("already meets the benchmark");
  });

  it("keeps every goal achievable and measurable for every ambition and any mix of churn levels", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("none", "watch", "warning", "critical"), { minLength: 1, maxLength: 30 }),
        fc.constantFrom<Ambition>("conservative", "moderate", "ambitious"),
        (levels, ambition) => {
          const s = stubScore(
            levels.map((churn, i) => stubCustomer({ id: `X${i}`, churn, tier: "strategic", segment: "at-risk" })),
          );
          for (const g of goalsOf(s, ambition).goals) {
            expect(g.measurable).toBe(true);
            expect(g.target).toBeGreaterThanOrEqual(0);
            expect(g.target).toBeLessThanOrEqual(1);
            expect(g.direction === "higher" ? g.target >= g.baseline : g.target <= g.baseline).toBe(true);
            expect(g.customers.count).toBe(levels.length);
          }
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
