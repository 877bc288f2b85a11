import { assignSegments } from "../../../../src/core/rfm/segments/assignSegments";
import { CN8_SCHEME } from "../../../../src/core/rfm/segments/cn8Scheme";
import { CN8_VOLCANO_SCHEME } from "../../../../src/core/rfm/segments/cn8VolcanoScheme";
import { segmentScheme } from "../../../../src/core/rfm/segments/segmentScheme";

const BIT_PATTERNS = ["111", "110", "101", "100", "011", "010", "001", "000"];
const label = (scheme: typeof CN8_SCHEME, bits: string, lang: "en" | "zh") => {
  const key = scheme.segmentOf(Number(bits[0]), Number(bits[1]), Number(bits[2]));
  return scheme.segments.find((s) => s.key === key)!.label[lang];
};

describe("CN8_SCHEME", () => {
  it("follows the documented examples", () => {
    expect(CN8_SCHEME.segmentOf(1, 0, 1)).toBe("important-development");
    expect(CN8_SCHEME.segmentOf(0, 0, 1)).toBe("important-win-back");
  });

  it.each([
    ["111", "重要价值客户", "Important value"],
    ["101", "重要发展客户", "Important development"],
    ["011", "重要保持客户", "Important retention"],
    ["001", "重要挽留客户", "Important win-back"],
    ["110", "一般价值客户", "General value"],
    ["100", "一般发展客户", "General development"],
    ["010", "一般保持客户", "General retention"],
    ["000", "一般挽留客户", "General win-back"],
  ])("maps bits %s (R F M, 1 = good) to %s", (bits, zh, en) => {
    expect(label(CN8_SCHEME, bits, "zh")).toBe(zh);
    expect(label(CN8_SCHEME, bits, "en")).toBe(en);
    expect(CN8_SCHEME.segments.find((s) => s.label.zh === zh)!.bits).toBe(bits);
  });

  it.each([CN8_SCHEME, CN8_VOLCANO_SCHEME])("maps the 8 bit patterns to 8 distinct classes ($key)", (scheme) => {
    const keys = BIT_PATTERNS.map((b) => scheme.segmentOf(Number(b[0]), Number(b[1]), Number(b[2])));
    expect(new Set(keys).size).toBe(8);
    expect(new Set(keys)).toEqual(new Set(scheme.segments.map((s) => s.key)));
  });

  it("is not the widely copied buggy mapping", () => {
    const buggy: Record<string, string> = {
      "101": "重要挽留客户",
      "001": "重要发展客户",
      "100": "一般挽留客户",
      "000": "一般发展客户",
    };
    for (const [bits, wrong] of Object.entries(buggy)) expect(label(CN8_SCHEME, bits, "zh")).not.toBe(wrong);
  });

  it("calls a recent, infrequent, high-spending customer 重要发展 and a lapsed one 重要挽留 (regression)", () => {
    // Means: 155 days, 3.5 purchases, 500. Raw days are compared so that few days = recent.
    const customers = [
      { recencyDays: 5, purchases: 1, total: 900 }, // recent, infrequent, high spend
      { recencyDays: 400, purchases: 1, total: 900 }, // lapsed, infrequent, high spend
      { recencyDays: 10, purchases: 6, total: 100 },
      { recencyDays: 205, purchases: 6, total: 100 },
    ];
    const { scores } = assignSegments(
      customers.map(() => ({ r: 1, f: 1, m: 1 })),
      "cn8",
      { customers },
    );
    const zh = (key: string | undefined) => segmentScheme("cn8").segments.find((s) => s.key === key)!.label.zh;
    expect(zh(scores[0].segment)).toBe("重要发展客户");
    expect(zh(scores[1].segment)).toBe("重要挽留客户");
  });
});

describe("CN8_VOLCANO_SCHEME", () => {
  it("follows the documented example", () => {
    expect(CN8_VOLCANO_SCHEME.segmentOf(0, 1, 1)).toBe("important-reactivation");
  });

  it.each([
    ["111", "重要价值客户"],
    ["011", "重要唤回客户"],
    ["101", "重要深耕客户"],
    ["001", "重要挽留客户"],
    ["110", "潜力客户"],
    ["100", "新客户"],
    ["010", "一般维持客户"],
    ["000", "流失客户"],
  ])("labels bits %s as %s", (bits, zh) => {
    expect(label(CN8_VOLCANO_SCHEME, bits, "zh")).toBe(zh);
  });

  it("shares the classic class's description and action for the same bits", () => {
    for (const s of CN8_VOLCANO_SCHEME.segments) {
      const classic = CN8_SCHEME.segments.find((c) => c.bits === s.bits)!;
      expect(s.description).toEqual(classic.description);
      expect(s.action).toEqual(classic.action);
    }
  });
});
