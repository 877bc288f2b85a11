import { flattenCell } from "../../src/headless/flattenCell";

describe("flattenCell", () => {
  it.each([
    { value: { formula: "A1*2", result: 4 }, expected: 4, why: "a formula gives its cached result" },
    { value: { sharedFormula: "A1", result: "x" }, expected: "x", why: "a shared formula gives its result" },
    {
      value: { formula: "1/0", result: { error: "#DIV/0!" } },
      expected: "#DIV/0!",
      why: "a formula's error result is its text",
    },
    { value: { richText: [{ text: "华东" }, { text: "精密" }] }, expected: "华东精密", why: "rich text is joined" },
    { value: { text: "site", hyperlink: "http://example.com" }, expected: "site", why: "a hyperlink gives its text" },
    { value: { error: "#N/A" }, expected: "#N/A", why: "an error cell gives its error text" },
    { value: null, expected: null, why: "empty stays empty" },
    { value: "=1+1", expected: "=1+1", why: "text that looks like a formula stays text" },
  ])("$why", ({ value, expected }) => {
    expect(flattenCell(value as never)).toEqual(expected);
  });

  it("keeps dates as dates", () => {
    const d = new Date(Date.UTC(2025, 0, 23));
    expect(flattenCell(d)).toBe(d);
  });
});
