import { parseNumber } from "../../../src/core/table/parseNumber";

describe("parseNumber", () => {
  it.each([
    { cell: 42, expected: 42 },
    { cell: -0, expected: 0 },
    { cell: "1,234.5", expected: 1234.5 },
    { cell: "1,234,567", expected: 1234567 },
    { cell: "  12  ", expected: 12 },
    { cell: "-12.5", expected: -12.5 },
    { cell: "+7", expected: 7 },
    { cell: "\u22123", expected: -3 },
    { cell: "(123)", expected: -123 },
    { cell: "（１２３）", expected: -123 },
    { cell: "１２３，４５６．７", expected: 123456.7 },
    { cell: "1.2万", expected: 12000 },
    { cell: "3亿", expected: 300000000 },
    { cell: "0.7万", expected: 7000 },
    { cell: ".5", expected: 0.5 },
    { cell: "1.5E+3", expected: 1500 },
    { cell: "007", expected: 7 },
  ])("reads $cell as $expected", ({ cell, expected }) => {
    expect(parseNumber(cell)).toBe(expected);
  });

  it("reads percent text only when asked", () => {
    expect(parseNumber("12%", { percent: true })).toBe(0.12);
    expect(parseNumber("７．５％", { percent: true })).toBe(0.075);
    expect(parseNumber("12%")).toEqual({ rejected: "notANumber" });
  });

  it("reads currency only when asked", () => {
    expect(parseNumber("$12", { currency: true })).toBe(12);
    expect(parseNumber("$12")).toEqual({ rejected: "notANumber" });
  });

  it.each(
    [
      "abc",
      "12.3.4",
      "1,2,3,,",
      "1.234,5",
      "12,34",
      "1 234",
      "--5",
      "-(5)",
      "5-",
      "",
      "e5",
      "1e",
      "0x10",
      "Infinity",
      "1e999",
      "12万%",
      "",
    ].filter((s) => s !== ""),
  )("rejects %p as not a number", (cell) => {
    expect(parseNumber(cell, { percent: true })).toEqual({ rejected: "notANumber" });
  });

  it.each([true, new Date(0), Number.NaN, Number.POSITIVE_INFINITY, {}, [1]])("rejects the non-number %p", (cell) => {
    expect(parseNumber(cell)).toEqual({ rejected: "notANumber" });
  });

  it.each([null, undefined, "", "   ", "\u3000"])("calls %p blank", (cell) => {
    expect(parseNumber(cell)).toEqual({ rejected: "blank" });
  });

  it("reports Excel errors with their text", () => {
    expect(parseNumber("#DIV/0!")).toEqual({ rejected: "errorValue", errorValue: "#DIV/0!" });
    expect(parseNumber({ error: "#N/A" })).toEqual({ rejected: "errorValue", errorValue: "#N/A" });
  });

  it("scales in decimal, so 万 and % give exact results", () => {
    // 0.07 × 100 is 7.000000000000001 in binary arithmetic; decimal scaling is exact
    expect(parseNumber("7%", { percent: true })).toBe(0.07);
    expect(parseNumber("1.1万")).toBe(11000);
  });

  it.each([
    1e15,
    -1e15,
    1e300,
    -Number.MAX_VALUE,
    "1E+16",
    "9.99E+307",
    "1000000000000000",
    "－１０００００００００００００００",
    "1,000,000,000,000,000",
  ])("rejects %p as too large: 10^15 and more is beyond the 15 digits Excel keeps, and sums could overflow", (cell) => {
    expect(parseNumber(cell, { currency: true })).toEqual({ rejected: "tooLarge" });
  });

  it.each([999_999_999_999_999, -999_999_999_999_999, "999999999999999.5"])("reads %p, just below 10^15", (cell) => {
    expect(parseNumber(cell)).toBe(Number(cell));
  });

  it("matches the examples in its documentation", () => {
    expect(parseNumber("1E+16")).toEqual({ rejected: "tooLarge" });
    expect(parseNumber("1,234.5")).toBe(1234.5);
    expect(parseNumber("(123)")).toBe(-123);
    expect(parseNumber("1.2万")).toBe(12000);
    expect(parseNumber("12%", { percent: true })).toBe(0.12);
    expect(parseNumber("12%")).toEqual({ rejected: "notANumber" });
  });
});
