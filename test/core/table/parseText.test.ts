import { parseText } from "../../../src/core/table/parseText";

describe("parseText", () => {
  it.each([
    { cell: 1001, expected: "1001", why: "a whole number has no .0" },
    { cell: 1001.0, expected: "1001", why: "1001.0 is the number 1001" },
    { cell: 12.5, expected: "12.5", why: "a fraction" },
    { cell: "  C-7 ", expected: "C-7", why: "text is trimmed" },
    { cell: "ＡＢ", expected: "ＡＢ", why: "full-width text is kept as written" },
    { cell: true, expected: "TRUE", why: "a boolean as Excel shows it" },
    { cell: new Date(Date.UTC(2025, 0, 23)), expected: "2025-01-23", why: "a date as ISO text" },
  ])("$why", ({ cell, expected }) => {
    expect(parseText(cell)).toBe(expected);
  });

  it.each([
    { cell: "", expected: { rejected: "blank" } },
    { cell: "   ", expected: { rejected: "blank" } },
    { cell: undefined, expected: { rejected: "blank" } },
    { cell: "#N/A", expected: { rejected: "errorValue", errorValue: "#N/A" } },
    { cell: { code: "#VALUE!" }, expected: { rejected: "errorValue", errorValue: "#VALUE!" } },
    { cell: Number.NaN, expected: { rejected: "notText" } },
    { cell: { a: 1 }, expected: { rejected: "notText" } },
  ])("rejects $cell", ({ cell, expected }) => {
    expect(parseText(cell)).toEqual(expected);
  });

  it("matches the examples in its documentation", () => {
    expect(parseText(1001)).toBe("1001");
    expect(parseText("  C-7 ")).toBe("C-7");
    expect(parseText("#N/A")).toEqual({ rejected: "errorValue", errorValue: "#N/A" });
  });
});
