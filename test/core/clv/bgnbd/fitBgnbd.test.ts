import fc from "fast-check";
import { fitBgnbd } from "../../../../src/core/clv/bgnbd/fitBgnbd";
import { cdnowSummary, describeWithData, relativeError } from "../referenceData";
import { smallPopulation } from "../customers";
import { simulateBgnbd } from "../simulateBgnbd";

describeWithData("fitBgnbd on CDNOW (2,357 customers, weeks)", () => {
  const data = cdnowSummary();
  const fit = fitBgnbd({ x: Object.freeze(data.x), tx: Object.freeze(data.tx), T: Object.freeze(data.T) });

  it.each([
    { name: "r", published: 0.243, digits: 3 },
    { name: "alpha", published: 4.414, digits: 3 },
    { name: "a", published: 0.793, digits: 3 },
    { name: "b", published: 2.426, digits: 3 },
  ] as const)(
    "reproduces the published $name = $published (FHL 2005) to its last digit and within 0.5%",
    ({ name, published, digits }) => {
      const value = fit.params[name];
      expect(relativeError(value, published)).toBeLessThanOrEqual(0.005);
      expect(Number(value.toFixed(digits))).toBe(published);
    },
  );

  it("computes the doc example to four decimals", () => {
    expect(fit.params.r).toBeCloseTo(0.2426, 4);
    expect(fit.params.alpha).toBeCloseTo(4.4135, 4);
    expect(fit.params.a).toBeCloseTo(0.7929, 4);
    expect(fit.params.b).toBeCloseTo(2.4258, 4);
  });

  it("reaches the published log-likelihood of about -9582.4", () => {
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThanOrEqual(0.5);
  });

  it("reports lifetimes' standard errors (docs: 0.012557, 0.378221, 0.185719, 0.705345)", () => {
    const se = fit.standardErrors!;
    expect(relativeError(se.r, 0.012557)).toBeLessThan(0.005);
    expect(relativeError(se.alpha, 0.378221)).toBeLessThan(0.005);
    expect(relativeError(se.a, 0.185719)).toBeLessThan(0.005);
    expect(relativeError(se.b, 0.705345)).toBeLessThan(0.005);
  });

  it("counts customers, repeat customers and distinct patterns", () => {
    expect(fit.customers).toBe(2357);
    expect(fit.repeatCustomers).toBe(946);
    expect(fit.patterns).toBeLessThan(2357);
    expect(fit.note).toBeUndefined();
  });

  it("gives the same model in days: α is 7 times larger, the other parameters are equal", () => {
    const days = fitBgnbd({ x: data.x, tx: data.tx.map((v) => v * 7), T: data.T.map((v) => v * 7) });
    expect(relativeError(days.params.alpha, 7 * fit.params.alpha)).toBeLessThan(1e-6);
    expect(relativeError(days.params.r, fit.params.r)).toBeLessThan(1e-6);
    expect(relativeError(days.params.a, fit.params.a)).toBeLessThan(1e-5);
    expect(relativeError(days.params.b, fit.params.b)).toBeLessThan(1e-5);
  });

  it("fits weighted patterns to the same parameters as the raw rows", () => {
    const counts = new Map<string, number>();
    data.x.forEach((x, i) => {
      const key = `${x},${data.tx[i]},${data.T[i]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    const keys = [...counts.keys()].map((k) => k.split(",").map(Number));
    const weighted = fitBgnbd({
      x: keys.map((k) => k[0]),
      tx: keys.map((k) => k[1]),
      T: keys.map((k) => k[2]),
      weight: [...counts.values()],
    });
    expect(relativeError(weighted.params.r, fit.params.r)).toBeLessThan(1e-6);
    expect(relativeError(weighted.params.b, fit.params.b)).toBeLessThan(1e-5);
    expect(weighted.logLikelihood).toBeCloseTo(fit.logLikelihood, 6);
    expect(weighted.customers).toBe(2357);
  });

  it("with a penalty, lowers the penalised size of the parameters and cannot raise the likelihood", () => {
    const penalised = fitBgnbd({ x: data.x, tx: data.tx, T: data.T }, { penalizer: 0.1 });
    const size = (p: typeof fit.params, scale: number): number =>
      p.r ** 2 + (p.alpha / scale) ** 2 + p.a ** 2 + p.b ** 2;
    const scale = Math.max(...data.T);
    expect(size(penalised.params, scale)).toBeLessThan(size(fit.params, scale));
    expect(penalised.logLikelihood).toBeLessThan(fit.logLikelihood);
  });

  it("accepts a starting point and lands on the same optimum", () => {
    const started = fitBgnbd({ x: data.x, tx: data.tx, T: data.T }, { start: { r: 2, alpha: 20, a: 3, b: 1 } });
    expect(relativeError(started.params.alpha, fit.params.alpha)).toBeLessThan(1e-5);
  });
});

describe("fitBgnbd", () => {
  it("recovers the parameters of a simulated population (10,000 customers, continuous time in days)", () => {
    const truth = { r: 0.5, alpha: 10, a: 0.7, b: 3 };
    const sim = simulateBgnbd(10000, truth, 730, 7);
    const fit = fitBgnbd({ x: sim.x, tx: sim.tx, T: sim.T });
    expect(fit.converged).toBe(true);
    expect(relativeError(fit.params.r, truth.r)).toBeLessThan(0.05);
    expect(relativeError(fit.params.alpha, truth.alpha)).toBeLessThan(0.1);
    expect(relativeError(fit.params.a, truth.a)).toBeLessThan(0.1);
    expect(relativeError(fit.params.b, truth.b)).toBeLessThan(0.15);
    // the truth lies within 3 standard errors
    for (const k of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(3 * fit.standardErrors![k]);
    }
  });

  it.each([
    { name: "a fractional x", data: { x: [1, 1.5], tx: [1, 1], T: [2, 2] }, index: 1, code: "BAD_ARGUMENT" },
    { name: "a negative x", data: { x: [-1], tx: [0], T: [2] }, index: 0, code: "BAD_ARGUMENT" },
    { name: "recency above T", data: { x: [0, 2], tx: [0, 3], T: [2, 2] }, index: 1, code: "BAD_ARGUMENT" },
    { name: "recency without repeats", data: { x: [0], tx: [1], T: [2] }, index: 0, code: "BAD_ARGUMENT" },
    { name: "a NaN age", data: { x: [0, 0, 0], tx: [0, 0, 0], T: [1, 2, NaN] }, index: 2, code: "BAD_ARGUMENT" },
    { name: "a negative weight", data: { x: [0], tx: [0], T: [2], weight: [-1] }, index: 0, code: "BAD_ARGUMENT" },
  ])("rejects $name, naming index $index", ({ data, index, code }) => {
    expect(() => fitBgnbd(data)).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(`index ${index}`) }),
    );
  });

  it.each([
    { name: "no rows", data: { x: [], tx: [], T: [] }, code: "EMPTY_INPUT" },
    { name: "columns of different lengths", data: { x: [0, 1], tx: [0], T: [1, 2] }, code: "SIZE_MISMATCH" },
    { name: "every age 0", data: { x: [0, 0], tx: [0, 0], T: [0, 0] }, code: "NOT_ENOUGH_DATA" },
    { name: "all weights 0", data: { x: [0], tx: [0], T: [1], weight: [0] }, code: "NOT_ENOUGH_DATA" },
  ])("throws $code for $name", ({ data, code }) => {
    expect(() => fitBgnbd(data)).toThrow(expect.objectContaining({ code }));
  });

  it.each([{ penalizer: -1 }, { penalizer: NaN }, { start: { r: 0, alpha: 1, a: 1, b: 1 } }])(
    "rejects the options %p",
    (options) => {
      expect(() => fitBgnbd({ x: [0, 1], tx: [0, 1], T: [2, 2] }, options)).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    },
  );

  it("reports no convergence, with the reason, when repeat purchases at recency 0 make the likelihood unbounded (α → 0)", () => {
    const x = [3, 2, 0, 0, 1, 4, 0, 2];
    const tx = [0, 5, 0, 0, 3, 10, 0, 7];
    const T = [20, 30, 15, 40, 25, 35, 10, 30];
    const fit = fitBgnbd({ x, tx, T });
    expect(fit.converged).toBe(false);
    expect(fit.note?.en).toMatch(/alpha.* to 0 \(some customers have repeat purchases at recency 0\)/);
    expect(fit.note?.zh).toContain("趋于 0");
  });

  it("stops at the model's limit when every customer drops out with nearly the same probability, and says so", () => {
    const population = smallPopulation(60);
    const fit = fitBgnbd({
      x: population.map((c) => c.repeatCount),
      tx: population.map((c) => c.repeatSpanDays / 7),
      T: population.map((c) => c.ageDays / 7),
    });
    expect(fit.converged).toBe(true);
    expect(fit.params.b).toBeGreaterThan(1e6);
    expect(fit.note?.en).toContain("reached the upper limit");
    expect(fit.note?.en).toContain("every customer has nearly the same dropout probability");
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
  });

  it("does not throw when every customer bought once, and returns finite parameters", () => {
    const fit = fitBgnbd({ x: [0, 0, 0, 0], tx: [0, 0, 0, 0], T: [5, 10, 20, 40] });
    expect([fit.params.r, fit.params.alpha, fit.params.a, fit.params.b].every((v) => v > 0 && v < Infinity)).toBe(true);
    expect(fit.repeatCustomers).toBe(0);
  });

  it("never returns NaN: standard errors are finite or undefined, and a failed fit carries a note", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 6 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 1, max: 60 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const x = rows.map((r) => r[0]);
          const T = rows.map((r) => r[2]);
          const tx = rows.map((r) => (r[0] === 0 ? 0 : Math.round(r[1] * r[2])));
          const fit = fitBgnbd({ x, tx, T });
          const values = [fit.params.r, fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood];
          const se = fit.standardErrors;
          return (
            values.every(Number.isFinite) &&
            (se === undefined || [se.r, se.alpha, se.a, se.b].every((v) => v >= 0 && v < Infinity)) &&
            (fit.converged || fit.note !== undefined)
          );
        },
      ),
      { seed: 42, numRuns: 15 },
    );
  });

  it("flags a fit near the bound as the model's limit: identical customers have the same purchase rate and dropout probability", () => {
    const n = 40;
    const fit = fitBgnbd({ x: Array(n).fill(2), tx: Array(n).fill(100 / 7), T: Array(n).fill(300 / 7) });
    expect(fit.converged).toBe(true);
    expect(fit.params.r).toBeGreaterThan(1e6);
    expect(fit.note?.en).toContain("reached the upper limit");
    expect(fit.note?.en).toContain("every customer has nearly the same dropout probability and the same purchase rate");
    expect(fit.note?.zh).toContain("所有客户的流失概率和购买速率几乎相同");
  });
});
