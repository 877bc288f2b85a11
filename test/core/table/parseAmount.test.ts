import { parseAmount } from "../../../src/core/table/parseAmount";

describe("parseAmount", () => {
  it.each([
    { cell: "¥1,234.50", expected: 1234.5 },
    { cell: "￥1,234.50", expected: 1234.5 },
    { cell: "$99", expected: 99 },
    { cell: "US$ 1,000", expected: 1000 },
    { cell: "us$5", expected: 5 },
    { cell: "RMB 300", expected: 300 },
    { cell: "CNY300", expected: 300 },
    { cell: "300 cny", expected: 300 },
    { cell: "300元", expected: 300 },
    { cell: "人民币300", expected: 300 },
    { cell: "300人民币", expected: 300 },
    { cell: "1.2万元", expected: 12000 },
    { cell: "3亿元", expected: 300000000 },
    { cell: "-$12", expected: -12 },
    { cell: "$-12", expected: -12 },
    { cell: "¥(12)", expected: -12 },
    { cell: "(¥12)", expected: -12 },
    { cell: "US$ (99)", expected: -99 },
    { cell: "１２３，４５６．７元", expected: 123456.7 },
    { cell: "  ¥ 8  ", expected: 8 },
    { cell: 1234.5, expected: 1234.5 },
  ])("reads $cell as $expected", ({ cell, expected }) => {
    expect(parseAmount(cell)).toBe(expected);
  });

  it.each(["abc", "12.3.4", "1,2,3,,", "$", "元", "$$5", "5 dollars", "¥5¥", "12%", "-$-5"])("rejects %p", (cell) => {
    expect(parseAmount(cell)).toEqual({ rejected: "notANumber" });
  });

  it("accepts percent only when asked", () => {
    expect(parseAmount("12%", { percent: true })).toBe(0.12);
  });

  it("matches the examples in its documentation", () => {
    expect(parseAmount("¥1,234.50")).toBe(1234.5);
    expect(parseAmount("US$ (99)")).toBe(-99);
    expect(parseAmount("3亿元")).toBe(300000000);
    expect(parseAmount("１２３，４５６．７元")).toBe(123456.7);
    expect(parseAmount("abc")).toEqual({ rejected: "notANumber" });
  });
});
