import { clvMessages } from "../../../src/core/clv/clvMessages";
import { computeClv } from "../../../src/core/clv/computeClv";
import type { ClvOptions } from "../../../src/core/clv/clvTypes";
import type { Customer } from "../../../src/core/types";
import { customerFrom, smallPopulation } from "./customers";
import { cdnowSummary, describeWithData, referenceFirst50, relativeError } from "./referenceData";

describe("computeClv with the simple methods", () => {
  const customers = Object.freeze([
    customerFrom(0, 2, 200, 730, 100, { total: 1200, purchases: 6 }),
    customerFrom(1, 0, 0, 20, 0, { total: 100, purchases: 1 }),
    customerFrom(2, 1, 50, 400, 80, { total: 300, purchases: 2, margin: 60 }),
  ]);

  it("computes the doc example", () => {
    const result = computeClv(
      [
        {
          id: "A",
          row: 2,
          recencyDays: 10,
          purchases: 2,
          total: 300,
          repeatCount: 1,
          repeatSpanDays: 50,
          ageDays: 60,
          repeatMean: 150,
        },
      ],
      { method: "historical", marginRate: 0.2 },
    );
    expect(result.perCustomer[0].clv).toBe(60);
  });

  it("gives the margin earned so far for historical", () => {
    const result = computeClv(customers, { method: "historical", marginRate: 0.25 });
    expect(result.method).toBe("historical");
    expect(result.perCustomer.map((c) => c.clv)).toEqual([300, 25, 60]);
    expect(result.notes[0]).toEqual(clvMessages.historicalMethod());
  });

  it("gives AOV × purchases per year × margin × lifespan for simple", () => {
    const result = computeClv(customers, { method: "simple", marginRate: 0.25, lifespanYears: 3 });
    // 1200/2 years × 0.25 × 3; 100/1 year × 0.25 × 3; 300/(400/365 years) × (60/300) × 3
    expect(result.perCustomer[0].clv).toBeCloseTo(450, 10);
    expect(result.perCustomer[1].clv).toBeCloseTo(75, 10);
    expect(result.perCustomer[2].clv).toBeCloseTo((300 / (400 / 365)) * 0.2 * 3, 10);
  });

  it("uses a given retention rate and says so", () => {
    const result = computeClv(customers, {
      method: "retention",
      marginRate: 1,
      retentionRate: 0.5,
      discountAnnual: 0.1,
    });
    expect(result.method).toBe("retention");
    expect(result.fallback).toBeUndefined();
    expect(result.perCustomer[1].clv).toBeCloseTo((100 * 0.5) / 0.6, 10);
    expect(result.notes[0]).toEqual(clvMessages.retentionRateGiven(0.5, 0.1));
  });

  it("estimates the retention rate when none is given", () => {
    const result = computeClv(customers, { method: "retention" });
    expect(result.notes[0].en).toMatch(/estimated from the data/);
    expect(result.perCustomer.every((c) => c.clv >= 0 && Number.isFinite(c.clv))).toBe(true);
  });

  it("treats a negative margin rate as 0 and notes it", () => {
    const result = computeClv([customerFrom(0, 1, 10, 100, 50)], { method: "historical", marginRate: -0.3 });
    expect(result.perCustomer[0].clv).toBe(0);
    expect(result.notes).toContainEqual(clvMessages.negativeMarginRate(-0.3));
  });

  it("does not modify its input", () => {
    const before = JSON.stringify(customers);
    computeClv(customers, { method: "simple" });
    expect(JSON.stringify(customers)).toBe(before);
  });

  it("throws EMPTY_INPUT for no customers", () => {
    expect(() => computeClv([], { method: "auto" })).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });

  it.each<[string, Partial<ClvOptions>]>([
    ["an unknown method", { method: "magic" as never }],
    ["an unknown unit", { unit: "months" as never }],
    ["a fractional horizon", { horizonMonths: 6.5 }],
    ["a zero horizon", { horizonMonths: 0 }],
    ["a negative monthly discount", { discountMonthly: -0.01 }],
    ["a NaN margin rate", { marginRate: NaN }],
    ["a retention rate of 1", { retentionRate: 1 }],
    ["a negative annual discount", { discountAnnual: -0.1 }],
    ["an infinite lifespan", { lifespanYears: Infinity }],
  ])("rejects %s", (_name, options) => {
    expect(() => computeClv(customers, { method: "auto", ...options })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});

describe("computeClv falls back to retention when the data cannot support the BG/NBD model", () => {
  const enough = smallPopulation(40);
  const cases: { name: string; customers: Customer[]; text: string }[] = [
    { name: "fewer than 20 customers", customers: smallPopulation(19), text: "Only 19 customers" },
    {
      name: "all one-time buyers",
      customers: enough.map((c, i) => customerFrom(i, 0, 0, c.ageDays, 0)),
      text: "Every customer bought only once",
    },
    {
      name: "fewer than 5 repeat customers",
      customers: enough.map((c, i) => (i < 4 ? customerFrom(i, 2, 10, 100, 30) : customerFrom(i, 0, 0, c.ageDays, 0))),
      text: "Only 4 customers bought more than once",
    },
    {
      name: "a repeat customer without a first purchase date",
      customers: enough.map((c, i) => (i === 3 ? { ...c, lastPurchase: 20000 } : c)),
      text: "Customer C4 (row 5) has no first purchase date",
    },
    {
      name: "an unknown age",
      customers: enough.map((c, i) => (i === 5 ? { ...c, ageDays: NaN } : c)),
      text: "Customer C6 (row 7)",
    },
    {
      name: "an inconsistent history",
      customers: enough.map((c, i) => (i === 6 ? { ...c, repeatCount: 2, repeatSpanDays: c.ageDays + 5 } : c)),
      text: "Customer C7 (row 8) has an inconsistent purchase history",
    },
    {
      name: "every age 0 (no time span to fit on)",
      customers: enough.map((c, i) => customerFrom(i, i % 4 === 0 ? 2 : 0, 0, 0, 30)),
      text: "first purchase is on the as-of date",
    },
    {
      name: "no repeat customer with positive spend (the spend model cannot be fitted)",
      customers: enough.map((c) => (c.repeatCount > 0 ? { ...c, repeatMean: -5 } : c)),
      text: "The spend model could not be fitted",
    },
  ];

  it.each(cases.flatMap((c) => (["auto", "bgnbd"] as const).map((method) => ({ ...c, method }))))(
    "for $name (method $method), with the reason in English and Chinese",
    ({ customers, text, method }) => {
      const result = computeClv(customers, { method });
      expect(result.method).toBe("retention");
      expect(result.requestedMethod).toBe(method);
      expect(result.fallback?.reason.en).toContain(text);
      expect(result.fallback?.reason.en).toContain("Used the retention method instead");
      expect(result.fallback?.reason.zh).toContain("已改用留存率法");
      expect(result.model).toBeUndefined();
      expect(result.perCustomer).toHaveLength(customers.length);
      expect(result.perCustomer.every((c) => c.clv >= 0 && Number.isFinite(c.clv))).toBe(true);
    },
  );

  it("accepts a one-time buyer without a first purchase date (its first purchase is its last)", () => {
    const customers = enough.map((c, i) => (i === 1 ? { ...c, lastPurchase: 20000 } : c));
    expect(customers[1].repeatCount).toBe(0);
    expect(computeClv(customers, { method: "auto" }).method).toBe("bgnbd");
  });
});

describe("computeClv with the BG/NBD model", () => {
  const customers = smallPopulation(60);

  it("fits, predicts and explains", () => {
    const result = computeClv(customers, { method: "auto" });
    expect(result.method).toBe("bgnbd");
    expect(result.fallback).toBeUndefined();
    expect(result.model?.unit).toBe("weeks");
    expect(result.model?.bgnbd.converged).toBe(true);
    expect(result.notes[0].en).toContain(
      "fitted on 60 customers (20 with repeat purchases); model time unit: weeks, one month = 4.345 weeks",
    );
    expect(result.notes.some((n) => n.en.startsWith("40 customers bought only once"))).toBe(true);
    expect(result.notes.some((n) => n.en.includes("reached the upper limit"))).toBe(true);
    for (const c of result.perCustomer) {
      expect(c.clv).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(c.expectedPurchases).toBeGreaterThanOrEqual(0);
      expect(c.expectedSpend).toBeGreaterThan(0);
    }
  });

  it("applies a customer's own margin rate, and notes a loss-making customer", () => {
    const withMargins = customers.map((c, i) =>
      i === 0 ? { ...c, margin: c.total * 0.5 } : i === 3 ? { ...c, margin: -10 } : c,
    );
    const plain = computeClv(customers, { method: "bgnbd" });
    const result = computeClv(withMargins, { method: "bgnbd" });
    expect(result.perCustomer[0].clv).toBeCloseTo(plain.perCustomer[0].clv * 0.5, 10);
    expect(result.perCustomer[3].clv).toBe(0);
    expect(result.perCustomer[3].note).toEqual(clvMessages.customerNegativeMargin(-10));
  });

  it("gives a repeat customer whose purchases net to 0 the population mean spend, with a note", () => {
    const refund = customers.map((c, i) => (i === 3 ? { ...c, repeatMean: 0 } : c));
    const result = computeClv(refund, { method: "bgnbd" });
    expect(result.perCustomer[3].expectedSpend).toBeCloseTo(result.model!.gammaGamma.meanSpend, 10);
    expect(result.perCustomer[3].note).toEqual(clvMessages.nonPositiveRepeatSpend(0));
    expect(result.model?.gammaGamma.excluded.nonPositiveSpend).toBe(1);
  });

  it("treats a negative margin rate as 0 in the model too", () => {
    const result = computeClv(customers, { method: "bgnbd", marginRate: -1 });
    expect(result.perCustomer.every((c) => c.clv === 0)).toBe(true);
    expect(result.notes).toContainEqual(clvMessages.negativeMarginRate(-1));
  });

  it("places repeat purchases made on the first purchase day half a day later, and says so", () => {
    const sameDay = customers.map((c, i) =>
      i === 0 ? { ...c, repeatCount: 2, repeatSpanDays: 0, recencyDays: c.ageDays } : c,
    );
    const result = computeClv(sameDay, { method: "bgnbd" });
    expect(result.method).toBe("bgnbd");
    expect(result.notes).toContainEqual(clvMessages.sameDayRepeats(1));
    expect(result.perCustomer[0].pAlive).toBeGreaterThanOrEqual(0);
  });

  it("fits the same model in days, and only the month length differs (30 days vs 4.345 weeks)", () => {
    const weeks = computeClv(customers, { method: "bgnbd", unit: "weeks" });
    const days = computeClv(customers, { method: "bgnbd", unit: "days" });
    expect(relativeError(days.model!.bgnbd.params.alpha, 7 * weeks.model!.bgnbd.params.alpha)).toBeLessThan(1e-3);
    const busiest = weeks.perCustomer.reduce(
      (best, c, i) => (c.expectedPurchases! > weeks.perCustomer[best].expectedPurchases! ? i : best),
      0,
    );
    expect(weeks.perCustomer[busiest].expectedPurchases).toBeGreaterThan(0.1);
    expect(days.perCustomer[busiest].pAlive).toBeCloseTo(weeks.perCustomer[busiest].pAlive!, 4);
    // a 30-day month is shorter than 4.345 weeks (30.415 days), so 12 months hold slightly fewer purchases
    const ratio = days.perCustomer[busiest].expectedPurchases! / weeks.perCustomer[busiest].expectedPurchases!;
    expect(ratio).toBeLessThan(1);
    expect(ratio).toBeGreaterThan(0.98);
  });

  it("gives expected purchases that grow with the horizon", () => {
    const six = computeClv(customers, { method: "bgnbd", horizonMonths: 6 });
    const twelve = computeClv(customers, { method: "bgnbd", horizonMonths: 12 });
    six.perCustomer.forEach((c, i) =>
      expect(twelve.perCustomer[i].expectedPurchases!).toBeGreaterThanOrEqual(c.expectedPurchases!),
    );
  });
});

describeWithData("computeClv on CDNOW against lifetimes 0.11.3", () => {
  const data = cdnowSummary();
  const customers = data.x.map((x, i) => customerFrom(i, x, data.tx[i] * 7, data.T[i] * 7, data.zbar[i]));
  const result = computeClv(customers, { method: "bgnbd", unit: "weeks", horizonMonths: 12, discountMonthly: 0.01 });
  const rows = referenceFirst50();

  it("fits the published parameters", () => {
    expect(result.method).toBe("bgnbd");
    expect(relativeError(result.model!.bgnbd.params.r, 0.243)).toBeLessThan(0.005);
    expect(relativeError(result.model!.gammaGamma.params.p, 6.25)).toBeLessThan(0.005);
  });

  it.each(rows.map((row, i) => [row.id, i] as const))(
    "matches the 12-month CLV and P(alive) of customer %i to 0.2%",
    (_id, i) => {
      expect(relativeError(result.perCustomer[i].clv, rows[i].clv12)).toBeLessThanOrEqual(0.002);
      expect(relativeError(result.perCustomer[i].pAlive!, rows[i].pAlive)).toBeLessThanOrEqual(0.002);
      expect(relativeError(result.perCustomer[i].expectedSpend!, rows[i].expectedAvgProfit)).toBeLessThanOrEqual(0.002);
    },
  );
});

describe("clvMessages", () => {
  it("has every message in both languages", () => {
    const sample: Record<string, unknown[]> = {
      tooFewCustomers: [3, 20],
      tooFewRepeat: [2, 5],
      noFirstPurchase: ["A", 2],
      inconsistentHistory: ["A", 2, { en: "x", zh: "x" }],
      fitFailed: ["x"],
      spendFitFailed: [{ en: "x", zh: "x" }],
      negativeMarginRate: [-1],
      customerNegativeMargin: [-1],
      marginAboveTotal: [5, 1],
      nonPositiveTotal: [0],
      nonPositiveRepeatSpend: [0],
      modelSummary: [10, 5, "weeks", 4.345],
      oneTimeBuyersAlive: [3],
      sameDayRepeats: [2],
      retentionRateGiven: [0.5, 0.1],
      retentionRateEstimated: [0.5, { en: "x", zh: "x" }, 0.1],
      retentionWindow: [1, 2, 365, false],
      retentionRepeatShare: [1, 2],
      simpleMethod: [3],
    };
    for (const [name, build] of Object.entries(clvMessages)) {
      const text = (build as (...args: unknown[]) => { en: string; zh: string })(...(sample[name] ?? []));
      expect(text.en.length).toBeGreaterThan(10);
      expect(text.zh.length).toBeGreaterThan(5);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
