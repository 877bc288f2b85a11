import { cellNumberFormat } from "../../src/excel/cellNumberFormat";

describe("cellNumberFormat", () => {
  it.each([
    { value: "=1+1", column: undefined, format: "@", why: "a formula-looking text is text" },
    { value: "00123", column: "0.00", format: "@", why: "a number-looking text is text, whatever the column" },
    { value: 0.25, column: "0%", format: "0%", why: "a number takes the column's format" },
    { value: null, column: undefined, format: "General", why: "a blank takes General when the column has none" },
    { value: "", column: "0.0", format: "0.0", why: "an empty string is a blank" },
    { value: true, column: undefined, format: "General", why: "a boolean is not text" },
    {
      value: "x".repeat(300),
      column: undefined,
      format: "General",
      why: "a long text keeps General (text cells over 255 characters show ####)",
    },
    {
      value: "=" + "x".repeat(300),
      column: undefined,
      format: "@",
      why: "a long text that looks like a formula is still text",
    },
    {
      value: " ".repeat(300) + "1",
      column: undefined,
      format: "@",
      why: "length is counted without surrounding spaces",
    },
  ])("$why", ({ value, column, format }) => {
    expect(cellNumberFormat(value, column)).toBe(format);
  });
});
