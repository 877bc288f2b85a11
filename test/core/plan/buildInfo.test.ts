import { dayFromYmd, isoFromDay } from "../../../src/core/days";
import { buildInfo } from "../../../src/core/plan/buildInfo";
import { planPeriod } from "../../../src/core/plan/planPeriod";
import { resolvePlanInputs } from "../../../src/core/plan/resolvePlanInputs";
import type { ScoreResult } from "../../../src/core/score";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

describe("buildInfo", () => {
  const score = fixtureScore();
  const info = buildInfo(score, resolvePlanInputs(FIXTURE_PLAN_INPUTS), planPeriod(FIXTURE_PLAN_INPUTS.start, 4));

  it("runs the example of its doc comment", () => {
    expect(isoFromDay(info.end)).toBe("2026-12-31");
  });

  it("describes the plan and the methods", () => {
    expect(info).toMatchObject({
      name: FIXTURE_PLAN_INPUTS.name,
      quarters: 4,
      ambition: "moderate",
      customers: 40,
      revenue: 6_486_000,
      scheme: { key: "cn8", name: { zh: "RFM 八类客户" } },
      clv: { method: "retention", requested: "retention" },
    });
    expect(info.clv.fallback).toBeUndefined();
  });

  it("notes margins, credit data and NPS answers with their counts", () => {
    const en = info.notes.map((n) => n.en);
    expect(en[0]).toBe(score.clv.notes[0].en);
    expect(en).toContain("27 of 40 customers have no margin value: their profit contribution uses the margin rate.");
    expect(en).toContain("Credit risk was assessed for 7 of 40 customers (those with financial data).");
    expect(en).toContain("NPS from 23 of 40 customers with an answer 0–10.");
  });

  it("notes unused RFM scores, a CLV fallback, data issues and a start before the as-of date", () => {
    const base = stubScore([stubCustomer({ id: "A" })]);
    const s = {
      ...base,
      rfm: { unusedScores: { r: [], f: [2, 3], m: [] } },
      clv: { ...base.clv, fallback: { reason: { en: "Fell back.", zh: "已降级。" } } },
    } as unknown as ScoreResult;
    const inputs = resolvePlanInputs({
      name: "P",
      asOf: dayFromYmd(2026, 3, 1),
      start: dayFromYmd(2026, 1, 1),
      issues: [{ code: "BLANK_ROW", severity: "warning", row: 3, address: "3:3", message: { en: "", zh: "" } }],
    });
    const out = buildInfo(s, inputs, planPeriod(inputs.start, 4));
    expect(out.clv.fallback).toEqual({ en: "Fell back.", zh: "已降级。" });
    expect(out.notes.map((n) => n.en)).toEqual([
      "Fell back.",
      "Frequency: no customer received score 2, 3 (tied values share a score).",
      "1 of 1 customer has no margin value: its profit contribution uses the margin rate.",
      "No customer has financial data, so credit risk was not assessed and the register has no credit risk.",
      "No NPS answers in the data: the NPS KPI is left out.",
      "1 data issue was reported while reading the customer table (see the data-quality risk).",
      "The plan starts (2026-01-01) before the data ends (2026-03-01).",
    ]);
    expect(out.notes[1].zh).toBe("购买频率（F）：没有客户得到 2、3 分（数值相同的客户得分相同）。");
  });
});
