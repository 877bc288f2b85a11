import { CellReader } from "../../../src/core/table/CellReader";
import { DETAIL_FIELDS, DETAIL_PARSERS, presentDetailFields, readDetails } from "../../../src/core/table/readDetails";

describe("readDetails", () => {
  const reader = (): CellReader =>
    new CellReader({ headers: ["ID", "行业"], columns: { id: 0, industry: 1 }, headerRow: 1, firstColumn: 0 });

  it("matches the examples in its documentation", () => {
    expect(presentDetailFields(reader())).toEqual(["industry"]);
    expect(readDetails(["C1", " 制造业 "], 1, ["industry"], reader())).toEqual({ industry: "制造业" });
  });

  it("writes into the object it is given, and warns about unreadable cells", () => {
    const r = new CellReader({
      headers: ["ID", "NPS", "Owner"],
      columns: { id: 0, nps: 1, owner: 2 },
      headerRow: 1,
      firstColumn: 0,
    });
    const target: { id: string; owner?: string } = { id: "C1" };
    expect(readDetails(["C1", "great", " 王经理 "], 1, ["nps", "owner"], r, target)).toBe(target);
    expect(target).toEqual({ id: "C1", owner: "王经理" });
    expect(r.issues.map((i) => [i.code, i.severity, i.address])).toEqual([["NOT_A_NUMBER", "warning", "B2"]]);
  });

  it("has a parser for every detail field", () => {
    expect(Object.keys(DETAIL_PARSERS).sort()).toEqual([...DETAIL_FIELDS].sort());
  });

  it.each([
    { field: "netMargin", cell: "12%", expected: 0.12 },
    { field: "roa", cell: "5%", expected: 0.05 },
    { field: "growth", cell: "-3%", expected: -0.03 },
    { field: "currentRatio", cell: "1.5", expected: 1.5 },
    { field: "monthlyVolume", cell: "5万元", expected: 50000 },
    { field: "costToServe", cell: "¥1,200", expected: 1200 },
    { field: "complaints", cell: "3", expected: 3 },
    { field: "dso", cell: 45, expected: 45 },
    { field: "owner", cell: 7, expected: "7" },
  ] as const)("reads $field from $cell", ({ field, cell, expected }) => {
    expect(DETAIL_PARSERS[field](cell)).toBe(expected);
  });

  it.each([-1, "-¥1,200", "(50)"])("rejects the negative cost to serve %p, which scoring cannot use", (cell) => {
    expect(DETAIL_PARSERS.costToServe(cell)).toEqual({ rejected: "negative" });
  });

  it("warns about a negative cost to serve in the cost's own words and leaves it out", () => {
    const r = new CellReader({
      headers: ["ID", "服务成本"],
      columns: { id: 0, costToServe: 1 },
      headerRow: 1,
      firstColumn: 0,
    });
    expect(readDetails(["C1", -5], 1, ["costToServe"], r)).toEqual({});
    expect(r.issues.map((i) => [i.code, i.severity, i.address, i.message.en, i.message.zh])).toEqual([
      [
        "OUT_OF_RANGE",
        "warning",
        "B2",
        '"-5" is negative; the cost to serve cannot be below zero; the value was ignored.',
        "“-5”为负数，服务成本不能小于零，已忽略该值。",
      ],
    ]);
  });

  it("does not read percent text in plain number or money fields", () => {
    expect(DETAIL_PARSERS.dso("12%")).toEqual({ rejected: "notANumber" });
    expect(DETAIL_PARSERS.costToServe("12%")).toEqual({ rejected: "notANumber" });
  });
});
