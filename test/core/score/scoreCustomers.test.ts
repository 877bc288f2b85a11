import { computeClv } from "../../../src/core/clv";
import { assignSegments, scoreRfm } from "../../../src/core/rfm";
import { scoreCustomers } from "../../../src/core/score";
import type { Customer } from "../../../src/core/types";

function customer(
  id: string,
  recencyDays: number,
  purchases: number,
  total: number,
  extra: Partial<Customer> = {},
): Customer {
  const repeatCount = purchases - 1;
  return {
    id,
    row: 2,
    recencyDays,
    purchases,
    total,
    repeatCount,
    repeatSpanDays: repeatCount > 0 ? 200 : 0,
    ageDays: recencyDays + (repeatCount > 0 ? 200 : 0),
    repeatMean: repeatCount > 0 ? total / purchases : 0,
    ...extra,
  };
}

const threeCustomers = Object.freeze([
  customer("A", 5, 12, 9000),
  customer("B", 200, 2, 300),
  customer("C", 400, 1, 100),
]);

describe("scoreCustomers", () => {
  it("runs the worked example of its doc comment", () => {
    const result = scoreCustomers(threeCustomers, { rfm: { scheme: "cn8" }, clv: { method: "historical" } });
    expect(result.customers[0].rfm.segment).toBe("important-value");
  });

  it("gives the same RFM scores and segments as the RFM module on its own", () => {
    const result = scoreCustomers(threeCustomers, { clv: { method: "historical" } });
    const rfm = scoreRfm(threeCustomers);
    const segments = assignSegments(rfm, "rfm11");
    expect(result.customers.map((c) => c.rfm.code)).toEqual(rfm.scores.map((s) => s.code));
    expect(result.customers.map((c) => c.rfm.segment)).toEqual(segments.scores.map((s) => s.segment));
  });

  it("gives the same CLV as the CLV module with the same options", () => {
    const result = scoreCustomers(threeCustomers, { clv: { method: "historical" }, marginRate: 0.3 });
    const clv = computeClv(threeCustomers, { method: "historical", marginRate: 0.3 });
    expect(result.customers.map((c) => c.clv.clv)).toEqual(clv.perCustomer.map((c) => c.clv));
    expect(result.customers.map((c) => c.clv.clv)).toEqual([2700, 90, 30]);
  });

  it("computes profit contribution as margin less cost to serve", () => {
    const result = scoreCustomers(
      [customer("A", 5, 3, 1000, { margin: 400, costToServe: 150 }), customer("B", 9, 1, 10)],
      {
        clv: { method: "historical" },
        marginRate: 0.5,
      },
    );
    expect(result.customers.map((c) => c.profit)).toEqual([250, 5]);
  });

  it("does not use the model's P(alive) = 1 for one-time buyers in their churn warning", () => {
    const population = Array.from({ length: 40 }, (_, i) =>
      customer(`C${i}`, 10 + ((i * 37) % 300), 1 + (i % 6), 100 + i * 20),
    );
    const result = scoreCustomers(population, { clv: { method: "bgnbd", unit: "weeks" } });
    const oneTime = result.customers.filter((c) => c.customer.repeatCount === 0);
    expect(oneTime.length).toBeGreaterThan(0);
    for (const c of oneTime) {
      expect(c.churn.signals.find((s) => s.signal === "pAlive")?.score).toBeUndefined();
    }
  });

  it("uses credit risk in the priority only when a financial metric is known", () => {
    const result = scoreCustomers([customer("A", 5, 3, 1000, { currentRatio: 0.5 }), customer("B", 9, 2, 800)], {
      clv: { method: "historical" },
    });
    expect(result.customers[0].health.creditAssessed).toBe(true);
    expect(result.customers[1].health.creditAssessed).toBe(false);
    expect(result.customers[0].priority.parts.riskControl.sources).toContain("creditRisk");
    expect(result.customers[1].priority.parts.riskControl.sources).not.toContain("creditRisk");
  });
});
