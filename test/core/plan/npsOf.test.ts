import { npsOf } from "../../../src/core/plan/npsOf";
import type { ScoredCustomer } from "../../../src/core/score";
import { stubCustomer } from "./stubs";

describe("npsOf", () => {
  it("runs the example of its doc comment", () => {
    expect(npsOf([10, 9, 8, 3].map((nps) => ({ customer: { nps } })) as ScoredCustomer[])).toEqual({
      nps: 25,
      respondents: 4,
      promoters: 2,
      detractors: 1,
    });
  });

  it.each([
    { answers: [9, 10], nps: 100, why: "all promoters" },
    { answers: [0, 6], nps: -100, why: "all detractors" },
    { answers: [7, 8], nps: 0, why: "passives only" },
    { answers: [6.5, 9], nps: 50, why: "6.5 is a passive: detractors answer 6 or less" },
  ])("gives $nps for $why", ({ answers, nps }) => {
    expect(npsOf(answers.map((v, i) => stubCustomer({ id: `${i}`, nps: v })))?.nps).toBe(nps);
  });

  it("ignores customers without an answer and answers outside 0..10", () => {
    const result = npsOf([
      stubCustomer({ id: "a", nps: 10 }),
      stubCustomer({ id: "b" }),
      stubCustomer({ id: "c", nps: 11 }),
      stubCustomer({ id: "d", nps: -1 }),
      stubCustomer({ id: "e", nps: NaN }),
    ]);
    expect(result).toEqual({ nps: 100, respondents: 1, promoters: 1, detractors: 0 });
  });

  it("gives undefined when no customer has an answer", () => {
    expect(npsOf([stubCustomer({ id: "a" })])).toBeUndefined();
  });
});
