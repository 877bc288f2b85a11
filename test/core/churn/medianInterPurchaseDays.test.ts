import fc from "fast-check";
import { medianInterPurchaseDays } from "../../../src/core/churn/medianInterPurchaseDays";

describe("medianInterPurchaseDays", () => {
  it("gives the documented example", () => {
    expect(
      medianInterPurchaseDays(
        Object.freeze([
          { purchases: 3, repeatSpanDays: 20 },
          { purchases: 2, repeatSpanDays: 30 },
          { purchases: 5, repeatSpanDays: 80 },
          { purchases: 1, repeatSpanDays: 0 },
        ]),
      ),
    ).toBe(20);
  });

  it.each([
    { customers: [], expected: undefined, why: "no customers" },
    { customers: [{ purchases: 1, repeatSpanDays: 0 }], expected: undefined, why: "only one-time buyers" },
    { customers: [{ purchases: 3, repeatSpanDays: 12 }], expected: 6, why: "a single repeat customer" },
    {
      customers: [
        { purchases: 2, repeatSpanDays: 10 },
        { purchases: 2, repeatSpanDays: 40 },
      ],
      expected: 25,
      why: "an even count takes the mean of the middle two",
    },
  ])("gives $expected for $why", ({ customers, expected }) => {
    expect(medianInterPurchaseDays(customers)).toBe(expected);
  });

  it("has as many gaps at or below it as at or above it (median identity)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ purchases: fc.integer({ min: 1, max: 20 }), repeatSpanDays: fc.integer({ min: 0, max: 1000 }) }),
          {
            maxLength: 40,
          },
        ),
        (customers) => {
          const gaps = customers
            .filter((c) => c.purchases > 1 && c.repeatSpanDays > 0)
            .map((c) => c.repeatSpanDays / (c.purchases - 1));
          const m = medianInterPurchaseDays(customers);
          if (gaps.length === 0) return m === undefined;
          const below = gaps.filter((g) => g <= m! + 1e-9).length;
          const above = gaps.filter((g) => g >= m! - 1e-9).length;
          return below >= gaps.length / 2 && above >= gaps.length / 2;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
