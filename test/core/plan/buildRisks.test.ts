import { dayFromYmd, isoFromDay } from "../../../src/core/days";
import type { Issue } from "../../../src/core/issues";
import { buildRisks, CONCENTRATION_TOP, RISK_CATEGORY_LABELS } from "../../../src/core/plan/buildRisks";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import { planPeriod } from "../../../src/core/plan/planPeriod";
import type { ScoreResult } from "../../../src/core/score";
import { fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

const period = planPeriod(dayFromYmd(2026, 1, 1), 4);
const issue = (row: number, severity: Issue["severity"] = "warning"): Issue => ({
  code: "NOT_A_NUMBER",
  severity,
  row,
  address: `C${row}`,
  message: { en: "x", zh: "x" },
});

describe("buildRisks", () => {
  const score = fixtureScore();
  const risks = buildRisks(score, period, DEFAULT_PLAN_ROLES);

  it("runs the example of its doc comment", () => {
    expect(risks.map((r) => r.category)).toEqual(["churn", "credit", "market"]);
  });

  it("measures the churn risk of the fixture by hand", () => {
    const churn = risks[0];
    // 11 of 40 at warning (27.5% → likelihood H); they bought 1,206,500 of 6,486,000 (18.6% → impact M)
    expect(churn).toMatchObject({ id: "R1", likelihood: "H", impact: "M", score: 6, triggered: true });
    expect(churn.current.value).toBeCloseTo(1_206_500 / 6_486_000, 12);
    expect(churn.description.en).toBe(
      "11 customers (27.5%) show a churn warning or critical signal; they bought 1,206,500 (18.6% of revenue).",
    );
    expect(churn.customers.count).toBe(11);
    expect(churn.customers.ids.slice(0, 3)).toEqual(["C007", "C008", "C011"]);
    // score 6: reviewed at the end of the plan's first month
    expect(isoFromDay(churn.reviewDate)).toBe("2026-01-31");
    expect(churn.owner.label.en).toBe("Sales/KAM");
  });

  it("measures the credit risk over the customers with financial data", () => {
    const credit = risks[1];
    // assessed: C001–C004, C009, C013, C015; medium C004, C015; high C009, C013 → 4 of 7 (H);
    // 560,000 + 300,000 + 180,000 + 160,000 = 1,200,000 (18.5% → M)
    expect(credit).toMatchObject({ likelihood: "H", impact: "M", score: 6 });
    expect(credit.current.value).toBeCloseTo(1_200_000 / 6_486_000, 12);
    expect(credit.customers).toEqual({ count: 4, ids: ["C004", "C009", "C013", "C015"] });
    expect(credit.description.zh).toBe(
      "有财务数据的 7 位客户中，4 位信用风险为中或高（高信用风险 2 位，中信用风险 2 位），其销售额 1,200,000（占 18.5%）。",
    );
  });

  it("measures concentration on the 10 largest customers", () => {
    const market = risks[2];
    expect(CONCENTRATION_TOP).toBe(10);
    // 920 + 780 + 640 + 560 + 510 + 420 + 380 + 350 + 300 + 260 thousand; C007 and C008 warn → likelihood H
    expect(market.current.value).toBeCloseTo(5_120_000 / 6_486_000, 12);
    expect(market).toMatchObject({ likelihood: "H", impact: "H", score: 9, triggered: true });
    expect(market.current.text.en).toBe("78.9%");
    expect(market.trigger.text.en).toBe("> 50%");
  });

  it("leaves the credit risk out when no customer has financial data, keeping IDs consecutive", () => {
    const s = stubScore([stubCustomer({ id: "A", total: 100 }), stubCustomer({ id: "B", total: 300 })]);
    const out = buildRisks(s, period, DEFAULT_PLAN_ROLES);
    expect(out.map((r) => `${r.id}:${r.category}`)).toEqual(["R1:churn", "R2:market"]);
    expect(out[0].description.en).toBe(
      "No customer shows a churn warning now; the early warning is checked every month.",
    );
    // nothing at risk: L × L, reviewed at the first quarterly review
    expect(out[0]).toMatchObject({ likelihood: "L", impact: "L", score: 1, triggered: false });
    expect(isoFromDay(out[0].reviewDate)).toBe("2026-03-31");
  });

  it("adds a data-quality risk for issues, naming the customers of the rows at fault", () => {
    const s = stubScore(
      Array.from({ length: 20 }, (_, i) => stubCustomer({ id: `K${i}`, row: i + 2, total: 100 + i })),
    );
    const out = buildRisks(s, period, DEFAULT_PLAN_ROLES, [issue(3), issue(3), issue(5, "error")]);
    const data = out[out.length - 1];
    // 3 issues over 20 customers = 15% (H); 1 error = 5% of customers (H)
    expect(data).toMatchObject({ category: "dataQuality", likelihood: "H", impact: "H", score: 9, triggered: true });
    expect(data.customers).toEqual({ count: 2, ids: ["K3", "K1"] });
    expect(data.owner.label.en).toBe("Technical support");
  });

  it("adds a data-quality risk of at least medium likelihood when the CLV model fell back", () => {
    const base = stubScore([stubCustomer({ id: "A" })]);
    const s = {
      ...base,
      clv: { ...base.clv, fallback: { reason: { en: "Only 1 customers.", zh: "仅有 1 位客户。" } } },
    } as ScoreResult;
    const data = buildRisks(s, period, DEFAULT_PLAN_ROLES).find((r) => r.category === "dataQuality")!;
    expect(data).toMatchObject({ likelihood: "M", impact: "M", score: 4, triggered: false });
    expect(data.description.en).toBe("CLV: Only 1 customers.");
  });

  it("labels every category in both languages", () => {
    expect(RISK_CATEGORY_LABELS.churn.zh).toBe("客户流失风险");
    expect(risks.map((r) => r.categoryLabel)).toEqual([
      RISK_CATEGORY_LABELS.churn,
      RISK_CATEGORY_LABELS.credit,
      RISK_CATEGORY_LABELS.market,
    ]);
  });
});
