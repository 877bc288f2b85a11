import { customerMarginRate } from "../../../../src/core/clv/methods/customerMarginRate";

describe("customerMarginRate", () => {
  it("uses the customer's own margin ÷ total, else the default (doc examples)", () => {
    expect(customerMarginRate(Object.freeze({ purchases: 2, total: 200, ageDays: 100, margin: 50 }), 1)).toEqual({
      rate: 0.25,
    });
    expect(customerMarginRate({ purchases: 2, total: 200, ageDays: 100 }, 0.4)).toEqual({ rate: 0.4 });
  });

  it.each([
    { name: "a margin with a zero total", customer: { purchases: 1, total: 0, ageDays: 1, margin: 5 }, rate: 0.3 },
    { name: "a NaN margin", customer: { purchases: 1, total: 100, ageDays: 1, margin: NaN }, rate: 0.3 },
  ])("falls back to the default for $name", ({ customer, rate }) => {
    expect(customerMarginRate(customer, rate)).toEqual({ rate });
  });

  it("caps a customer's own rate at 1 when the margin exceeds the total, with a note", () => {
    const result = customerMarginRate({ purchases: 1, total: 1e-300, ageDays: 1, margin: 5 }, 0.3);
    expect(result.rate).toBe(1);
    expect(result.note?.en).toContain("capped at 1");
  });

  it("never returns -0", () => {
    expect(Object.is(customerMarginRate({ purchases: 1, total: 10, ageDays: 1, margin: -0 }, 1).rate, 0)).toBe(true);
    expect(Object.is(customerMarginRate({ purchases: 1, total: 10, ageDays: 1 }, -0).rate, 0)).toBe(true);
  });

  it("treats a loss-making customer and a negative default as 0, with a note", () => {
    const loss = customerMarginRate({ purchases: 1, total: 100, ageDays: 1, margin: -20 }, 1);
    expect(loss.rate).toBe(0);
    expect(loss.note?.en).toContain("-20");
    const negative = customerMarginRate({ purchases: 1, total: 100, ageDays: 1 }, -0.2);
    expect(negative.rate).toBe(0);
    expect(negative.note?.zh).toContain("-0.2");
  });
});
