import fc from "fast-check";
import { fitGammaGamma } from "../../../../src/core/clv/gammaGamma/fitGammaGamma";
import { gammaGammaExpectedSpend } from "../../../../src/core/clv/gammaGamma/gammaGammaExpectedSpend";
import { cdnowMaster, cdnowSummary, describeWithData, referenceFirst50, relativeError } from "../referenceData";
import { simulateBgnbd } from "../simulateBgnbd";

describeWithData("fitGammaGamma on CDNOW (zbar of the 946 repeat customers)", () => {
  const data = cdnowSummary();
  const fit = fitGammaGamma({ x: Object.freeze(data.x), mbar: Object.freeze(data.zbar) });

  it.each([
    { name: "p", published: 6.25, digits: 2 },
    { name: "q", published: 3.74, digits: 2 },
    { name: "v", published: 15.44, digits: 1 },
  ] as const)(
    "reproduces the published $name = $published (FHL 2005, JMR) within 0.5%",
    ({ name, published, digits }) => {
      expect(relativeError(fit.params[name], published)).toBeLessThanOrEqual(0.005);
      expect(fit.params[name].toFixed(digits)).toBe(published.toFixed(digits));
    },
  );

  it("fits 946 customers, leaves out the 1,411 without repeat purchases, and reports corr(x, m̄) = 0.113884 (lifetimes docs)", () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toEqual({ noRepeat: 1411, nonPositiveSpend: 0 });
    expect(fit.correlation).toBeCloseTo(0.113884, 6);
    expect(fit.notes.some((n) => n.en.includes("correlated"))).toBe(false);
    expect(fit.notes.some((n) => n.en.includes("1411 with no repeat purchase"))).toBe(true);
  });

  it("computes the doc example to four decimals", () => {
    expect(fit.params.p).toBeCloseTo(6.2488, 4);
    expect(fit.params.q).toBeCloseTo(3.7446, 4);
    expect(fit.params.v).toBeCloseTo(15.4477, 4);
  });

  it("gives the population mean 35.171 (lifetimes docs: 35.170981)", () => {
    expect(fit.meanSpend).toBeCloseTo(35.171, 3);
  });

  it.each(referenceFirst50().map((row) => [row.id, row] as const))(
    "matches lifetimes' expected average profit of customer %i to 0.2%",
    (_id, row) => {
      expect(
        relativeError(gammaGammaExpectedSpend(fit.params, row.frequency, row.monetary), row.expectedAvgProfit),
      ).toBeLessThanOrEqual(0.002);
    },
  );

  it("has finite standard errors", () => {
    const se = fit.standardErrors!;
    expect([se.p, se.q, se.v].every((s) => s > 0 && s < Infinity)).toBe(true);
  });

  it("leaves out the CDNOW_master customer whose repeat purchases total $0, counts it, and still fits", () => {
    // summarise the full cohort per lifetimes' rules: same-day purchases merged, first day excluded from m̄
    const byCustomer = new Map<number, Map<string, number>>();
    for (const t of cdnowMaster()) {
      const days = byCustomer.get(t.id) ?? new Map<string, number>();
      days.set(t.date, (days.get(t.date) ?? 0) + t.value);
      byCustomer.set(t.id, days);
    }
    const x: number[] = [];
    const mbar: number[] = [];
    for (const days of byCustomer.values()) {
      const ordered = [...days.entries()].sort((u, v) => u[0].localeCompare(v[0]));
      const repeats = ordered.slice(1).map((e) => e[1]);
      x.push(repeats.length);
      mbar.push(repeats.length > 0 ? repeats.reduce((s, v) => s + v, 0) / repeats.length : 0);
    }
    const full = fitGammaGamma({ x, mbar });
    expect(x.length).toBe(23570);
    expect(full.excluded.nonPositiveSpend).toBeGreaterThanOrEqual(1);
    expect(full.converged).toBe(true);
    expect(full.notes[0].en).toContain(`${full.excluded.nonPositiveSpend} whose repeat purchases average 0 or less`);
  });
});

