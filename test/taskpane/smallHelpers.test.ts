import { chooseColumn } from "../../src/taskpane/chooseColumn";
import { mappingByHeader } from "../../src/taskpane/mappingByHeader";
import { OPTIONAL_FIELDS } from "../../src/taskpane/optionalFields";
import { planRequest } from "../../src/taskpane/planRequest";
import type { PlanForm } from "../../src/taskpane/planRequest";
import { dayFromIso } from "../../src/core/days";
import { DEFAULT_PLAN_ROLES } from "../../src/core/plan";
import { DETAIL_FIELDS, REQUIRED_FIELDS } from "../../src/core/table";

describe("mappingByHeader", () => {
  const columns = Object.freeze([
    { index: 0, header: "客户编号", letters: "A" },
    { index: 1, header: "金额", letters: "B" },
    { index: 2, header: "金额", letters: "C" },
    { index: 3, header: "", letters: "D" },
  ]);

  it("gives the documented example's result: a unique header by text, a repeated one by index", () => {
    expect(mappingByHeader(Object.freeze({ id: 0, total: 2 }), columns.slice(0, 3))).toEqual({
      id: "客户编号",
      total: 2,
    });
  });

  it("keeps a blank header's column by index and leaves out columns that do not exist", () => {
    expect(mappingByHeader({ name: 3, margin: 9 }, columns)).toEqual({ name: 3 });
  });
});

describe("chooseColumn", () => {
  it("gives the documented example's result: the column leaves the field that had it", () => {
    expect(chooseColumn(Object.freeze({ id: 0, name: 1 }), "total", 1)).toEqual({ id: 0, total: 1 });
  });

  it("moves a field to another column and drops it when nothing is picked", () => {
    const choices = Object.freeze({ id: 0, total: 2 });
    expect(chooseColumn(choices, "total", 3)).toEqual({ id: 0, total: 3 });
    expect(chooseColumn(choices, "total", undefined)).toEqual({ id: 0 });
    expect(choices).toEqual({ id: 0, total: 2 });
  });
});

describe("OPTIONAL_FIELDS", () => {
  it("gives the documented example's result", () => {
    expect(OPTIONAL_FIELDS.summary.slice(0, 3)).toEqual(["firstPurchase", "margin", "name"]);
  });

  it.each(["summary", "transactions", "lifetimes"] as const)(
    "lists every detail field for %s and none of the fields it needs",
    (shape) => {
      expect(OPTIONAL_FIELDS[shape]).toEqual(expect.arrayContaining([...DETAIL_FIELDS, "margin"]));
      expect(OPTIONAL_FIELDS[shape].filter((f) => REQUIRED_FIELDS[shape].includes(f))).toEqual([]);
    },
  );
});

describe("planRequest", () => {
  const form: PlanForm = Object.freeze({
    name: " Plan ",
    start: "2026-01-01",
    quarters: 4,
    ambition: "moderate",
    lang: "en",
    roles: Object.freeze([
      { en: "Sales", zh: "销售" },
      { en: "Ops", zh: "" },
    ]),
  });

  it("gives the documented example's result: a role takes its name in the other language too", () => {
    expect(planRequest(form).request?.roles).toEqual([
      { en: "Sales", zh: "销售" },
      { en: "Ops", zh: "Ops" },
    ]);
  });

  it("trims the name and reads the start date", () => {
    expect(planRequest(form).request).toMatchObject({ name: "Plan", start: dayFromIso("2026-01-01"), quarters: 4 });
  });

  it.each([
    { why: "an empty name", change: { name: "  " }, problem: { kind: "name" } },
    { why: "no start date", change: { start: "" }, problem: { kind: "start" } },
    { why: "an impossible start date", change: { start: "2026-02-30" }, problem: { kind: "start" } },
    {
      why: "a role without a name in the plan's language",
      change: {
        lang: "zh",
        roles: [
          { en: "Sales", zh: "销售" },
          { en: "Ops", zh: " " },
        ],
      },
      problem: { kind: "roleName", position: 2 },
    },
    {
      why: "two roles of the same name",
      change: { roles: [...DEFAULT_PLAN_ROLES, { en: " Finance ", zh: "x" }] },
      problem: { kind: "roleTwice", name: "Finance" },
    },
  ] as const)("names $why as the problem", ({ change, problem }) => {
    expect(planRequest({ ...form, ...change } as PlanForm)).toEqual({ problem });
  });
});
