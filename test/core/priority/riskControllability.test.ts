import { riskControllability } from "../../../src/core/priority/riskControllability";

describe("riskControllability", () => {
  it("gives the documented examples", () => {
    expect(riskControllability(Object.freeze({ pAlive: 0.8, creditRisk: "medium" as const })).value).toBeCloseTo(
      65,
      10,
    );
    expect(riskControllability(Object.freeze({ churnLevel: "warning" as const })).value).toBeCloseTo(100 / 3, 10);
  });

  it.each([
    { row: { pAlive: 1 }, value: 100, sources: ["pAlive"], why: "certainly active, credit unknown" },
    { row: { pAlive: 0 }, value: 0, sources: ["pAlive"], why: "certainly gone" },
    { row: { creditRisk: "high" as const }, value: 0, sources: ["creditRisk"], why: "high credit risk only" },
    { row: { creditRisk: "low" as const }, value: 100, sources: ["creditRisk"], why: "low credit risk only" },
    {
      row: { churnLevel: "none" as const, creditRisk: "high" as const },
      value: 50,
      sources: ["churnLevel", "creditRisk"],
      why: "no churn signal but high credit risk",
    },
    { row: { churnLevel: "critical" as const }, value: 0, sources: ["churnLevel"], why: "a critical churn warning" },
    {
      row: { pAlive: 0.9, churnLevel: "critical" as const },
      value: 90,
      sources: ["pAlive"],
      why: "P(alive) is used when given",
    },
    { row: {}, value: 50, sources: [], why: "nothing known: neutral" },
  ])("scores $why", ({ row, value, sources }) => {
    const s = riskControllability(row);
    expect(s.value).toBeCloseTo(value, 10);
    expect(s.sources).toEqual(sources);
    expect(s.known).toBe(sources.length > 0);
  });

  it("blends by the credit share", () => {
    expect(riskControllability({ pAlive: 1, creditRisk: "high" }, 0.25).value).toBeCloseTo(75, 10);
    expect(riskControllability({ pAlive: 0.5, creditRisk: "high" }, 0).value).toBeCloseTo(50, 10);
  });

  it("explains itself in both languages", () => {
    expect(riskControllability({ pAlive: 0.9, creditRisk: "low" }).reason).toEqual({
      en: "risk controllability 95: churn risk 10% (P(alive) 90%), low credit risk",
      zh: "风险可控性 95 分：流失风险 10%（存活概率 90%），低信用风险",
    });
    expect(riskControllability({ churnLevel: "watch" }).reason.zh).toBe("风险可控性 66.7 分：流失预警级别：关注");
  });
});

describe("riskControllability input checks", () => {
  it.each([
    { row: { pAlive: 1.2 }, share: 0.5, why: "P(alive) above 1" },
    { row: { pAlive: 0.5 }, share: 1.5, why: "a credit share above 1" },
    { row: { creditRisk: "severe" }, share: 0.5, why: "an unknown credit-risk level" },
    { row: { churnLevel: "red" }, share: 0.5, why: "an unknown churn level" },
  ])("throws BAD_ARGUMENT for $why", ({ row, share }) => {
    expect(() => riskControllability(row as never, share)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
