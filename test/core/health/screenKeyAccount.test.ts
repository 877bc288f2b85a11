import fc from "fast-check";
import type { KeyAccountInput } from "../../../src/core/health/screenKeyAccount";
import { screenKeyAccount } from "../../../src/core/health/screenKeyAccount";

const healthy = Object.freeze({
  currentRatio: 1.8,
  netMargin: 0.08,
  roa: 0.06,
  dso: 45,
  inventoryDays: 60,
  monthlyVolume: 80000,
});

const check = (input: KeyAccountInput, metric: string) =>
  screenKeyAccount(input).checks.find((c) => c.metric === metric)!;

describe("screenKeyAccount", () => {
  it("gives the first documented example: a healthy large customer", () => {
    const r = screenKeyAccount(healthy);
    expect(r.keyAccount).toBe(true);
    expect(r.creditRisk).toBe("low");
    expect(r.creditAssessed).toBe(true);
    expect(r.checks.every((c) => c.pass === true && c.rag === "green")).toBe(true);
    expect(r.reasons[0]).toEqual({
      en: "Key account: monthly purchase volume 80,000 meets 50,000; low credit risk",
      zh: "大客户：月采购量 80,000 达到 50,000；低信用风险",
    });
  });

  it("gives the second documented example: large but a credit risk", () => {
    const r = screenKeyAccount(Object.freeze({ currentRatio: 0.8, dso: 120, monthlyVolume: 80000 }));
    expect(r.keyAccount).toBe(false);
    expect(r.creditRisk).toBe("high");
    expect(r.reasons.map((x) => x.en)).toEqual([
      "Not a key account: monthly purchase volume 80,000 meets 50,000, but credit risk is high",
      "High credit risk: current ratio, days sales outstanding beyond the credit-risk alert line",
      "Current ratio 0.8 is below 1 (credit-risk alert)",
      "Days sales outstanding 120 days is above 90 days (credit-risk alert)",
      "Not known: net profit margin, return on assets, inventory days (treated as unknown, not as failures)",
    ]);
    expect(r.reasons[3].zh).toBe("回款周期 120 天，高于 90 天（信用风险预警）");
  });

  it.each([
    { metric: "currentRatio", value: 1.5, pass: true, why: "current ratio exactly 1.5 passes" },
    { metric: "currentRatio", value: 1.49, pass: false, why: "current ratio just below 1.5 fails" },
    { metric: "netMargin", value: 0, pass: false, why: "net margin exactly 0 fails (break-even is not a profit)" },
    { metric: "netMargin", value: 0.001, pass: true, why: "a thin positive net margin passes" },
    { metric: "roa", value: 0.05, pass: true, why: "ROA exactly 5% passes" },
    { metric: "roa", value: 0.049, pass: false, why: "ROA below 5% fails" },
    { metric: "dso", value: 60, pass: true, why: "DSO exactly 60 days passes" },
    { metric: "dso", value: 61, pass: false, why: "DSO of 61 days fails" },
    { metric: "inventoryDays", value: 90, pass: true, why: "inventory exactly 90 days passes" },
    { metric: "inventoryDays", value: 91, pass: false, why: "inventory of 91 days fails" },
    { metric: "monthlyVolume", value: 50000, pass: true, why: "volume exactly 50,000 passes" },
    { metric: "monthlyVolume", value: 49999, pass: false, why: "volume of 49,999 fails" },
  ])("decides ties at thresholds: $why", ({ metric, value, pass }) => {
    expect(check({ ...healthy, [metric]: value }, metric).pass).toBe(pass);
  });

  it.each([
    { input: { currentRatio: 1.0 }, risk: "medium", why: "current ratio exactly 1.0 is not an alert" },
    { input: { currentRatio: 0.99 }, risk: "high", why: "current ratio below 1.0 is an alert" },
    { input: { dso: 90 }, risk: "medium", why: "DSO exactly 90 days is not an alert" },
    { input: { dso: 91 }, risk: "high", why: "DSO beyond 90 days is an alert" },
    { input: { netMargin: -0.1 }, risk: "medium", why: "a loss-making customer" },
    { input: { roa: 0.01 }, risk: "medium", why: "a low ROA" },
    { input: { inventoryDays: 200 }, risk: "medium", why: "slow inventory" },
    { input: { monthlyVolume: 100 }, risk: "low", why: "a small volume is not a credit matter" },
    { input: { netMargin: 0.02 }, risk: "low", why: "a thin but positive margin passes" },
  ])("rates credit risk $risk for $why", ({ input, risk }) => {
    expect(screenKeyAccount({ ...healthy, ...input }).creditRisk).toBe(risk);
  });

  it.each([
    {
      input: { currentRatio: 1.2 },
      rag: "amber",
      metric: "currentRatio",
      why: "a failed check short of the alert line",
    },
    { input: { currentRatio: 0.5 }, rag: "red", metric: "currentRatio", why: "a crossed alert line" },
    { input: { netMargin: 0.03 }, rag: "amber", metric: "netMargin", why: "a margin that passes but is below 5%" },
    { input: { netMargin: 0.05 }, rag: "green", metric: "netMargin", why: "a margin of exactly 5%" },
    { input: { dso: 75 }, rag: "amber", metric: "dso", why: "DSO between 60 and 90 days" },
    { input: { dso: 100 }, rag: "red", metric: "dso", why: "DSO beyond 90 days" },
  ])("shows $rag for $why", ({ input, metric, rag }) => {
    expect(check({ ...healthy, ...input }, metric).rag).toBe(rag);
  });

  it.each([
    { input: { ...healthy, currentRatio: 1.2 }, key: true, why: "medium credit risk does not disqualify" },
    { input: { ...healthy, monthlyVolume: undefined }, key: false, why: "an unknown volume" },
    { input: { ...healthy, monthlyVolume: 20000 }, key: false, why: "a volume below the threshold" },
    { input: { monthlyVolume: 60000 }, key: true, why: "a large volume with no financial data" },
    { input: { ...healthy, dso: 95 }, key: false, why: "high credit risk" },
  ])("decides key account = $key for $why", ({ input, key }) => {
    expect(screenKeyAccount(input).keyAccount).toBe(key);
  });

  it("treats an empty record as unknown everywhere, never as a fail", () => {
    const r = screenKeyAccount({});
    expect(r.keyAccount).toBe(false);
    expect(r.creditRisk).toBe("low");
    expect(r.creditAssessed).toBe(false);
    expect(r.checks.every((c) => c.pass === undefined && c.rag === "unknown" && c.value === undefined)).toBe(true);
    expect(r.reasons.map((x) => x.en)).toEqual([
      "Not a key account: the monthly purchase volume is not known (needs at least 50,000)",
      "Low credit risk by default: no financial metric is known, so credit risk was not assessed",
      "Not known: current ratio, net profit margin, return on assets, days sales outstanding, inventory days, monthly purchase volume (treated as unknown, not as failures)",
    ]);
  });

  it("treats null like a missing value", () => {
    const r = screenKeyAccount({ ...healthy, roa: null as unknown as number });
    expect(r.checks.find((c) => c.metric === "roa")!.pass).toBeUndefined();
    expect(r.creditRisk).toBe("low");
  });

  it.each([
    { field: "roa", value: NaN },
    { field: "currentRatio", value: -1 },
    { field: "dso", value: Infinity },
    { field: "monthlyVolume", value: -100 },
  ])("treats an invalid $field of $value as unknown and says so", ({ field, value }) => {
    const r = screenKeyAccount({ ...healthy, [field]: value });
    expect(r.checks.find((c) => c.metric === field)!.pass).toBeUndefined();
    expect(r.reasons.some((x) => x.en.includes(`${String(value)} is not a valid value`))).toBe(true);
    expect(r.reasons.some((x) => x.zh.includes("不是有效数值"))).toBe(true);
  });

  it("allows a negative net margin and ROA as real values", () => {
    const r = screenKeyAccount({ ...healthy, netMargin: -0.02, roa: -0.01 });
    expect(check({ ...healthy, netMargin: -0.02 }, "netMargin").value).toBe(-0.02);
    expect(r.reasons.map((x) => x.en)).toContain("Net profit margin -2% is not above 0%");
    expect(r.reasons.map((x) => x.zh)).toContain("资产回报率 -1%，低于 5%");
  });

  it("applies custom thresholds", () => {
    const r = screenKeyAccount({ ...healthy, monthlyVolume: 30000, dso: 50 }, { monthlyVolumeMin: 25000, dsoMax: 45 });
    expect(r.keyAccount).toBe(true);
    expect(r.creditRisk).toBe("medium");
    expect(r.checks.find((c) => c.metric === "dso")!.threshold).toBe(45);
  });

  it("throws BAD_ARGUMENT for invalid thresholds", () => {
    expect(() => screenKeyAccount(healthy, { dsoAlert: 10 })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: undefined });
  const arbInput = fc.record({
    currentRatio: maybe(fc.double({ min: 0, max: 5, noNaN: true })),
    netMargin: maybe(fc.double({ min: -0.5, max: 0.5, noNaN: true })),
    roa: maybe(fc.double({ min: -0.5, max: 0.5, noNaN: true })),
    dso: maybe(fc.integer({ min: 0, max: 200 })),
    inventoryDays: maybe(fc.integer({ min: 0, max: 300 })),
    monthlyVolume: maybe(fc.integer({ min: 0, max: 200000 })),
  });

  it("rates credit risk high exactly when an alert line is crossed, medium when only a pass line is (oracle)", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = screenKeyAccount(input);
        const alert =
          (input.currentRatio !== undefined && input.currentRatio < 1) || (input.dso !== undefined && input.dso > 90);
        const fail =
          (input.currentRatio !== undefined && input.currentRatio < 1.5) ||
          (input.netMargin !== undefined && input.netMargin <= 0) ||
          (input.roa !== undefined && input.roa < 0.05) ||
          (input.dso !== undefined && input.dso > 60) ||
          (input.inventoryDays !== undefined && input.inventoryDays > 90);
        const expected = alert ? "high" : fail ? "medium" : "low";
        const key = input.monthlyVolume !== undefined && input.monthlyVolume >= 50000 && expected !== "high";
        return r.creditRisk === expected && r.keyAccount === key;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("never fails a missing metric", () => {
    fc.assert(
      fc.property(arbInput, (input) =>
        screenKeyAccount(input).checks.every(
          (c) =>
            (input[c.metric] === undefined) === (c.pass === undefined) && (c.pass !== undefined || c.rag === "unknown"),
        ),
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
