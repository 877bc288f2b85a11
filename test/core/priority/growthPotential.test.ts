import fc from "fast-check";
import { growthPotential } from "../../../src/core/priority/growthPotential";

describe("growthPotential", () => {
  it("gives the documented examples", () => {
    expect(growthPotential(Object.freeze({ growth: 0.2 })).value).toBeCloseTo(70, 10);
    expect(
      growthPotential(Object.freeze({ expectedPurchases: 3, repeatCount: 2, ageDays: 365 }), { horizonDays: 365 })
        .value,
    ).toBeCloseTo(100, 10);
  });

  it.each([
    { row: { growth: 0 }, options: {}, value: 50, source: "growth", why: "no growth is neutral" },
    { row: { growth: -0.5 }, options: {}, value: 0, source: "growth", why: "−50% is the floor" },
    { row: { growth: 3 }, options: {}, value: 100, source: "growth", why: "growth above the saturation is capped" },
    { row: { growth: 0.1 }, options: { saturation: 0.2 }, value: 75, source: "growth", why: "a custom saturation" },
    {
      row: { expectedPurchases: 1, repeatCount: 2, ageDays: 730 },
      options: { horizonDays: 365 },
      value: 50,
      source: "expectedPurchases",
      why: "the same yearly rate as before",
    },
    {
      row: { expectedPurchases: 0.5, repeatCount: 1, ageDays: 365 },
      options: { horizonDays: 365 },
      value: 0,
      source: "expectedPurchases",
      why: "half the past rate: −50%",
    },
    {
      row: { clv: 1200, historicalValue: 1000, ageDays: 365 },
      options: { horizonDays: 365 },
      value: 70,
      source: "clvVsHistory",
      why: "CLV 20% above the past value per day",
    },
    {
      row: { expectedPurchases: 2, repeatCount: 0, ageDays: 100, clv: 100, historicalValue: 100 },
      options: { horizonDays: 100 },
      value: 50,
      source: "clvVsHistory",
      why: "a one-time buyer falls through to CLV vs history",
    },
  ])("scores $why", ({ row, options, value, source }) => {
    const s = growthPotential(row, options);
    expect(s.value).toBeCloseTo(value, 10);
    expect(s.sources).toEqual([source]);
    expect(s.known).toBe(true);
  });

  it.each([
    { row: {}, options: {}, why: "no data" },
    { row: { expectedPurchases: 3, repeatCount: 2, ageDays: 365 }, options: {}, why: "a forecast without its horizon" },
    {
      row: { clv: 100, historicalValue: 0, ageDays: 365 },
      options: { horizonDays: 365 },
      why: "no historical value to compare with",
    },
    {
      row: { expectedPurchases: 3, repeatCount: 2, ageDays: 0 },
      options: { horizonDays: 365 },
      why: "a customer of age 0",
    },
  ])("is neutral and unknown for $why", ({ row, options }) => {
    const s = growthPotential(row, options);
    expect(s.value).toBe(50);
    expect(s.known).toBe(false);
    expect(s.reason.zh).toMatch(/成长潜力未知/);
  });

  it("explains itself in both languages", () => {
    expect(growthPotential({ growth: 0.25 }).reason).toEqual({
      en: "growth potential 75: growth rate +25%",
      zh: "成长潜力 75 分：增长率 +25%",
    });
    expect(
      growthPotential({ expectedPurchases: 3, repeatCount: 2, ageDays: 365 }, { horizonDays: 365 }).reason.en,
    ).toBe(
      "growth potential 100: purchase-rate change +50% (expected 3 repeat purchases in 365 days vs 2 in the past 365 days)",
    );
  });

  it("stays within 0..100 and grows with the growth rate", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = growthPotential({ growth: lo }).value;
          const y = growthPotential({ growth: hi }).value;
          return x >= 0 && y <= 100 && x <= y;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe("growthPotential input checks", () => {
  it.each([
    { row: { growth: NaN }, options: {}, why: "a growth rate that is not a number" },
    { row: { ageDays: -1 }, options: {}, why: "a negative age" },
    { row: {}, options: { saturation: 0 }, why: "a saturation of 0" },
    { row: {}, options: { horizonDays: -30 }, why: "a negative horizon" },
  ])("throws BAD_ARGUMENT for $why", ({ row, options }) => {
    expect(() => growthPotential(row, options)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
