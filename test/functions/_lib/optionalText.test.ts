import { optionalText } from "../../../src/functions/_lib/optionalText";
import { BLANKS, excelError } from "./excelShapes";

describe("optionalText", () => {
  it.each(BLANKS.map((value) => ({ value })))("gives the default for the blank $value", ({ value }) => {
    expect(optionalText(value, "scheme", "rfm11")).toBe("rfm11");
  });

  it.each([
    { value: "  cn8 ", expected: "cn8", why: "trims text" },
    { value: [["cn8"]], expected: "cn8", why: "reads a 1×1 range" },
    { value: 5, expected: "5", why: "writes a number as text" },
    { value: 0.25, expected: "0.25", why: "writes a fraction as text" },
    { value: "中文", expected: "中文", why: "keeps Chinese text" },
  ])("$why", ({ value, expected }) => {
    expect(optionalText(value, "label", "")).toBe(expected);
  });

  it.each([
    { value: true, en: "label must be text; got TRUE", zh: "label 必须是文本，当前为 TRUE" },
    { value: excelError("#NAME?"), en: "label is an error value (#NAME?)", zh: "label 是错误值（#NAME?）" },
    { value: [["a", "b"]], en: "label must be a single value, not a range of 1×2 cells", zh: expect.any(String) },
  ])("rejects $value", ({ value, en, zh }) => {
    expect(() => optionalText(value, "label", "")).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", message: en, messageZh: zh }),
    );
  });

  it("gives the documented examples' results", () => {
    expect(optionalText("  rfm11 ", "scheme", "rfm11")).toBe("rfm11");
    expect(optionalText(null, "scheme", "rfm11")).toBe("rfm11");
  });
});
