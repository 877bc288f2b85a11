import { simpleClv } from "../../../../src/core/clv/methods/simpleClv";

describe("simpleClv", () => {
  it("multiplies average order value, purchases per year, margin and lifespan (doc example, by hand: 200 × 3 × 0.25 × 3)", () => {
    expect(
      simpleClv(Object.freeze({ purchases: 6, total: 1200, ageDays: 730 }), { marginRate: 0.25, lifespanYears: 3 }),
    ).toEqual({ clv: 450 });
  });

  it("does not annualise a young customer's first weeks: a 20-day-old customer counts as one year old", () => {
    expect(simpleClv({ purchases: 1, total: 100, ageDays: 20 }, { marginRate: 1, lifespanYears: 3 })).toEqual({
      clv: 300,
    });
  });

  it("uses the customer's own margin rate", () => {
    expect(
      simpleClv({ purchases: 2, total: 400, ageDays: 365, margin: 40 }, { marginRate: 0.9, lifespanYears: 2 }),
    ).toEqual({ clv: 80 });
  });

  it("notes an unknown age, counted as one year", () => {
    const result = simpleClv({ purchases: 2, total: 400, ageDays: NaN }, { marginRate: 1, lifespanYears: 1 });
    expect(result.clv).toBe(400);
    expect(result.note?.en).toContain("unknown");
  });

  it.each([
    { total: 0, purchases: 1 },
    { total: -10, purchases: 2 },
    { total: 100, purchases: 0 },
  ])("gives 0 with a note when total=$total and purchases=$purchases", ({ total, purchases }) => {
    const result = simpleClv({ purchases, total, ageDays: 100 }, { marginRate: 1, lifespanYears: 3 });
    expect(result.clv).toBe(0);
    expect(result.note).toBeDefined();
  });

  it.each([
    { marginRate: Infinity, lifespanYears: 3 },
    { marginRate: 1, lifespanYears: -1 },
    { marginRate: 1, lifespanYears: NaN },
  ])("rejects marginRate=$marginRate, lifespanYears=$lifespanYears", (options) => {
    expect(() => simpleClv({ purchases: 1, total: 1, ageDays: 1 }, options)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
