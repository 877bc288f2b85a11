import { DEFAULT_PLAN_ROLES, roleIndexOfSlot, roleRef, ROLE_SLOT_ORDER } from "../../../src/core/plan/planRoles";

describe("DEFAULT_PLAN_ROLES", () => {
  it("gives the documented example", () => {
    expect(DEFAULT_PLAN_ROLES[0]).toEqual({ en: "Sales/KAM", zh: "销售/客户经理" });
  });

  it("has one role per function, with the brief's Chinese names", () => {
    expect(DEFAULT_PLAN_ROLES.map((r) => r.zh)).toEqual([
      "销售/客户经理",
      "客户服务",
      "市场",
      "技术支持",
      "财务",
      "管理层",
    ]);
    expect(DEFAULT_PLAN_ROLES).toHaveLength(ROLE_SLOT_ORDER.length);
  });
});

describe("roleIndexOfSlot", () => {
  it("runs the examples of its doc comment", () => {
    expect(roleIndexOfSlot("finance", 6)).toBe(4);
    expect(roleIndexOfSlot("finance", 3)).toBe(2);
    expect(roleIndexOfSlot("technical", 3)).toBe(1);
  });

  it("maps every function to its own position when all six roles exist", () => {
    expect(ROLE_SLOT_ORDER.map((s) => roleIndexOfSlot(s, 6))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ROLE_SLOT_ORDER.map((s) => roleIndexOfSlot(s, 12))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it.each([
    { n: 2, expected: [0, 1, 0, 1, 1, 1] },
    { n: 3, expected: [0, 1, 2, 1, 2, 2] },
    { n: 4, expected: [0, 1, 2, 3, 3, 3] },
    { n: 5, expected: [0, 1, 2, 3, 4, 4] },
  ])("follows the documented fallbacks with $n roles", ({ n, expected }) => {
    expect(ROLE_SLOT_ORDER.map((s) => roleIndexOfSlot(s, n))).toEqual(expected);
  });

  it.each([1, 0, 2.5, NaN])("throws BAD_ARGUMENT for %p roles", (n) => {
    expect(() => roleIndexOfSlot("sales", n)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});

describe("roleRef", () => {
  it("runs the example of its doc comment", () => {
    expect(roleRef("management", DEFAULT_PLAN_ROLES)).toEqual({ index: 5, label: { en: "Management", zh: "管理层" } });
  });
});
