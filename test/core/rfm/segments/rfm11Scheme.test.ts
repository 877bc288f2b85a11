import { assignSegments } from "../../../../src/core/rfm/segments/assignSegments";
import { RFM11_SCHEME } from "../../../../src/core/rfm/segments/rfm11Scheme";

/** The R × F grid as written in notes/domain.md §3.2 A, with Lost split from Hibernating (R 1, F 1–2). */
const RULES: readonly { key: string; r: [number, number]; f: [number, number] }[] = [
  { key: "champions", r: [5, 5], f: [4, 5] },
  { key: "loyal", r: [3, 4], f: [4, 5] },
  { key: "potential-loyalist", r: [4, 5], f: [2, 3] },
  { key: "new", r: [5, 5], f: [1, 1] },
  { key: "promising", r: [4, 4], f: [1, 1] },
  { key: "need-attention", r: [3, 3], f: [3, 3] },
  { key: "about-to-sleep", r: [3, 3], f: [1, 2] },
  { key: "at-risk", r: [1, 2], f: [3, 4] },
  { key: "cant-lose", r: [1, 2], f: [5, 5] },
  { key: "hibernating", r: [2, 2], f: [1, 2] },
  { key: "lost", r: [1, 1], f: [1, 2] },
];
const inRange = (v: number, [lo, hi]: [number, number]) => v >= lo && v <= hi;
const KEYS = new Set(RFM11_SCHEME.segments.map((s) => s.key));

describe("RFM11_SCHEME", () => {
  it("follows the documented examples", () => {
    expect(RFM11_SCHEME.segmentOf(5, 4, 1)).toBe("champions");
    expect(RFM11_SCHEME.segmentOf(1, 2, 5)).toBe("lost");
  });

  it("lists the eleven segments of the spec in order", () => {
    expect(RFM11_SCHEME.segments.map((s) => s.label.en)).toEqual([
      "Champions",
      "Loyal",
      "Potential Loyalist",
      "New Customers",
      "Promising",
      "Need Attention",
      "About to Sleep",
      "At Risk",
      "Can't Lose Them",
      "Hibernating",
      "Lost",
    ]);
  });

  it("matches exactly one grid rule in each of the 25 R-F cells, whatever M is", () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const matches = RULES.filter((rule) => inRange(r, rule.r) && inRange(f, rule.f));
        expect(matches).toHaveLength(1);
        for (let m = 1; m <= 5; m++) expect(RFM11_SCHEME.segmentOf(r, f, m)).toBe(matches[0].key);
      }
    }
  });

  it("reaches every one of its segments with 1..5 scores", () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) seen.add(RFM11_SCHEME.segmentOf(r, f, 1));
    expect(seen).toEqual(KEYS);
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10])("puts every (R, F, M) of k = %i in exactly one of its segments", (k) => {
    const scores = [];
    for (let r = 1; r <= k; r++) for (let f = 1; f <= k; f++) for (let m = 1; m <= k; m++) scores.push({ r, f, m });
    const { scores: out } = assignSegments(scores, "rfm11", { bins: k });
    expect(out).toHaveLength(k ** 3);
    for (const s of out) expect(KEYS.has(s.segment!)).toBe(true);
  });
});
