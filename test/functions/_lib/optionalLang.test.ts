import { optionalLang } from "../../../src/functions/_lib/optionalLang";
import { BLANKS, excelError } from "./excelShapes";

describe("optionalLang", () => {
  it.each(BLANKS.map((value) => ({ value })))("gives English for the blank $value", ({ value }) => {
    expect(optionalLang(value)).toBe("en");
  });

  it.each(["en", "EN", "en-US", "en-gb", "English", "英文", "英语", [["en"]]])("reads %p as English", (value) => {
    expect(optionalLang(value)).toBe("en");
  });

  it.each(["zh", "ZH", "zh-CN", "zh-Hans", "cn", "Chinese", " 中文 ", "汉语", [["zh"]]])(
    "reads %p as Chinese",
    (value) => {
      expect(optionalLang(value)).toBe("zh");
    },
  );

  it.each([{ value: "fr" }, { value: 1 }, { value: true }, { value: excelError("#N/A") }])(
    "rejects $value",
    ({ value }) => {
      expect(() => optionalLang(value)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
    },
  );

  it("gives the documented examples' results", () => {
    expect(optionalLang("ZH-CN")).toBe("zh");
    expect(optionalLang(undefined)).toBe("en");
  });
});
