import { SEGMENT_SCHEME_KEYS, segmentScheme } from "../../../src/core/rfm";
import { situationOfSegment, SITUATION_ORDER } from "../../../src/core/plan/situationOfSegment";

describe("situationOfSegment", () => {
  it("runs the examples of its doc comment", () => {
    expect(situationOfSegment("cn8", "important-win-back")).toBe("winBack");
    expect(situationOfSegment("rfm11", "new")).toBe("develop");
  });

  it.each(SEGMENT_SCHEME_KEYS.map((k) => [k]))("gives every segment of %s a situation", (scheme) => {
    for (const segment of segmentScheme(scheme).segments) {
      expect(SITUATION_ORDER).toContain(situationOfSegment(scheme, segment.key));
    }
  });

  it("treats the two eight-class label packs alike, bit by bit", () => {
    const volcano = new Map(segmentScheme("cn8-volcano").segments.map((s) => [s.bits, s.key]));
    for (const s of segmentScheme("cn8").segments) {
      expect(situationOfSegment("cn8-volcano", volcano.get(s.bits)!)).toBe(situationOfSegment("cn8", s.key));
    }
  });

  it.each([
    { scheme: "rfm11", segment: "at-risk", situation: "winBack" },
    { scheme: "rfm11", segment: "cant-lose", situation: "winBack" },
    { scheme: "cn8", segment: "important-retention", situation: "winBack" },
    { scheme: "cn8", segment: "general-value", situation: "grow" },
    { scheme: "cn8", segment: "general-win-back", situation: "lowCost" },
    { scheme: "rfm-r10", segment: "others", situation: "reactivate" },
  ] as const)("puts $segment ($scheme) in $situation", ({ scheme, segment, situation }) => {
    expect(situationOfSegment(scheme, segment)).toBe(situation);
  });

  it.each([
    { scheme: "cn8", segment: "champions" },
    { scheme: "rfm11", segment: "toString" },
    { scheme: "nope", segment: "new" },
  ])("throws BAD_ARGUMENT for $segment in $scheme", ({ scheme, segment }) => {
    expect(() => situationOfSegment(scheme as never, segment)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
