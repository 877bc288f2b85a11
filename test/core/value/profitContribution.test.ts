import { profitContribution } from "../../../src/core/value/profitContribution";

describe("profitContribution", () => {
  it("gives the documented examples", () => {
    expect(profitContribution(Object.freeze({ total: 10000, costToServe: 500 }), 0.3)).toBeCloseTo(2500, 9);
    expect(profitContribution(Object.freeze({ total: 10000, margin: 4000, costToServe: 500 }), 0.3)).toBe(3500);
  });

  it.each([
    { customer: { total: 800 }, rate: 0.25, expected: 200, why: "no margin and no cost: total × rate" },
    { customer: { total: 800, margin: 100 }, rate: 0.25, expected: 100, why: "a margin column wins over the rate" },
    { customer: { total: 800, margin: 100, costToServe: 0 }, rate: 0.25, expected: 100, why: "zero cost to serve" },
    {
      customer: { total: 800, margin: 100, costToServe: 300 },
      rate: 0.25,
      expected: -200,
      why: "a customer costing more than it earns",
    },
    { customer: { total: -50 }, rate: 0.2, expected: -10, why: "net refunds give a negative contribution" },
    {
      customer: { total: 500, margin: 120 },
      rate: NaN,
      expected: 120,
      why: "the rate is not needed when the margin is known",
    },
  ])("gives $expected for $why", ({ customer, rate, expected }) => {
    expect(profitContribution(Object.freeze(customer), rate)).toBeCloseTo(expected, 9);
  });

  it.each([
    { customer: { total: 100 }, rate: 1.5, why: "a margin rate above 1" },
    { customer: { total: 100 }, rate: NaN, why: "a missing margin rate when there is no margin" },
    { customer: { total: NaN }, rate: 0.3, why: "a total that is not a number" },
    { customer: { total: 100, margin: Infinity }, rate: 0.3, why: "an infinite margin" },
    { customer: { total: 100, costToServe: -1 }, rate: 0.3, why: "a negative cost to serve" },
  ])("throws BAD_ARGUMENT for $why", ({ customer, rate }) => {
    expect(() => profitContribution(customer, rate)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
