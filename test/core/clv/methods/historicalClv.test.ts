import { historicalClv } from "../../../../src/core/clv/methods/historicalClv";

describe("historicalClv", () => {
  it("is total × margin rate, or the customer's own margin (doc examples)", () => {
    expect(historicalClv(Object.freeze({ purchases: 3, total: 1200, ageDays: 400 }), 0.25)).toEqual({ clv: 300 });
    expect(historicalClv({ purchases: 3, total: 1200, ageDays: 400, margin: 180 }, 0.25)).toEqual({ clv: 180 });
  });

  it.each([
    { name: "a negative own margin", customer: { purchases: 2, total: 100, ageDays: 10, margin: -40 }, rate: 1 },
    { name: "refunds that make the total negative", customer: { purchases: 2, total: -50, ageDays: 10 }, rate: 1 },
    { name: "a negative margin rate", customer: { purchases: 2, total: 100, ageDays: 10 }, rate: -0.5 },
  ])("gives 0 with a note for $name", ({ customer, rate }) => {
    const result = historicalClv(customer, rate);
    expect(result.clv).toBe(0);
    expect(result.note?.en.length).toBeGreaterThan(0);
    expect(result.note?.zh.length).toBeGreaterThan(0);
  });

  it("rejects a non-finite margin rate", () => {
    expect(() => historicalClv({ purchases: 1, total: 1, ageDays: 1 }, NaN)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
