import { cellValueText, MAX_VALUE_TEXT } from "../../../src/core/table/cellValueText";

describe("cellValueText", () => {
  it.each([
    { cell: 12.5, expected: "12.5" },
    { cell: { error: "#N/A" }, expected: "#N/A" },
    { cell: { code: "#REF!" }, expected: "#REF!" },
    { cell: " x ", expected: " x " },
    { cell: true, expected: "TRUE" },
    { cell: new Date(Date.UTC(2025, 0, 23)), expected: "2025-01-23" },
    { cell: null, expected: undefined },
    { cell: undefined, expected: undefined },
    { cell: Number.NaN, expected: "NaN" },
  ])("writes $cell as $expected", ({ cell, expected }) => {
    expect(cellValueText(cell)).toBe(expected);
  });

  it("cuts long text to 60 characters, ending with …", () => {
    const text = cellValueText("x".repeat(200))!;
    expect(text).toHaveLength(MAX_VALUE_TEXT);
    expect(text.endsWith("…")).toBe(true);
    expect(cellValueText("y".repeat(60))).toBe("y".repeat(60));
  });
});
