import { formatNumber, formatPercent } from "../../../src/core/value/formatNumber";

describe("formatNumber", () => {
  it("gives the documented examples", () => {
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatNumber(3.2000001, 1)).toBe("3.2");
    expect(formatNumber(-0.0001, 2)).toBe("0");
  });

  it.each([
    { value: 0, decimals: 0, expected: "0" },
    { value: 999, decimals: 0, expected: "999" },
    { value: 1000, decimals: 0, expected: "1,000" },
    { value: -1234.5, decimals: 1, expected: "-1,234.5" },
    { value: 36.666, decimals: 0, expected: "37" },
    { value: 2.5, decimals: 3, expected: "2.5" },
    { value: 50000, decimals: 2, expected: "50,000" },
    { value: -0, decimals: 0, expected: "0" },
    { value: Infinity, decimals: 0, expected: "∞" },
    { value: -Infinity, decimals: 0, expected: "-∞" },
    { value: NaN, decimals: 0, expected: "?" },
  ])("writes $value with up to $decimals decimals as $expected", ({ value, decimals, expected }) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it("gives the documented examples", () => {
    expect(formatPercent(0.125)).toBe("12.5%");
    expect(formatPercent(0.05, 0)).toBe("5%");
  });

  it("keeps the sign of a negative ratio", () => {
    expect(formatPercent(-0.02)).toBe("-2%");
  });
});
