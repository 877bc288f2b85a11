import fc from "fast-check";
import { buildSwot, MAX_SWOT_FACTS, MIN_SWOT_FACTS } from "../../../src/core/plan/buildSwot";
import { groupCustomers } from "../../../src/core/plan/groupCustomers";
import { fixtureScore } from "./fixture";
import { stubCustomer, stubScore } from "./stubs";

const QUADRANTS = ["strengths", "weaknesses", "opportunities", "threats"] as const;

describe("buildSwot", () => {
  const score = fixtureScore();
  const swot = buildSwot(score, groupCustomers(score));

  it("runs the example of its doc comment", () => {
    expect(swot.weaknesses[0].en).toBe("18.6% of revenue sits in customers with a churn warning (11 customers)");
  });

  it("states the fixture's facts with their numbers in both languages", () => {
    expect(swot.strengths[0]).toEqual({
      en: "15 strategic accounts (37.5% of customers) bring 89.6% of revenue",
      zh: "15 家战略型客户（占客户数的 37.5%）贡献了 89.6% 的销售额",
    });
    expect(swot.weaknesses[0].zh).toBe("18.6% 的销售额来自有流失预警的客户（11 位）");
    // 8 of 40 bought once; C035 (−1,125) and C038 (−625) lose money
    expect(swot.weaknesses.map((w) => w.en)).toContain("20% of customers have bought only once");
    expect(swot.weaknesses.map((w) => w.en)).toContain(
      "2 customers cost more to serve than they earn (a loss of 1,750 together)",
    );
    expect(swot.threats[0].en).toBe("The 10 largest customers bring 78.9% of revenue: losing one of them would hurt");
  });

  it("keeps two to four facts per quadrant for the fixture", () => {
    for (const q of QUADRANTS) {
      expect(swot[q].length).toBeGreaterThanOrEqual(MIN_SWOT_FACTS);
      expect(swot[q].length).toBeLessThanOrEqual(MAX_SWOT_FACTS);
    }
  });

  it("keeps two to four distinct, bilingual facts per quadrant for any portfolio", () => {
    const arbCustomer = fc.record({
      total: fc.integer({ min: 0, max: 1000 }),
      purchases: fc.integer({ min: 1, max: 5 }),
      profit: fc.integer({ min: -50, max: 200 }),
      clv: fc.integer({ min: 0, max: 500 }),
      churn: fc.constantFrom("none", "watch", "warning", "critical"),
      tier: fc.constantFrom("strategic", "highPotential", "basic", "lowEfficiency"),
      segment: fc.constantFrom("champions", "loyal", "new", "at-risk", "lost", "need-attention"),
      nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbCustomer, { minLength: 1, maxLength: 25 }), (rows) => {
        const s = stubScore(rows.map((r, i) => stubCustomer({ id: `X${i}`, ...r })));
        const out = buildSwot(s, groupCustomers(s));
        for (const q of QUADRANTS) {
          expect(out[q].length).toBeGreaterThanOrEqual(MIN_SWOT_FACTS);
          expect(out[q].length).toBeLessThanOrEqual(MAX_SWOT_FACTS);
          expect(new Set(out[q].map((f) => f.en)).size).toBe(out[q].length);
          for (const f of out[q]) {
            expect(f.en).not.toMatch(/NaN|undefined|Infinity/);
            expect(f.zh).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
