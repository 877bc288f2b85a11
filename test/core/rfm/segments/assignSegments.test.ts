import { scoreRfm } from "../../../../src/core/rfm/scoreRfm";
import { assignSegments } from "../../../../src/core/rfm/segments/assignSegments";

const CUSTOMERS = Object.freeze(
  [
    { recencyDays: 5, purchases: 1, total: 900 },
    { recencyDays: 400, purchases: 1, total: 900 },
    { recencyDays: 10, purchases: 6, total: 100 },
    { recencyDays: 205, purchases: 6, total: 100 },
  ].map((c) => Object.freeze(c)),
);

describe("assignSegments", () => {
  it("follows the documented examples", () => {
    expect(
      assignSegments([
        { r: 5, f: 5, m: 1 },
        { r: 1, f: 1, m: 1 },
      ]).scores.map((s) => s.segment),
    ).toEqual(["champions", "lost"]);
    expect(assignSegments([{ r: 10, f: 8, m: 3 }], "rfm11", { bins: 10 }).scores[0].segment).toBe("champions");
  });

  it("keeps the scores and codes, in input order, and names the scheme", () => {
    const result = scoreRfm(CUSTOMERS, { bins: 2 });
    const segmentation = assignSegments(result);
    expect(segmentation.scheme).toBe("rfm11");
    expect(segmentation.monetary).toBe("total");
    expect(segmentation.scores.map(({ r, f, m, code }) => ({ r, f, m, code }))).toEqual(result.scores);
  });

  it("shares one frozen result between customers with the same scores and segment", () => {
    const { scores } = assignSegments(scoreRfm(CUSTOMERS, { bins: 2 }), "cn8", { customers: CUSTOMERS });
    const again = assignSegments(scoreRfm([...CUSTOMERS, CUSTOMERS[0]], { bins: 2 }), "cn8", {
      customers: [...CUSTOMERS, CUSTOMERS[0]],
    });
    expect(again.scores[4]).toBe(again.scores[0]);
    expect(Object.isFrozen(scores[0])).toBe(true);
  });

  it("writes codes for plain scores that have none", () => {
    expect(assignSegments([{ r: 3, f: 2, m: 1 }], "rfm11", { bins: 3 }).scores[0].code).toBe("321");
    expect(assignSegments([{ r: 10, f: 2, m: 1 }], "rfm11", { bins: 10 }).scores[0].code).toBe("10,2,1");
  });

  it("rescales k = 10 scores to 1..5 before the grid", () => {
    // ⌈9 × 5 / 10⌉ = 5 and ⌈2 × 5 / 10⌉ = 1: R 5, F 1 = New Customers.
    expect(assignSegments([{ r: 9, f: 2, m: 1 }], "rfm11", { bins: 10 }).scores[0].segment).toBe("new");
  });

  it("does not modify its input", () => {
    const scores = Object.freeze([Object.freeze({ r: 2, f: 2, m: 2 })]);
    assignSegments(scores);
    expect(scores).toEqual([{ r: 2, f: 2, m: 2 }]);
  });

  describe("the eight-class schemes", () => {
    it("use the customers' raw values against their means, whatever the scores are", () => {
      const segmentation = assignSegments(scoreRfm(CUSTOMERS), "cn8", { customers: CUSTOMERS });
      expect(segmentation.scores.map((s) => s.segment)).toEqual([
        "important-development",
        "important-win-back",
        "general-value",
        "general-retention",
      ]);
      expect(segmentation.thresholds).toEqual({ recency: 155, frequency: 3.5, monetary: 500 });
    });

    it("read a mean-method result directly when no customers are given", () => {
      const fromScores = assignSegments(scoreRfm(CUSTOMERS, { method: "mean" }), "cn8");
      const fromValues = assignSegments(scoreRfm(CUSTOMERS), "cn8", { customers: CUSTOMERS });
      expect(fromScores.scores.map((s) => s.segment)).toEqual(fromValues.scores.map((s) => s.segment));
      expect(fromScores.thresholds).toEqual(fromValues.thresholds);
    });

    it("use the alternative labels' keys for cn8-volcano", () => {
      const segmentation = assignSegments(scoreRfm(CUSTOMERS, { method: "mean" }), "cn8-volcano");
      expect(segmentation.scores.map((s) => s.segment)).toEqual([
        "important-deepening",
        "important-win-back",
        "potential",
        "general-maintenance",
      ]);
    });

    it.each([
      { why: "plain scores without customers", input: () => [{ r: 1, f: 1, m: 1 }], options: {} },
      { why: "a quantile result without customers", input: () => scoreRfm(CUSTOMERS), options: {} },
      {
        why: "a mean result asked for medians without customers",
        input: () => scoreRfm(CUSTOMERS, { method: "mean" }),
        options: { threshold: "median" as const },
      },
    ])("refuse $why", ({ input, options }) => {
      expect(() => assignSegments(input(), "cn8", options)).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT", messageZh: expect.stringContaining("八类客户") }),
      );
    });

    it("refuse customers that do not match the scores in number", () => {
      expect(() => assignSegments(scoreRfm(CUSTOMERS), "cn8", { customers: CUSTOMERS.slice(1) })).toThrow(
        expect.objectContaining({ code: "SIZE_MISMATCH" }),
      );
    });
  });

  describe("errors", () => {
    it.each([
      { why: "a score above k", scores: [{ r: 6, f: 1, m: 1 }], bins: 5 },
      { why: "a score of 0", scores: [{ r: 1, f: 0, m: 1 }], bins: 5 },
      { why: "a fractional score", scores: [{ r: 1, f: 1, m: 2.5 }], bins: 5 },
      { why: "bins out of range", scores: [{ r: 1, f: 1, m: 1 }], bins: 11 },
    ])("rejects $why", ({ scores, bins }) => {
      expect(() => assignSegments(scores, "rfm11", { bins })).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    });

    it("rejects an unknown scheme", () => {
      expect(() => assignSegments([{ r: 1, f: 1, m: 1 }], "rfm7" as "rfm11")).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    });

    it("rejects a monetary mode that contradicts the result", () => {
      expect(() => assignSegments(scoreRfm(CUSTOMERS), "rfm11", { monetary: "average" })).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    });
  });
});
