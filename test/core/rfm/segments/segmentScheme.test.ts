import { segmentScheme, SEGMENT_SCHEME_KEYS } from "../../../../src/core/rfm/segments/segmentScheme";

const CJK = /[\u4e00-\u9fff]/;

describe("segmentScheme", () => {
  it("follows the documented example", () => {
    expect(segmentScheme("cn8").segments[0].label.zh).toBe("重要价值客户");
  });

  it("knows the four schemes, rfm11 first", () => {
    expect(SEGMENT_SCHEME_KEYS).toEqual(["rfm11", "rfm-r10", "cn8", "cn8-volcano"]);
    for (const key of SEGMENT_SCHEME_KEYS) expect(segmentScheme(key).key).toBe(key);
  });

  it.each(SEGMENT_SCHEME_KEYS)("gives every segment of %s a unique key and its texts in English and Chinese", (key) => {
    const scheme = segmentScheme(key);
    expect(new Set(scheme.segments.map((s) => s.key)).size).toBe(scheme.segments.length);
    for (const s of [...scheme.segments.flatMap((x) => [x.label, x.description, x.action]), scheme.name]) {
      expect(s.en.trim().length).toBeGreaterThan(0);
      expect(s.en).not.toMatch(CJK);
      expect(s.zh).toMatch(CJK);
    }
  });

  it("rejects an unknown scheme in English and Chinese", () => {
    expect(() => segmentScheme("rfm7" as "rfm11")).toThrow(
      expect.objectContaining({
        code: "BAD_ARGUMENT",
        message: expect.stringContaining("rfm7"),
        messageZh: expect.stringContaining("分群方案"),
      }),
    );
  });

  it("does not treat inherited object names as schemes", () => {
    expect(() => segmentScheme("toString" as "rfm11")).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
