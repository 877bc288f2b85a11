import { isoFromDay } from "../../../src/core/days";
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { validateRaci } from "../../../src/core/plan/validateRaci";
import type { Ambition, Plan } from "../../../src/core/plan";
import { SEGMENT_SCHEME_KEYS } from "../../../src/core/rfm";
import { scoreCustomers } from "../../../src/core/score";
import type { ScoreResult } from "../../../src/core/score";
import { FIXTURE_CUSTOMERS, FIXTURE_PLAN_INPUTS, FIXTURE_SCORE_OPTIONS, fixtureScore } from "./fixture";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The plan with every number rounded to 10 significant digits. */
function rounded(plan: Plan): unknown {
  return JSON.parse(JSON.stringify(plan), (_key, v: unknown) =>
    typeof v === "number" ? Number(v.toPrecision(10)) : v,
  );
}

/** Every date the plan holds, with where it is. */
function datesOf(plan: Plan): [string, number][] {
  return [
    ...plan.goals.map((g): [string, number] => [`goal ${g.id}`, g.deadline]),
    ...plan.timeline.phases.flatMap((p): [string, number][] => [
      [`phase ${p.key} start`, p.start],
      [`phase ${p.key} end`, p.end],
    ]),
    ...plan.timeline.tasks.flatMap((t): [string, number][] => [
      [`task ${t.id} start`, t.start],
      [`task ${t.id} end`, t.end],
    ]),
    ...plan.risks.map((r): [string, number] => [`risk ${r.id}`, r.reviewDate]),
  ];
}

describe("buildPlan", () => {
  const score = fixtureScore();
  const plan = buildPlan(score, FIXTURE_PLAN_INPUTS);

  it("runs the example of its doc comment", () => {
    expect(isoFromDay(plan.info.end)).toBe("2026-12-31");
    expect(plan.goals.map((g) => g.id)).toEqual(["G1", "G2", "G3", "G4"]);
  });

  it("gives the same plan for the same input, without changing the input", () => {
    const frozen = deepFreeze(fixtureScore());
    const inputs = deepFreeze({ ...FIXTURE_PLAN_INPUTS });
    expect(buildPlan(frozen, inputs)).toEqual(buildPlan(frozen, inputs));
    expect(buildPlan(frozen, inputs)).toEqual(plan);
  });

  it("does not depend on the order of the customer rows (up to float rounding of sums)", () => {
    const reversed = scoreCustomers([...FIXTURE_CUSTOMERS].reverse(), FIXTURE_SCORE_OPTIONS);
    expect(rounded(buildPlan(reversed, FIXTURE_PLAN_INPUTS))).toEqual(rounded(plan));
  });

  it("keeps every date inside the plan period", () => {
    for (const [where, day] of datesOf(plan)) {
      expect({ where, inside: day >= plan.info.start && day <= plan.info.end }).toEqual({ where, inside: true });
    }
  });

  it("dates every goal on a review milestone and links it to an existing strategy", () => {
    const reviews = plan.timeline.tasks.filter((t) => t.kind === "review").map((t) => t.start);
    for (const g of plan.goals) {
      expect(reviews).toContain(g.deadline);
      expect(plan.strategies.map((s) => s.id)).toContain(g.strategyId);
    }
  });

  it("has a RACI grid that validates clean, one row per task, whose A is the task's owner", () => {
    expect(validateRaci(plan.raci)).toEqual([]);
    expect(plan.raci.rows.map((r) => r.taskId)).toEqual(plan.timeline.tasks.map((t) => t.id));
    plan.raci.rows.forEach((row, i) => expect(row.cells.indexOf("A")).toBe(plan.timeline.tasks[i].owner.index));
    expect(plan.raci.roles).toBe(plan.roles);
  });

  it("has an execution task for every strategy", () => {
    const carried = plan.timeline.tasks.filter((t) => t.strategyId).map((t) => t.strategyId);
    expect(carried).toEqual(plan.strategies.map((s) => s.id));
  });

  it.each(SEGMENT_SCHEME_KEYS.map((k) => [k]))("builds a valid plan with the %s scheme", (scheme) => {
    const s = scoreCustomers(FIXTURE_CUSTOMERS, { ...FIXTURE_SCORE_OPTIONS, rfm: { scheme } });
    const p = buildPlan(s, FIXTURE_PLAN_INPUTS);
    expect(p.info.scheme.key).toBe(scheme);
    expect(p.goals.length).toBeGreaterThanOrEqual(2);
    expect(validateRaci(p.raci)).toEqual([]);
    expect(p.summary.bySegment.reduce((n, r) => n + r.customers, 0)).toBe(40);
  });

  it.each([1, 2, 3, 5, 8])("builds a valid plan over %i quarters with two roles", (quarters) => {
    const roles = [
      { en: "Account manager", zh: "客户经理" },
      { en: "Director", zh: "总监" },
    ];
    const p = buildPlan(score, { ...FIXTURE_PLAN_INPUTS, quarters, roles });
    expect(validateRaci(p.raci)).toEqual([]);
    expect(p.timeline.tasks.filter((t) => t.kind === "review")).toHaveLength(quarters);
    for (const [where, day] of datesOf(p)) {
      expect({ where, inside: day >= p.info.start && day <= p.info.end }).toEqual({ where, inside: true });
    }
    expect(p.goals.every((g) => g.owner.index < 2)).toBe(true);
  });

  it("asks more of a higher ambition", () => {
    const targets = (ambition: Ambition) =>
      buildPlan(score, { ...FIXTURE_PLAN_INPUTS, ambition }).goals.map((g) => g.target);
    const [c, m, a] = (["conservative", "moderate", "ambitious"] as const).map(targets);
    plan.goals.forEach((g, i) => {
      const order = g.direction === "higher" ? [c[i], m[i], a[i]] : [a[i], m[i], c[i]];
      expect(order).toEqual([...order].sort((x, y) => x - y));
    });
    expect(m).toEqual(plan.goals.map((g) => g.target));
  });

  it("never writes NaN, Infinity or undefined into a text", () => {
    const texts = JSON.stringify(plan);
    expect(texts).not.toMatch(/NaN|Infinity|undefined|null%/);
  });

  it("throws EMPTY_INPUT for a scoring without customers", () => {
    expect(() => buildPlan({ ...score, customers: [] } as ScoreResult, FIXTURE_PLAN_INPUTS)).toThrow(
      expect.objectContaining({ code: "EMPTY_INPUT" }),
    );
  });

  it("throws BAD_ARGUMENT for invalid inputs", () => {
    expect(() => buildPlan(score, { ...FIXTURE_PLAN_INPUTS, quarters: 9 })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
