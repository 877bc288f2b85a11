import { languageFromDisplay } from "../../src/taskpane/languageFromDisplay";

describe("languageFromDisplay", () => {
  it.each(["zh", "zh-CN", "zh-cn", "zh-TW", "zh-Hans-CN", "zh_CN", " zh-CN "])("opens %p in Chinese", (tag) => {
    expect(languageFromDisplay(tag)).toBe("zh");
  });

  it.each(["en-US", "en", "de-DE", "ja-JP", "", "zhx", undefined])("opens %p in English", (tag) => {
    expect(languageFromDisplay(tag)).toBe("en");
  });

  it("gives the documented examples' results", () => {
    expect(languageFromDisplay("zh-CN")).toBe("zh");
    expect(languageFromDisplay("de-DE")).toBe("en");
  });
});
