import { estimateRetentionRate } from "../../../../src/core/clv/methods/estimateRetentionRate";

describe("estimateRetentionRate", () => {
  it("takes the share of year-old customers who bought in the last 365 days (doc example)", () => {
    const estimate = estimateRetentionRate(
      Object.freeze([
        { purchases: 3, total: 1, ageDays: 500, recencyDays: 10 },
        { purchases: 2, total: 1, ageDays: 400, recencyDays: 100 },
        { purchases: 5, total: 1, ageDays: 800, recencyDays: 364 },
        { purchases: 1, total: 1, ageDays: 600, recencyDays: 600 },
        { purchases: 1, total: 1, ageDays: 30, recencyDays: 30 },
      ]),
    );
    expect(estimate.rate).toBe(0.75);
    expect(estimate.method).toBe("window");
    expect(estimate.windowDays).toBe(365);
    expect(estimate.detail.en).toBe("3 of 4 customers at least 365 days old bought within the last 365 days");
  });

  it("uses half the oldest age as the window for young data and converts to a yearly rate", () => {
    // oldest 100 days → window 50 days; 2 of the 4 customers ≥ 50 days old bought within 50 days
    const estimate = estimateRetentionRate([
      { purchases: 2, total: 1, ageDays: 100, recencyDays: 10 },
      { purchases: 1, total: 1, ageDays: 80, recencyDays: 80 },
      { purchases: 3, total: 1, ageDays: 60, recencyDays: 49 },
      { purchases: 1, total: 1, ageDays: 50, recencyDays: 50 },
      { purchases: 1, total: 1, ageDays: 10, recencyDays: 10 },
    ]);
    expect(estimate.windowDays).toBe(50);
    expect(estimate.rate).toBeCloseTo(Math.pow(0.5, 365 / 50), 12);
    expect(estimate.detail.en).toContain("converted to a yearly rate");
  });

  it("falls back to the share of returning customers when the data spans under two weeks", () => {
    const estimate = estimateRetentionRate([
      { purchases: 2, total: 1, ageDays: 5, recencyDays: 1 },
      { purchases: 1, total: 1, ageDays: 3, recencyDays: 3 },
    ]);
    expect(estimate).toMatchObject({ rate: 0.5, method: "repeat-share" });
  });

  it("caps the rate at 0.99 and says so", () => {
    const estimate = estimateRetentionRate([
      { purchases: 2, total: 1, ageDays: 400, recencyDays: 1 },
      { purchases: 2, total: 1, ageDays: 500, recencyDays: 2 },
    ]);
    expect(estimate.rate).toBe(0.99);
    expect(estimate.detail.en).toContain("capped at 0.99");
  });

  it("skips customers without a usable age or recency", () => {
    const estimate = estimateRetentionRate([
      { purchases: 2, total: 1, ageDays: 400, recencyDays: 1 },
      { purchases: 2, total: 1, ageDays: 400, recencyDays: 380 },
      { purchases: 2, total: 1, ageDays: NaN, recencyDays: 1 },
      { purchases: 2, total: 1, ageDays: 400 },
    ]);
    expect(estimate.rate).toBe(0.5);
  });
});
