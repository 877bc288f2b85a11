import fc from "fast-check";
import { retentionClv } from "../../../../src/core/clv/methods/retentionClv";

describe("retentionClv", () => {
  it("is m·r/(1 + d − r) (doc example, by hand: 250 × 0.8 / 0.3)", () => {
    const result = retentionClv(Object.freeze({ purchases: 4, total: 1000, ageDays: 200 }), {
      marginRate: 0.25,
      retentionRate: 0.8,
      discountAnnual: 0.1,
    });
    expect(result.clv).toBeCloseTo(666.67, 2);
  });

  it("equals the discounted sum of yearly margins Σ m·r^k/(1+d)^k (series oracle)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (r, d, total) => {
          let sum = 0;
          for (let k = 1; k < 2000; k++) sum += total * Math.pow(r / (1 + d), k);
          const clv = retentionClv(
            { purchases: 1, total, ageDays: 365 },
            { marginRate: 1, retentionRate: r, discountAnnual: d },
          ).clv;
          return Math.abs(clv - sum) <= 1e-9 * Math.max(1, sum);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("annualises by age: 3,000 over three years is 1,000 a year", () => {
    expect(
      retentionClv(
        { purchases: 6, total: 3000, ageDays: 1095 },
        { marginRate: 1, retentionRate: 0.5, discountAnnual: 0 },
      ).clv,
    ).toBeCloseTo(1000, 10);
  });

  it("gives 0 with a note when refunds make the total negative", () => {
    const result = retentionClv(
      { purchases: 2, total: -5, ageDays: 10 },
      { marginRate: 1, retentionRate: 0.5, discountAnnual: 0.1 },
    );
    expect(result.clv).toBe(0);
    expect(result.note).toBeDefined();
  });

  it.each([
    { marginRate: 1, retentionRate: 1, discountAnnual: 0.1 },
    { marginRate: 1, retentionRate: -0.1, discountAnnual: 0.1 },
    { marginRate: 1, retentionRate: 0.5, discountAnnual: -0.1 },
    { marginRate: NaN, retentionRate: 0.5, discountAnnual: 0.1 },
  ])("rejects %p", (options) => {
    expect(() => retentionClv({ purchases: 1, total: 1, ageDays: 1 }, options)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
