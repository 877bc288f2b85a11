import { daysPerUnit, unitsPerMonth } from "../../../src/core/clv/timeUnit";

describe("time units", () => {
  it.each([
    { unit: "days", month: 30, days: 1 },
    { unit: "weeks", month: 4.345, days: 7 },
  ] as const)("defines a month as lifetimes does for $unit", ({ unit, month, days }) => {
    expect(unitsPerMonth(unit)).toBe(month);
    expect(daysPerUnit(unit)).toBe(days);
  });

  it("rejects any other unit", () => {
    expect(() => unitsPerMonth("months" as never)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
    expect(() => daysPerUnit("D" as never)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