describe("fitGammaGamma", () => {
  it("excludes and counts a repeat customer whose purchases net to 0, without failing", () => {
    const fit = fitGammaGamma({ x: [2, 1, 3, 4, 0, 2, 5], mbar: [20, 35, 0, 28, 0, 41, 25] });
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(5);
    expect(fit.excluded).toEqual({ noRepeat: 1, nonPositiveSpend: 1 });
    expect(fit.notes[0].en).toBe(
      "Spend model fitted on 5 customers; left out: 1 with no repeat purchase, 1 whose repeat purchases average 0 or less (refunds or free orders). They get the population mean spend.",
    );
    expect(fit.notes[0].zh).toContain("1 位重复购买平均金额小于等于 0");
  });

  it("recovers the spend parameters of a simulated population (p = 6, q = 4, v = 15)", () => {
    const sim = simulateBgnbd(30000, { r: 1, alpha: 20, a: 0.5, b: 3 }, 730, 11);
    const fit = fitGammaGamma({ x: sim.x, mbar: sim.mbar });
    expect(relativeError(fit.params.p, 6)).toBeLessThan(0.1);
    expect(relativeError(fit.params.q, 4)).toBeLessThan(0.1);
    expect(relativeError(fit.params.v, 15)).toBeLessThan(0.15);
    expect(relativeError(fit.meanSpend, (6 * 15) / 3)).toBeLessThan(0.02);
  });

  it("stops at the model's limit when spend hardly varies between customers, and says so", () => {
    const fit = fitGammaGamma({ x: [2, 1, 4, 2, 5], mbar: [20, 35, 28, 41, 25] });
    expect(fit.converged).toBe(true);
    expect(fit.params.q).toBeGreaterThan(1e6);
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    expect(fit.notes.some((n) => n.en.startsWith("The spend model reached its limit"))).toBe(true);
  });

  it("warns when spend is correlated with frequency", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5];
    const mbar = x.map((v, i) => 10 * v + (i % 3));
    const fit = fitGammaGamma({ x, mbar });
    expect(fit.correlation).toBeGreaterThan(0.3);
    expect(fit.notes.some((n) => n.en.startsWith("Purchase frequency and average spend are correlated"))).toBe(true);
  });

  it("keeps q > 1 so the population mean is positive and finite, for any data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0.01, max: 1e4, noNaN: true })), {
          minLength: 3,
          maxLength: 30,
        }),
        (rows) => {
          const fit = fitGammaGamma({ x: rows.map((r) => r[0]), mbar: rows.map((r) => r[1]) });
          const se = fit.standardErrors;
          return (
            fit.params.q > 1 &&
            fit.meanSpend > 0 &&
            Number.isFinite(fit.meanSpend) &&
            Number.isFinite(fit.logLikelihood) &&
            (se === undefined || [se.p, se.q, se.v].every((s) => s >= 0 && s < Infinity)) &&
            (fit.converged || fit.notes.length > 0)
          );
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it("throws NOT_ENOUGH_DATA with fewer than 3 usable customers", () => {
    expect(() => fitGammaGamma({ x: [0, 2, 3, 1], mbar: [0, 10, -5, 20] })).toThrow(
      expect.objectContaining({ code: "NOT_ENOUGH_DATA" }),
    );
  });

  it.each([
    { data: { x: [1, 2], mbar: [1] }, code: "SIZE_MISMATCH" },
    { data: { x: [1, 2.5, 1], mbar: [1, 2, 3] }, code: "BAD_ARGUMENT" },
    { data: { x: [1, 2, 1], mbar: [1, NaN, 3] }, code: "BAD_ARGUMENT" },
  ])("throws $code for invalid columns", ({ data, code }) => {
    expect(() => fitGammaGamma(data)).toThrow(expect.objectContaining({ code }));
  });

  it("rejects a negative penalizer", () => {
    expect(() => fitGammaGamma({ x: [1, 2, 3], mbar: [1, 2, 3] }, { penalizer: -1 })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("reports no estimate, without running a minimiser, when every customer has the same mean spend", () => {
    const fit = fitGammaGamma({ x: Object.freeze([1, 2, 3, 4, 0]), mbar: Object.freeze([77, 77, 77, 77, 0]) });
    expect(fit.converged).toBe(false);
    expect(fit.method).toBe("none");
    expect(fit.meanSpend).toBe(77);
    expect((fit.params.p * fit.params.v) / (fit.params.q - 1)).toBeCloseTo(77, 9);
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    expect(fit.customers).toBe(4);
    expect(fit.notes[fit.notes.length - 1].en).toBe(
      "Every one of the 4 customers in the spend fit has the same average repeat spend (77): with no spread in spend the Gamma-Gamma model has no estimate (its parameters grow without bound).",
    );
    expect(fit.notes[fit.notes.length - 1].zh).toContain("重复购买平均金额全部相同（77）");
  });

  it("fits the model's limit by BFGS alone when spend hardly varies (a smooth objective at q in the millions)", () => {
    const fit = fitGammaGamma({ x: [2, 1, 4, 2, 5], mbar: [20, 35, 28, 41, 25] });
    expect(fit.method).toBe("bfgs");
  });
});
