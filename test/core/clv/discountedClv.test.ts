import fc from "fast-check";
import { bgnbdExpectedPurchases } from "../../../src/core/clv/bgnbd/bgnbdExpectedPurchases";
import { fitBgnbd } from "../../../src/core/clv/bgnbd/fitBgnbd";
import { discountedClv } from "../../../src/core/clv/discountedClv";
import { fitGammaGamma } from "../../../src/core/clv/gammaGamma/fitGammaGamma";
import { gammaGammaExpectedSpend } from "../../../src/core/clv/gammaGamma/gammaGammaExpectedSpend";
import { unitsPerMonth } from "../../../src/core/clv/timeUnit";
import { cdnowSummary, describeWithData, referenceFirst50, relativeError } from "./referenceData";

/** lifetimes' fitted CDNOW parameters (docs/Quickstart.md). */
const lifetimesParams = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });

describe("discountedClv", () => {
  const customer1 = Object.freeze({ x: [2], tx: [30.43], T: [38.86], spend: [24.658616] });

  it("reports how each distinct history and month end was evaluated", () => {
    const input = { x: [2, 2, 0, 5], tx: [30.43, 30.43, 0, 10], T: [38.86, 38.86, 20, 40], spend: [1, 2, 3, 4] };
    const { routes } = discountedClv(lifetimesParams, input, { unit: "weeks", months: 12 });
    // 3 distinct histories × 13 month ends (month 0 is trivial)
    expect(routes.trivial).toBe(3);
    expect(routes.trivial + routes.limit + routes.series + routes.hyp2f1 + routes.quadrature).toBe(39);
    expect(routes.quadratureUnconverged).toBe(0);
  });

  it("in the a, b → ∞ limit is the finite sum of the closed forms, month by month", () => {
    const p = 0.2;
    const params = { r: 0.5, alpha: 6, a: p * 1e14, b: (1 - p) * 1e14 };
    const h = { x: 3, tx: 20, T: 30 };
    const { clv, routes } = discountedClv(
      params,
      { x: [h.x], tx: [h.tx], T: [h.T], spend: [10] },
      { unit: "weeks", months: 24, discountMonthly: 0.02 },
    );
    expect(routes.limit).toBe(24);
    const pAlive = 1 / (1 + (p / (1 - p)) * Math.pow((params.alpha + h.T) / (params.alpha + h.tx), params.r + h.x));
    const E = (t: number): number =>
      (pAlive * (1 - Math.pow((params.alpha + h.T) / (params.alpha + h.T + p * t), params.r + h.x))) / p;
    let expected = 0;
    for (let i = 1; i <= 24; i++) expected += (10 * (E(i * 4.345) - E((i - 1) * 4.345))) / 1.02 ** i;
    expect(relativeError(clv[0], expected)).toBeLessThan(1e-12);
  });

  it("gives 36.2785 for CDNOW customer 1 in weeks, and 140.096 only when weeks are mistaken for days (doc example)", () => {
    const weeks = discountedClv(lifetimesParams, customer1, { unit: "weeks" }).clv[0];
    const days = discountedClv(lifetimesParams, customer1, { unit: "days" }).clv[0];
    // lifetimes 0.11.3 with freq="W" (the data's real unit), and the number printed in its Quickstart (freq="D")
    expect(weeks).toBeCloseTo(36.2785, 3);
    expect(days).toBeCloseTo(140.096, 2);
    // the "days" reading stretches 12 months to 360 weeks: almost four times the value
    expect(days / weeks).toBeGreaterThan(3.5);
  });

  it.each([
    { id: 1, x: 2, tx: 30.43, T: 38.86, spend: 24.658619, expected: 140.096211 },
    { id: 2, x: 1, tx: 1.71, T: 38.86, spend: 18.911489, expected: 18.943467 },
    { id: 3, x: 0, tx: 0, T: 38.86, spend: 35.170981, expected: 38.180574 },
    { id: 6, x: 7, tx: 29.43, T: 38.86, spend: 71.462843, expected: 1003.868107 },
    { id: 7, x: 1, tx: 5.0, T: 38.86, spend: 18.911489, expected: 28.109683 },
    { id: 9, x: 2, tx: 35.71, T: 38.86, spend: 27.282408, expected: 167.418216 },
  ])(
    "reproduces lifetimes' Quickstart CLV of customer $id (computed there with freq='D')",
    ({ x, tx, T, spend, expected }) => {
      const clv = discountedClv(
        lifetimesParams,
        { x: [x], tx: [tx], T: [T], spend: [spend] },
        { unit: "days", months: 12, discountMonthly: 0.01 },
      ).clv[0];
      expect(relativeError(clv, expected)).toBeLessThan(1e-5);
    },
  );

  it("equals the month-by-month sum built from bgnbdExpectedPurchases (brute-force oracle)", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 3, noNaN: true }),
          alpha: fc.double({ min: 0.5, max: 100, noNaN: true }),
          a: fc.double({ min: 0.1, max: 3, noNaN: true }),
          b: fc.double({ min: 0.1, max: 10, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.constantFrom("days" as const, "weeks" as const),
        fc.integer({ min: 1, max: 24 }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        (p, x, share, T, unit, months, d) => {
          const tx = x === 0 ? 0 : share * T;
          const f = unitsPerMonth(unit);
          let expected = 0;
          for (let i = 1; i <= months; i++) {
            expected +=
              (50 *
                0.3 *
                (bgnbdExpectedPurchases(p, { x, tx, T }, i * f) -
                  bgnbdExpectedPurchases(p, { x, tx, T }, (i - 1) * f))) /
              Math.pow(1 + d, i);
          }
          const result = discountedClv(
            p,
            { x: [x], tx: [tx], T: [T], spend: [50], margin: 0.3 },
            { unit, months, discountMonthly: d },
          );
          return Math.abs(result.clv[0] - expected) <= 1e-9 * Math.max(1, expected) && result.clv[0] >= 0;
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });

  it("without discounting telescopes to spend × margin × E[Y(horizon)], and reports E[Y(horizon)]", () => {
    const result = discountedClv(
      lifetimesParams,
      { ...customer1, margin: [0.5] },
      { unit: "weeks", months: 12, discountMonthly: 0 },
    );
    const ey = bgnbdExpectedPurchases(lifetimesParams, { x: 2, tx: 30.43, T: 38.86 }, 12 * 4.345);
    expect(result.clv[0]).toBeCloseTo(24.658616 * 0.5 * ey, 10);
    expect(result.expectedPurchases[0]).toBeCloseTo(ey, 12);
  });

  it("is linear in spend and margin, falls with the discount rate and grows with the horizon", () => {
    const base = discountedClv(lifetimesParams, customer1, { unit: "weeks" }).clv[0];
    expect(
      discountedClv(lifetimesParams, { ...customer1, spend: [2 * 24.658616], margin: 0.5 }, { unit: "weeks" }).clv[0],
    ).toBeCloseTo(base, 10);
    expect(discountedClv(lifetimesParams, customer1, { unit: "weeks", discountMonthly: 0.02 }).clv[0]).toBeLessThan(
      base,
    );
    expect(discountedClv(lifetimesParams, customer1, { unit: "weeks", months: 24 }).clv[0]).toBeGreaterThan(base);
  });

  it("gives every customer with the same history the same value per unit of spend, in input order", () => {
    const result = discountedClv(
      lifetimesParams,
      { x: [2, 0, 2], tx: [30.43, 0, 30.43], T: [38.86, 38.86, 38.86], spend: [10, 10, 20] },
      { unit: "weeks" },
    );
    expect(result.clv[2]).toBeCloseTo(2 * result.clv[0], 12);
    expect(result.clv[1]).not.toBeCloseTo(result.clv[0], 3);
  });

  it.each([
    { name: "an unknown unit", options: { unit: "months" as never }, code: "BAD_ARGUMENT" },
    { name: "0 months", options: { unit: "weeks" as const, months: 0 }, code: "BAD_ARGUMENT" },
    { name: "fractional months", options: { unit: "weeks" as const, months: 1.5 }, code: "BAD_ARGUMENT" },
    { name: "a negative discount", options: { unit: "weeks" as const, discountMonthly: -0.01 }, code: "BAD_ARGUMENT" },
  ])("rejects $name", ({ options, code }) => {
    expect(() => discountedClv(lifetimesParams, customer1, options)).toThrow(expect.objectContaining({ code }));
  });

  it.each([
    {
      name: "a spend column of another length",
      input: { x: [1], tx: [1], T: [2], spend: [1, 2] },
      code: "SIZE_MISMATCH",
    },
    {
      name: "a margin column of another length",
      input: { x: [1], tx: [1], T: [2], spend: [1], margin: [1, 1] },
      code: "SIZE_MISMATCH",
    },
    { name: "a negative spend", input: { x: [1, 1], tx: [1, 1], T: [2, 2], spend: [1, -1] }, code: "BAD_ARGUMENT" },
    { name: "recency above age", input: { x: [1, 1], tx: [1, 3], T: [2, 2], spend: [1, 1] }, code: "BAD_ARGUMENT" },
  ])("rejects $name, naming the customer", ({ input, code }) => {
    expect(() => discountedClv(lifetimesParams, input, { unit: "weeks" })).toThrow(expect.objectContaining({ code }));
  });

  it("names the index of the first bad customer", () => {
    expect(() =>
      discountedClv(lifetimesParams, { x: [1, 1], tx: [1, 3], T: [2, 2], spend: [1, 1] }, { unit: "weeks" }),
    ).toThrow(expect.objectContaining({ message: expect.stringContaining("index 1") }));
  });
});

describeWithData(
  "discountedClv against lifetimes 0.11.3 (first 50 CDNOW customers, 12 months, 1 %/month, weeks)",
  () => {
    const data = cdnowSummary();
    const bgnbd = fitBgnbd({ x: data.x, tx: data.tx, T: data.T });
    const gg = fitGammaGamma({ x: data.x, mbar: data.zbar });
    const rows = referenceFirst50();
    const result = discountedClv(
      bgnbd.params,
      {
        x: rows.map((r) => r.frequency),
        tx: rows.map((r) => r.recency),
        T: rows.map((r) => r.T),
        spend: rows.map((r) => gammaGammaExpectedSpend(gg.params, r.frequency, r.monetary)),
      },
      { unit: "weeks", months: 12, discountMonthly: 0.01 },
    );

    it.each(rows.map((row, i) => [row.id, i] as const))(
      "matches the CLV of customer %i to 0.2% with our own fits",
      (_id, i) => {
        expect(relativeError(result.clv[i], rows[i].clv12)).toBeLessThanOrEqual(0.002);
      },
    );
  },
);
