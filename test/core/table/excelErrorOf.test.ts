import { EXCEL_ERROR_VALUES, excelErrorOf } from "../../../src/core/table/excelErrorOf";

describe("excelErrorOf", () => {
  it.each(EXCEL_ERROR_VALUES.map((e) => [e]))("recognises %s as text", (error) => {
    expect(excelErrorOf(error)).toBe(error);
  });

  it.each([
    { cell: "#N/A", expected: "#N/A", why: "error text" },
    { cell: " #n/a ", expected: "#N/A", why: "lower case with spaces" },
    { cell: { error: "#div/0!" }, expected: "#DIV/0!", why: "an exceljs error cell" },
    { cell: { code: "#N/A", message: "no match" }, expected: "#N/A", why: "a custom-function error object" },
    { cell: "#1 customer", expected: undefined, why: "text that starts with #" },
    { cell: "N/A", expected: undefined, why: "N/A without #" },
    { cell: { error: "oops" }, expected: undefined, why: "an object with an unknown error" },
    { cell: 0, expected: undefined, why: "a number" },
    { cell: null, expected: undefined, why: "a blank" },
    { cell: new Date(0), expected: undefined, why: "a date" },
  ])("$why", ({ cell, expected }) => {
    expect(excelErrorOf(cell)).toBe(expected);
  });
});
