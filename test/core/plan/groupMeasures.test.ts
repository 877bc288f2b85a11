import { GROUP_MEASURES } from "../../../src/core/plan/groupMeasures";
import type { MeasureKey } from "../../../src/core/plan";
import { stubCustomer, stubScore } from "./stubs";

const group = Object.freeze([
  stubCustomer({ id: "A", churn: "none", purchases: 5, profit: 150, total: 1000 }),
  stubCustomer({ id: "B", churn: "watch", purchases: 1, profit: 100, total: 300 }),
  stubCustomer({ id: "C", churn: "warning", purchases: 2, profit: 0, total: 200 }),
  stubCustomer({ id: "D", churn: "critical", purchases: 2, profit: -20, total: 500 }),
]);
const score = stubScore(group, 100);

describe("GROUP_MEASURES", () => {
  it("runs the example of its doc comment", () => {
    expect(GROUP_MEASURES.churnRiskShare.improve("38%", "26%", "2026-06-30").en).toBe(
      "cut their churn-risk share from 38% to 26% by 2026-06-30",
    );
  });

  it.each<{ key: MeasureKey; expected: number; why: string }>([
    { key: "activeShare", expected: 1 / 4, why: "only A has no churn signal" },
    { key: "churnRiskShare", expected: 2 / 4, why: "C (warning) and D (critical) are at risk; B (watch) is not" },
    { key: "repeatShare", expected: 3 / 4, why: "A, C and D bought twice or more" },
    { key: "upgradeShare", expected: 2 / 4, why: "A (150) and B (exactly the line, 100) reach the profit line" },
    { key: "lossShare", expected: 1 / 4, why: "only D loses money; a profit of 0 is not a loss" },
    { key: "averageOrderValue", expected: 2000 / 10, why: "revenue 2,000 over 10 purchases" },
  ])("computes $key: $why", ({ key, expected }) => {
    expect(GROUP_MEASURES[key].value(group, score)).toBeCloseTo(expected, 12);
  });

  it("does not count a profit of 0 at the line when the tiers require a positive profit", () => {
    const zeroLine = stubScore(group, 0);
    expect(GROUP_MEASURES.upgradeShare.value(group, zeroLine)).toBe(2 / 4);
  });

  it.each(Object.keys(GROUP_MEASURES) as MeasureKey[])("throws EMPTY_INPUT for an empty group (%s)", (key) => {
    expect(() => GROUP_MEASURES[key].value([], score)).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it.each(Object.keys(GROUP_MEASURES) as MeasureKey[])("writes %s in both languages", (key) => {
    const m = GROUP_MEASURES[key];
    for (const text of [m.name, m.definition, m.improve("1", "2", "2026-01-01"), m.maintain("1", "2026-01-01")]) {
      expect(text.en.trim()).not.toBe("");
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names the profit line in the detail of the upgrade measure", () => {
    expect(GROUP_MEASURES.upgradeShare.detail!(stubScore(group, 6000)).en).toBe(
      "profit line: profit contribution ≥ 6,000",
    );
  });

  it("uses the documented benchmarks: 95% without a churn signal, 5% at churn risk", () => {
    expect(GROUP_MEASURES.activeShare.benchmark).toBe(0.95);
    expect(GROUP_MEASURES.churnRiskShare.benchmark).toBe(0.05);
  });
});
