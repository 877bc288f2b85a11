import fc from "fast-check";
import { CHURN_LEVEL_ORDER, churnLevelOfScore } from "../../../src/core/churn/churnLevels";
import type { ChurnInput, ChurnOptions } from "../../../src/core/churn/churnWarning";
import { churnWarning } from "../../../src/core/churn/churnWarning";

/** A customer whose usual gap is 37 days (4 purchases over 111 days). */
const regular = (recencyDays: number, extra: Partial<ChurnInput> = {}): ChurnInput =>
  Object.freeze({ recencyDays, purchases: 4, repeatSpanDays: 111, ...extra });
const rank = (level: string) => CHURN_LEVEL_ORDER.indexOf(level as never);

describe("churnWarning", () => {
  it("gives the first documented example with its bilingual reason", () => {
    const w = churnWarning(regular(120));
    expect(w.level).toBe("warning");
    // 120 / 37 = 3.243…; beyond 3×: 0.5 + 0.25 · (1 − 3 / (120 / 37)) = 0.5 + 0.25 · (1 − 111 / 120)
    expect(w.score).toBeCloseTo(0.51875, 12);
    expect(w.reasons).toEqual([
      { en: "no purchase for 120 days, 3.2× the usual 37 days", zh: "已 120 天未购买，是平常间隔 37 天的 3.2 倍" },
    ]);
  });

  it("gives the second documented example: a low P(alive) is critical", () => {
    const w = churnWarning(regular(10), 0.15);
    expect(w.level).toBe("critical");
    expect(w.reasons[0]).toEqual({
      en: "probability of still being active 15% is below 20%",
      zh: "仍活跃概率 15%，低于 20%",
    });
  });

  it.each([
    { recency: 0, level: "none", why: "bought on the as-of day" },
    { recency: 74, level: "none", why: "exactly 2× the usual gap is not beyond it" },
    { recency: 75, level: "watch", why: "just beyond 2×" },
    { recency: 111, level: "watch", why: "exactly 3×" },
    { recency: 112, level: "warning", why: "just beyond 3×" },
    { recency: 10000, level: "warning", why: "very long ago, with no critical multiple set" },
  ])("rates recency $recency days as $level: $why", ({ recency, level }) => {
    expect(churnWarning(regular(recency)).level).toBe(level);
  });

  it.each([
    { recency: 185, level: "warning", why: "exactly 5× with critical at 5" },
    { recency: 186, level: "critical", why: "beyond 5×" },
  ])("uses an optional critical multiple: $why", ({ recency, level }) => {
    expect(churnWarning(regular(recency), undefined, { criticalMultiple: 5 }).level).toBe(level);
  });

  it("compares a one-time buyer with the population's median gap", () => {
    const w = churnWarning({ recencyDays: 100, purchases: 1, repeatSpanDays: 0 }, undefined, {
      populationMedianDays: 30,
    });
    expect(w.level).toBe("warning");
    expect(w.reasons[0].en).toBe(
      "no purchase for 100 days, 3.3× the typical 30 days between purchases across customers (one purchase so far)",
    );
    expect(w.reasons[0].zh).toBe("已 100 天未购买，是全体客户典型购买间隔 30 天的 3.3 倍（目前仅购买过一次）");
  });

  it.each([
    { customer: { recencyDays: 100, purchases: 1, repeatSpanDays: 0 }, why: "a one-time buyer" },
    { customer: { recencyDays: 100, purchases: 5, repeatSpanDays: 0 }, why: "repeat purchases with no known span" },
  ])("does not assess recency without any gap to compare with: $why", ({ customer }) => {
    const w = churnWarning(customer);
    expect(w.level).toBe("none");
    expect(w.score).toBe(0);
    expect(w.signals[0].score).toBeUndefined();
    expect(w.reasons[0].en).toMatch(/^recency not assessed/);
    expect(w.reasons[0].zh).toMatch(/^未评估购买间隔/);
  });

  it.each([
    { pAlive: 1, level: "none" },
    { pAlive: 0.7, level: "none" },
    { pAlive: 0.6, level: "watch" },
    { pAlive: 0.5, level: "watch" },
    { pAlive: 0.49, level: "warning" },
    { pAlive: 0.2, level: "warning" },
    { pAlive: 0.19, level: "critical" },
    { pAlive: 0, level: "critical" },
  ])("rates P(alive) $pAlive as $level (cut-offs are strict)", ({ pAlive, level }) => {
    expect(churnWarning(regular(0), pAlive).level).toBe(level);
  });

  it.each([
    { complaints: 0, previous: undefined, level: "none" },
    { complaints: 1, previous: 0, level: "watch" },
    { complaints: 2, previous: 2, level: "none" },
    { complaints: 2, previous: 3, level: "none" },
    { complaints: 3, previous: undefined, level: "warning" },
    { complaints: 5, previous: 1, level: "warning" },
  ])("rates $complaints complaints after $previous as $level", ({ complaints, previous, level }) => {
    expect(churnWarning(regular(0, { complaints, complaintsPrevious: previous })).level).toBe(level);
  });

  it("explains rising complaints in both languages", () => {
    const w = churnWarning(regular(0, { complaints: 2, complaintsPrevious: 1 }));
    expect(w.reasons[0]).toEqual({
      en: "complaints rising: 2 this period, up from 1",
      zh: "投诉增加：本期 2 次，上期 1 次",
    });
  });

  it("treats an invalid complaint count as not assessed", () => {
    const w = churnWarning(regular(0, { complaints: -2 }));
    expect(w.level).toBe("none");
    expect(w.reasons.map((r) => r.en)).toContain("complaints not assessed: -2 is not a valid count");
  });

  it("takes the most severe signal and lists it first", () => {
    const w = churnWarning(regular(80, { complaints: 4 }), 0.9);
    expect(w.level).toBe("warning");
    expect(w.signals.map((s) => s.signal)).toEqual(["recency", "pAlive", "complaints"]);
    expect(w.reasons[0].en).toMatch(/^4 complaints this period/);
    expect(w.reasons[1].en).toMatch(/^no purchase for 80 days/);
    expect(w.reasons[2].en).toBe("probability of still being active 90%");
  });

  it.each([
    { options: { watchMultiple: 3, warningMultiple: 3 }, why: "equal multiples" },
    { options: { watchMultiple: 0 }, why: "a zero multiple" },
    { options: { criticalMultiple: 2.5 }, why: "a critical multiple below the warning one" },
    { options: { pAliveWarning: 0.8 }, why: "P(alive) cut-offs out of order" },
    { options: { pAliveWatch: 1.2 }, why: "a P(alive) cut-off above 1" },
    { options: { complaintsWarningAt: 0 }, why: "a complaint threshold of 0" },
    { options: { populationMedianDays: 0 }, why: "a population median of 0 days" },
    { options: { watchMultiple: NaN }, why: "a multiple that is not a number" },
  ])("throws BAD_ARGUMENT for $why", ({ options }) => {
    expect(() => churnWarning(regular(10), undefined, options as ChurnOptions)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it.each([
    { customer: { recencyDays: -1, purchases: 2, repeatSpanDays: 10 }, pAlive: undefined, why: "a negative recency" },
    {
      customer: { recencyDays: NaN, purchases: 2, repeatSpanDays: 10 },
      pAlive: undefined,
      why: "a recency that is not a number",
    },
    { customer: { recencyDays: 1, purchases: 2, repeatSpanDays: 10 }, pAlive: 1.5, why: "P(alive) above 1" },
    { customer: { recencyDays: 1, purchases: 2, repeatSpanDays: 10 }, pAlive: NaN, why: "P(alive) not a number" },
  ])("throws BAD_ARGUMENT for $why", ({ customer, pAlive }) => {
    expect(() => churnWarning(customer, pAlive)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  const arbCustomer = fc.record({
    recencyDays: fc.integer({ min: 0, max: 2000 }),
    purchases: fc.integer({ min: 1, max: 30 }),
    repeatSpanDays: fc.integer({ min: 0, max: 1500 }),
    complaints: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    complaintsPrevious: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  });
  const arbPAlive = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
  const arbOptions = fc.record({
    populationMedianDays: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    criticalMultiple: fc.option(fc.constantFrom(4, 6), { nil: undefined }),
  });

  it("never lowers the level or the score when the last purchase is further back", () => {
    fc.assert(
      fc.property(arbCustomer, fc.integer({ min: 0, max: 2000 }), arbPAlive, arbOptions, (c, more, p, o) => {
        const before = churnWarning(c, p, o);
        const after = churnWarning({ ...c, recencyDays: c.recencyDays + more }, p, o);
        return rank(after.level) >= rank(before.level) && after.score >= before.score;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("keeps the score in 0..1 with the level as its band, and at least every signal's level", () => {
    fc.assert(
      fc.property(arbCustomer, arbPAlive, arbOptions, (c, p, o) => {
        const w = churnWarning(c, p, o);
        return (
          w.score >= 0 &&
          w.score <= 1 &&
          w.level === churnLevelOfScore(w.score) &&
          w.signals.every((s) => s.level === undefined || rank(s.level) <= rank(w.level)) &&
          w.reasons.length === w.signals.length
        );
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("agrees with the documented rules for recency alone (oracle)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 500 }),
        (r, n, span) => {
          const ratio = (r * (n - 1)) / span;
          const expected = ratio > 3 ? "warning" : ratio > 2 ? "watch" : "none";
          return churnWarning({ recencyDays: r, purchases: n, repeatSpanDays: span }).level === expected;
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});
