import fc from "fast-check";
import { dayFromYmd } from "../../../src/core/days";
import { buildRaci } from "../../../src/core/plan/buildRaci";
import { buildTimeline } from "../../../src/core/plan/buildTimeline";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import { planPeriod } from "../../../src/core/plan/planPeriod";
import { PLAYBOOK } from "../../../src/core/plan/playbook";
import { validateRaci } from "../../../src/core/plan/validateRaci";
import type { PlanTask } from "../../../src/core/plan";
import type { LocalizedText } from "../../../src/core/types";

const strategies = PLAYBOOK.map((e, i) => ({ id: `S${i + 1}`, title: e.label, resources: e.resources, raci: e.raci }));
const rolesOf = (n: number): LocalizedText[] =>
  Array.from({ length: n }, (_, i) => DEFAULT_PLAN_ROLES[i] ?? { en: `Role ${i + 1}`, zh: `角色 ${i + 1}` });

function grid(roles: readonly LocalizedText[], quarters = 4) {
  const { timeline, raci } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), quarters), strategies, roles);
  return { timeline, grid: buildRaci(timeline.tasks, raci, roles) };
}

describe("buildRaci", () => {
  it("runs the example of its doc comment", () => {
    expect(
      buildRaci(
        [{ id: "T1", name: { en: "Review", zh: "回顾" } } as PlanTask],
        [{ A: "management", R: ["sales"], C: ["finance"], I: [], informExtraRoles: false }],
        DEFAULT_PLAN_ROLES,
      ).rows[0].cells,
    ).toEqual(["R", "", "", "", "C", "A"]);
  });

  it("gives a grid that validates clean with the default roles", () => {
    const { grid: g, timeline } = grid(DEFAULT_PLAN_ROLES);
    expect(validateRaci(g)).toEqual([]);
    expect(g.rows.map((r) => r.taskId)).toEqual(timeline.tasks.map((t) => t.id));
  });

  it("gives a grid that validates clean for any number of roles from 2 to 12", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 8 }), (n, quarters) => {
        const { grid: g, timeline } = grid(rolesOf(n), quarters);
        expect(validateRaci(g)).toEqual([]);
        g.rows.forEach((row, k) => {
          expect(row.cells).toHaveLength(n);
          expect(row.cells.indexOf("A")).toBe(timeline.tasks[k].owner.index);
        });
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it("keeps the strongest letter when two functions share a role, and finds another R when the A took it", () => {
    // two roles: service, marketing, technical support, finance and management collapse onto them
    const g = buildRaci(
      [{ id: "T1", name: { en: "x", zh: "x" } } as PlanTask],
      [{ A: "management", R: ["finance"], C: ["service"], I: ["marketing"], informExtraRoles: false }],
      rolesOf(2),
    );
    // management → role 2 (A); finance → management → role 2 (R lost to A); service → role 2; marketing → role 1 (I → R)
    expect(g.rows[0].cells).toEqual(["R", "A"]);
  });

  it("informs roles after the sixth of milestones and reviews only", () => {
    const { grid: g, timeline } = grid(rolesOf(8));
    g.rows.forEach((row, k) => {
      const extra = row.cells.slice(6);
      expect(extra).toEqual(timeline.tasks[k].milestone ? ["I", "I"] : ["", ""]);
    });
  });

  it("throws SIZE_MISMATCH when tasks and templates differ in number", () => {
    expect(() => buildRaci([], [PLAYBOOK[0].raci], DEFAULT_PLAN_ROLES)).toThrow(
      expect.objectContaining({ code: "SIZE_MISMATCH" }),
    );
  });
});
