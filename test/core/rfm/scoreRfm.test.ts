import { scoreRfm } from "../../../src/core/rfm/scoreRfm";
import type { RfmInput } from "../../../src/core/rfm/types";

const freeze = (customers: RfmInput[]): readonly RfmInput[] =>
  Object.freeze(customers.map((c) => Object.freeze({ ...c })));
const expectCloseTo = (got: readonly number[], want: readonly number[]) => {
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 12));
};
const codes = (customers: readonly RfmInput[], options?: Parameters<typeof scoreRfm>[1]) =>
  scoreRfm(customers, options).scores.map((s) => s.code);

/** The documented example: four customers, k = 2 (medians 115 days, 2.5 purchases, 200). */
const FOUR = freeze([
  { recencyDays: 10, purchases: 1, total: 100 },
  { recencyDays: 200, purchases: 5, total: 900 },
  { recencyDays: 30, purchases: 3, total: 300 },
  { recencyDays: 400, purchases: 2, total: 50 },
]);

describe("scoreRfm", () => {
  describe("the documented examples", () => {
    it("scores four customers into halves", () => {
      expect(codes(FOUR, { bins: 2 })).toEqual(["211", "122", "222", "111"]);
    });

    it("reports the medians as the cut points of two bins", () => {
      expect(scoreRfm(FOUR, { bins: 2 }).breakpoints).toEqual({ recency: [115], frequency: [2.5], monetary: [200] });
    });

    it("gives a single customer the middle score on every dimension", () => {
      expect(scoreRfm([{ recencyDays: 5, purchases: 2, total: 80 }]).scores[0].code).toBe("333");
    });
  });

  it("uses five quantile bins and total spend by default, and says so", () => {
    const result = scoreRfm(FOUR);
    expect(result).toMatchObject({ bins: 5, method: "quantile", monetary: "total" });
    expect(result.breakpoints.recency).toHaveLength(4);
  });

  it("gives the most recent customer the top recency score and the lapsed one the bottom", () => {
    const customers = freeze([0, 10, 20, 30, 40].map((d) => ({ recencyDays: d, purchases: 1, total: 1 })));
    expect(scoreRfm(customers).scores.map((s) => s.r)).toEqual([5, 4, 3, 2, 1]);
  });

  it("scores higher frequency and spend higher", () => {
    const customers = freeze([1, 2, 3, 4, 5].map((x) => ({ recencyDays: 1, purchases: x, total: x * 100 })));
    const scores = scoreRfm(customers).scores;
    expect(scores.map((s) => s.f)).toEqual([1, 2, 3, 4, 5]);
    expect(scores.map((s) => s.m)).toEqual([1, 2, 3, 4, 5]);
  });

  it("returns the scores in input order and does not modify the input", () => {
    const customers = freeze([
      { recencyDays: 400, purchases: 1, total: 10 },
      { recencyDays: 1, purchases: 9, total: 999 },
    ]);
    const before = JSON.stringify(customers);
    const scores = scoreRfm(customers, { bins: 2 }).scores;
    expect(scores.map((s) => s.code)).toEqual(["111", "222"]);
    expect(JSON.stringify(customers)).toBe(before);
  });

  it("shares one frozen score object between customers with equal scores", () => {
    const customers = freeze([
      { recencyDays: 1, purchases: 5, total: 500 },
      { recencyDays: 100, purchases: 1, total: 10 },
      { recencyDays: 1, purchases: 5, total: 500 },
    ]);
    const { scores } = scoreRfm(customers, { bins: 2 });
    expect(scores[0]).toBe(scores[2]);
    expect(scores[0]).not.toBe(scores[1]);
    expect(Object.isFrozen(scores[0])).toBe(true);
  });

  describe("quantile method", () => {
    // F from the R rfm notes' toy example: type-7 cut points 1, 1, 2, 3.8.
    const TOY = [1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 6, 10];
    const toyCustomers = freeze(TOY.map((p) => ({ recencyDays: 1, purchases: p, total: 1 })));

    it("puts a value equal to a cut point in the lower bin, so ties share a score", () => {
      const result = scoreRfm(toyCustomers);
      expectCloseTo(result.breakpoints.frequency, [1, 1, 2, 3.8]);
      expect(result.scores.map((s) => s.f)).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 4, 5, 5, 5]);
    });

    it("reports the scores that heavy ties leave unused", () => {
      expect(scoreRfm(toyCustomers).unusedScores.f).toEqual([2]);
    });

    it("matches R rfm's skipped score on the same toy data with quantile-r", () => {
      const result = scoreRfm(toyCustomers, { method: "quantile-r" });
      expectCloseTo(result.breakpoints.frequency, [2, 2, 3, 4.8]);
      expect(result.scores.map((s) => s.f)).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 4, 4, 5, 5]);
      expect(result.unusedScores.f).toEqual([2]);
    });
  });

  describe("rank method", () => {
    it.each([
      { values: [10, 20, 30, 40], k: 2, expected: [1, 1, 2, 2], why: "splits distinct values by rank" },
      // midrank of the three 5s is 2: ⌈2 × 2 / 4⌉ = 1; the 9 has rank 4: ⌈2 × 4 / 4⌉ = 2.
      { values: [5, 5, 5, 9], k: 2, expected: [1, 1, 1, 2], why: "gives a tie group the score of its average rank" },
      // midrank 4.5 → ⌈2.25⌉ = 3; ranks 9, 10 → 5.
      {
        values: [1, 1, 1, 1, 1, 1, 1, 1, 2, 3],
        k: 5,
        expected: [3, 3, 3, 3, 3, 3, 3, 3, 5, 5],
        why: "places a large tie group at its centre",
      },
    ])("$why", ({ values, k, expected }) => {
      const customers = freeze(values.map((v) => ({ recencyDays: 0, purchases: v, total: v })));
      expect(scoreRfm(customers, { method: "rank", bins: k }).scores.map((s) => s.f)).toEqual(expected);
    });

    it("reports the largest value of the lowest bands as breakpoints, and the empty bands", () => {
      const customers = freeze([1, 1, 1, 1, 1, 1, 1, 1, 2, 3].map((v) => ({ recencyDays: 0, purchases: v, total: v })));
      const result = scoreRfm(customers, { method: "rank" });
      expect(result.breakpoints.frequency).toEqual([1, 1, 1, 1]);
      expect(result.unusedScores.f).toEqual([1, 2, 4]);
    });

    it("uses every score 1..k for distinct values", () => {
      const customers = freeze(Array.from({ length: 7 }, (_, i) => ({ recencyDays: i, purchases: i, total: i * 3 })));
      const result = scoreRfm(customers, { method: "rank", bins: 7 });
      expect(result.scores.map((s) => s.f)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(result.scores.map((s) => s.r)).toEqual([7, 6, 5, 4, 3, 2, 1]);
      expect(result.unusedScores).toEqual({ r: [], f: [], m: [] });
    });
  });

  describe("fixed method", () => {
    const customers = freeze([
      { recencyDays: 30, purchases: 1, total: 1000 },
      { recencyDays: 31, purchases: 2, total: 1001 },
      { recencyDays: 365, purchases: 10, total: 50 },
    ]);

    it("cuts at the given points, a value equal to a cut point going to the lower bin", () => {
      const result = scoreRfm(customers, {
        method: "fixed",
        bins: 3,
        breakpoints: { recency: [30, 180], frequency: [1, 5], monetary: [100, 1000] },
      });
      expect(result.scores.map((s) => [s.r, s.f, s.m])).toEqual([
        [3, 1, 2],
        [2, 2, 3],
        [1, 3, 1],
      ]);
      expect(result.breakpoints).toEqual({ recency: [30, 180], frequency: [1, 5], monetary: [100, 1000] });
    });

    it("cuts a dimension without breakpoints by quantiles", () => {
      const fixed = scoreRfm(customers, { method: "fixed", bins: 3, breakpoints: { monetary: [100, 1000] } });
      const quantile = scoreRfm(customers, { bins: 3 });
      expect(fixed.breakpoints.recency).toEqual(quantile.breakpoints.recency);
      expect(fixed.scores.map((s) => s.r)).toEqual(quantile.scores.map((s) => s.r));
    });

    it.each([
      { breakpoints: { recency: [30] }, dimension: "recency", zh: "最近一次消费", why: "too few cut points" },
      { breakpoints: { frequency: [5, 1] }, dimension: "frequency", zh: "消费频率", why: "decreasing cut points" },
      { breakpoints: { monetary: [100, 100] }, dimension: "monetary", zh: "消费金额", why: "repeated cut points" },
      {
        breakpoints: { monetary: [100, Number.POSITIVE_INFINITY] },
        dimension: "monetary",
        zh: "消费金额",
        why: "an infinite cut point",
      },
      { breakpoints: { recency: [Number.NaN, 3] }, dimension: "recency", zh: "最近一次消费", why: "a NaN cut point" },
    ])("rejects $why, naming the dimension in English and Chinese", ({ breakpoints, dimension, zh }) => {
      let error: unknown;
      try {
        scoreRfm(customers, { method: "fixed", bins: 3, breakpoints });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: "BAD_ARGUMENT",
        message: expect.stringContaining(dimension),
        messageZh: expect.stringContaining(zh),
      });
    });

    it("rejects breakpoints with any other method", () => {
      expect(() => scoreRfm(customers, { method: "quantile", breakpoints: { recency: [1, 2, 3, 4] } })).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    });
  });

  describe("mean method", () => {
    // Means: 155 days, 3 purchases, 500.
    const customers = freeze([
      { recencyDays: 10, purchases: 1, total: 900 },
      { recencyDays: 300, purchases: 1, total: 800 },
      { recencyDays: 20, purchases: 6, total: 100 },
      { recencyDays: 290, purchases: 4, total: 200 },
    ]);

    it("splits each dimension at its mean into scores 1 and 2, whatever bins says", () => {
      const result = scoreRfm(customers, { method: "mean", bins: 7 });
      expect(result.bins).toBe(2);
      expect(result.means).toEqual({ recency: 155, frequency: 3, monetary: 500 });
      expect(result.breakpoints).toEqual({ recency: [155], frequency: [3], monetary: [500] });
      expect(result.scores.map((s) => s.code)).toEqual(["212", "112", "221", "121"]);
    });

    it("counts a value equal to the mean as recent for R and as low for F and M", () => {
      const tied = freeze([
        { recencyDays: 10, purchases: 2, total: 20 },
        { recencyDays: 20, purchases: 3, total: 30 },
        { recencyDays: 30, purchases: 4, total: 40 },
      ]);
      expect(scoreRfm(tied, { method: "mean" }).scores[1].code).toBe("211");
    });
  });

  it("scores the average order value with monetary: average", () => {
    const customers = freeze([
      { recencyDays: 1, purchases: 10, total: 1000 }, // 100 per order
      { recencyDays: 1, purchases: 1, total: 500 }, // 500 per order
    ]);
    expect(scoreRfm(customers, { bins: 2 }).scores.map((s) => s.m)).toEqual([2, 1]);
    const average = scoreRfm(customers, { bins: 2, monetary: "average" });
    expect(average.scores.map((s) => s.m)).toEqual([1, 2]);
    expect(average.means.monetary).toBe(300);
  });

  it("writes codes with commas when k = 10", () => {
    const customers = freeze(Array.from({ length: 10 }, (_, i) => ({ recencyDays: i, purchases: i, total: i })));
    const result = scoreRfm(customers, { bins: 10 });
    expect(result.scores[0].code).toBe("10,1,1");
    expect(result.scores[9].code).toBe("1,10,10");
  });

  describe("errors", () => {
    it("throws EMPTY_INPUT for no customers", () => {
      expect(() => scoreRfm([])).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
    });

    it.each([
      { field: "recencyDays", value: Number.NaN },
      { field: "purchases", value: Number.POSITIVE_INFINITY },
      { field: "total", value: "12" as unknown as number },
    ])("rejects a non-finite $field, naming the index", ({ field, value }) => {
      const customers = [
        { recencyDays: 1, purchases: 1, total: 1 },
        { recencyDays: 1, purchases: 1, total: 1, [field]: value },
      ];
      expect(() => scoreRfm(customers)).toThrow(
        expect.objectContaining({
          code: "BAD_ARGUMENT",
          message: expect.stringContaining(`customers[1].${field}`),
          messageZh: expect.stringContaining("customers[1]"),
          detail: { index: 1, field },
        }),
      );
    });

    it("rejects zero purchases when scoring the average order value", () => {
      expect(() => scoreRfm([{ recencyDays: 1, purchases: 0, total: 0 }], { monetary: "average" })).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT", detail: { index: 0, field: "purchases" } }),
      );
    });
  });
});
