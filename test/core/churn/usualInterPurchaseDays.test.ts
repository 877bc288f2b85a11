import { usualInterPurchaseDays } from "../../../src/core/churn/usualInterPurchaseDays";

describe("usualInterPurchaseDays", () => {
  it("gives the documented examples", () => {
    expect(usualInterPurchaseDays({ purchases: 4, repeatSpanDays: 111 })).toBe(37);
    expect(usualInterPurchaseDays({ purchases: 1, repeatSpanDays: 0 })).toBeUndefined();
  });

  it.each([
    { purchases: 2, repeatSpanDays: 30, expected: 30, why: "one repeat purchase: the span itself" },
    { purchases: 3, repeatSpanDays: 0, expected: undefined, why: "all purchases on one day (or no first date)" },
    { purchases: 3, repeatSpanDays: NaN, expected: undefined, why: "a span that is not a number" },
    { purchases: 0, repeatSpanDays: 0, expected: undefined, why: "no purchase at all" },
  ])("gives $expected for $why", ({ purchases, repeatSpanDays, expected }) => {
    expect(usualInterPurchaseDays({ purchases, repeatSpanDays })).toBe(expected);
  });
});
