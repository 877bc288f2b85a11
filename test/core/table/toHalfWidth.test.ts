import { toHalfWidth } from "../../../src/core/table/toHalfWidth";

describe("toHalfWidth", () => {
  it.each([
    { text: "１２３，４５６．７", expected: "123,456.7", why: "full-width digits and punctuation become ASCII" },
    { text: "销售额（元）", expected: "销售额(元)", why: "full-width brackets become ASCII, Chinese stays" },
    { text: "２０２５－０１－２３", expected: "2025-01-23", why: "a full-width date" },
    { text: "Ａｍｏｕｎｔ　＄", expected: "Amount $", why: "letters, the ideographic space and the dollar sign" },
    { text: "￥１００", expected: "¥100", why: "the full-width yen sign becomes ¥" },
    { text: "", expected: "", why: "empty text" },
  ])("$why", ({ text, expected }) => {
    expect(toHalfWidth(text)).toBe(expected);
  });

  it("returns text without full-width characters unchanged", () => {
    const text = "plain 123 客户";
    expect(toHalfWidth(text)).toBe(text);
  });
});
