import { lazyText } from "../../src/core/lazyText";

describe("lazyText", () => {
  it("reads the composed text as its example says", () => {
    const text = lazyText(() => ({ en: "score 1.5", zh: "得分 1.5" }));
    expect(text.zh).toBe("得分 1.5");
    expect(text.en).toBe("score 1.5");
  });

  it("composes the text once, on the first read, and never before", () => {
    const make = jest.fn(() => ({ en: "a", zh: "甲" }));
    const text = lazyText(make);
    expect(make).not.toHaveBeenCalled();
    expect([text.en, text.zh, text.en]).toEqual(["a", "甲", "a"]);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("compares, spreads and serialises like a plain text object", () => {
    const text = lazyText(() => ({ en: "a", zh: "甲" }));
    expect(text).toEqual({ en: "a", zh: "甲" });
    expect({ ...text }).toEqual({ en: "a", zh: "甲" });
    expect(JSON.parse(JSON.stringify(text))).toEqual({ en: "a", zh: "甲" });
  });
});
