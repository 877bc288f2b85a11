import { dayFromYmd } from "../../../src/core/days";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import { resolvePlanInputs } from "../../../src/core/plan/resolvePlanInputs";
import type { PlanInputs } from "../../../src/core/plan";

const ok: PlanInputs = Object.freeze({ name: "Plan", asOf: dayFromYmd(2025, 12, 31), start: dayFromYmd(2026, 1, 1) });

describe("resolvePlanInputs", () => {
  it("runs the examples of its doc comment", () => {
    expect(resolvePlanInputs({ name: " Plan 2026 ", asOf: 20453, start: 20454 }).quarters).toBe(4);
    expect(resolvePlanInputs({ name: " Plan 2026 ", asOf: 20453, start: 20454 }).name).toBe("Plan 2026");
    expect(dayFromYmd(2025, 12, 31)).toBe(20453);
  });

  it("fills the defaults: four quarters, the six roles, moderate ambition, no issues", () => {
    expect(resolvePlanInputs(ok)).toEqual({
      name: "Plan",
      asOf: ok.asOf,
      start: ok.start,
      quarters: 4,
      roles: DEFAULT_PLAN_ROLES,
      ambition: "moderate",
      issues: [],
    });
  });

  it("keeps what the user chose", () => {
    const roles = [
      { en: "KAM", zh: "大客户经理" },
      { en: "Director", zh: "销售总监" },
    ];
    expect(resolvePlanInputs({ ...ok, quarters: 8, roles, ambition: "ambitious" })).toMatchObject({
      quarters: 8,
      roles,
      ambition: "ambitious",
    });
  });

  it.each<{ why: string; change: Partial<Record<keyof PlanInputs, unknown>>; field: string }>([
    { why: "an empty name", change: { name: "  " }, field: "name" },
    { why: "a fractional start", change: { start: 20454.5 }, field: "start" },
    { why: "a negative as-of date", change: { asOf: -1 }, field: "asOf" },
    { why: "zero quarters", change: { quarters: 0 }, field: "quarters" },
    { why: "nine quarters", change: { quarters: 9 }, field: "quarters" },
    { why: "one role", change: { roles: [{ en: "A", zh: "甲" }] }, field: "roles" },
    {
      why: "thirteen roles",
      change: { roles: Array.from({ length: 13 }, (_, i) => ({ en: `R${i}`, zh: `角色${i}` })) },
      field: "roles",
    },
    {
      why: "a role without Chinese",
      change: {
        roles: [
          { en: "A", zh: "" },
          { en: "B", zh: "乙" },
        ],
      },
      field: "roles",
    },
    {
      why: "a repeated role",
      change: {
        roles: [
          { en: "A", zh: "甲" },
          { en: "A", zh: "乙" },
        ],
      },
      field: "roles",
    },
    { why: "an unknown ambition", change: { ambition: "heroic" }, field: "ambition" },
  ])("throws BAD_ARGUMENT naming the field for $why", ({ change, field }) => {
    expect(() => resolvePlanInputs({ ...ok, ...change } as PlanInputs)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", detail: { field } }),
    );
  });

  it("writes each error in English and Chinese", () => {
    try {
      resolvePlanInputs({ ...ok, quarters: 0 });
      throw new Error("no error");
    } catch (e) {
      expect(e).toMatchObject({
        message: "quarters must be an integer from 1 to 8, got 0",
        messageZh: "季度数必须是 1 到 8 之间的整数，当前为 0",
      });
    }
  });
});
