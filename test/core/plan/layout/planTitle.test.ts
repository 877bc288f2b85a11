import { planTitle } from "../../../../src/core/plan/layout";

describe("planTitle", () => {
  it.each([
    ["FY26", "en", "Customer development plan: FY26"],
    ["2026 客户发展计划", "zh", "2026 客户发展计划"],
    ["Customer Development Plan 2027", "en", "Customer Development Plan 2027"],
    ["华东区 2026", "zh", "客户发展计划书: 华东区 2026"],
  ] as const)("titles the plan %s in %s as %s", (name, lang, title) => {
    expect(planTitle(name, lang)).toBe(title);
  });
});
