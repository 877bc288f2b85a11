import { formatMoney } from "../../../src/core/plan/formatMoney";

describe("formatMoney", () => {
  it("runs the examples of its doc comment", () => {
    expect(formatMoney(1234567.891)).toBe("1,234,568");
    expect(formatMoney(42.5)).toBe("42.5");
  });

  it.each([
    { amount: 99.999, expected: "100", why: "below 100 keeps two decimals, which round up to 100" },
    { amount: 100.4, expected: "100", why: "from 100 on, whole units" },
    { amount: -1750, expected: "-1,750", why: "a loss keeps its sign" },
    { amount: 0.005, expected: "0.01", why: "small amounts keep cents" },
  ])("$why", ({ amount, expected }) => {
    expect(formatMoney(amount)).toBe(expected);
  });
});
