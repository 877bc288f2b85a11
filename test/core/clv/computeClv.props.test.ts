import fc from "fast-check";
import { computeClv } from "../../../src/core/clv/computeClv";
import type { ClvRequestedMethod } from "../../../src/core/clv/clvTypes";
import type { Customer } from "../../../src/core/types";

/** A random valid customer: times in days, consistent history, amounts that may include refunds. */
const customerArb = fc
  .record({
    repeatCount: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
    ageDays: fc.integer({ min: 0, max: 2000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    repeatMean: fc.oneof(
      fc.double({ min: 0.5, max: 5000, noNaN: true }),
      fc.constant(0),
      fc.double({ min: -100, max: 0, noNaN: true }),
    ),
    total: fc.double({ min: -200, max: 1e5, noNaN: true }),
    margin: fc.option(fc.double({ min: -500, max: 5e4, noNaN: true }), { nil: undefined }),
  })
  .map(({ repeatCount, ageDays, share, repeatMean, total, margin }) => {
    const repeatSpanDays = repeatCount === 0 ? 0 : Math.round(share * ageDays);
    return {
      repeatCount,
      ageDays,
      repeatSpanDays,
      recencyDays: ageDays - repeatSpanDays,
      purchases: repeatCount + 1,
      total,
      repeatMean: repeatCount === 0 ? 0 : repeatMean,
      margin,
    };
  });

const populationArb = fc.array(customerArb, { minLength: 1, maxLength: 60 }).map((rows) =>
  rows.map((c, i): Customer => {
    const base = { id: `P${i}`, row: i + 2, ...c };
    if (c.margin === undefined) delete (base as { margin?: number }).margin;
    return Object.freeze(base);
  }),
);

/** Populations large enough for the BG/NBD fit (25–60 customers, most of them repeat buyers). */
const modelPopulationArb = fc
  .array(
    customerArb.filter((c) => c.repeatCount > 0 && c.ageDays > 0),
    { minLength: 10, maxLength: 30 },
  )
  .chain((repeat) => fc.array(customerArb, { minLength: 15, maxLength: 30 }).map((other) => [...repeat, ...other]))
  .map((rows) =>
    rows.map((c, i): Customer => {
      const base = { id: `M${i}`, row: i + 2, ...c };
      if (c.margin === undefined) delete (base as { margin?: number }).margin;
      return Object.freeze(base);
    }),
  );

const optionsArb = fc.record({
  marginRate: fc.double({ min: -1, max: 2, noNaN: true }),
  horizonMonths: fc.integer({ min: 1, max: 36 }),
  discountMonthly: fc.double({ min: 0, max: 0.05, noNaN: true }),
  discountAnnual: fc.double({ min: 0, max: 0.3, noNaN: true }),
  lifespanYears: fc.double({ min: 0, max: 10, noNaN: true }),
  unit: fc.constantFrom("days" as const, "weeks" as const),
});

describe("computeClv properties (random valid populations)", () => {
  it.each<ClvRequestedMethod>(["historical", "simple", "retention", "bgnbd", "auto"])(
    "keeps every CLV finite and >= 0 with method %s, in input order",
    (method) => {
      fc.assert(
        fc.property(populationArb, optionsArb, (customers, options) => {
          const result = computeClv(customers, { method, ...options });
          return (
            result.perCustomer.length === customers.length &&
            result.perCustomer.every((c) => Number.isFinite(c.clv) && c.clv >= 0 && !Object.is(c.clv, -0)) &&
            result.perCustomer.every((c) => c.pAlive === undefined || (c.pAlive >= 0 && c.pAlive <= 1)) &&
            result.perCustomer.every(
              (c) =>
                c.expectedPurchases === undefined || (Number.isFinite(c.expectedPurchases) && c.expectedPurchases >= 0),
            ) &&
            result.perCustomer.every(
              (c) => c.expectedSpend === undefined || (Number.isFinite(c.expectedSpend) && c.expectedSpend > 0),
            )
          );
        }),
        { seed: 42, numRuns: method === "bgnbd" || method === "auto" ? 30 : 100 },
      );
    },
  );

  it("keeps every BG/NBD CLV finite and >= 0 on populations that support the model", () => {
    let fitted = 0;
    fc.assert(
      fc.property(modelPopulationArb, optionsArb, (customers, options) => {
        const result = computeClv(customers, { method: "bgnbd", ...options });
        if (result.method === "bgnbd") fitted++;
        return result.perCustomer.every(
          (c) =>
            Number.isFinite(c.clv) &&
            c.clv >= 0 &&
            (c.pAlive === undefined || (c.pAlive >= 0 && c.pAlive <= 1)) &&
            (c.expectedPurchases === undefined || c.expectedPurchases >= 0),
        );
      }),
      { seed: 42, numRuns: 30 },
    );
    expect(fitted).toBeGreaterThan(15);
  });

  it("never lowers expected purchases when the horizon grows (BG/NBD)", () => {
    fc.assert(
      fc.property(
        modelPopulationArb,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        (customers, m1, m2) => {
          const short = computeClv(customers, { method: "bgnbd", horizonMonths: Math.min(m1, m2) });
          const long = computeClv(customers, { method: "bgnbd", horizonMonths: Math.max(m1, m2) });
          if (short.method !== "bgnbd") return long.method === "retention";
          return short.perCustomer.every(
            (c, i) =>
              long.perCustomer[i].expectedPurchases! >= c.expectedPurchases! - 1e-12 &&
              long.perCustomer[i].clv >= c.clv - 1e-9,
          );
        },
      ),
      { seed: 42, numRuns: 20 },
    );
  });

  it("gives the same values whatever the order of the customers (simple methods)", () => {
    fc.assert(
      fc.property(populationArb, (customers) => {
        const forward = computeClv(customers, { method: "simple" }).perCustomer.map((c) => c.clv);
        const backward = computeClv([...customers].reverse(), { method: "simple" })
          .perCustomer.map((c) => c.clv)
          .reverse();
        return forward.every((v, i) => v === backward[i]);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it("scales CLV linearly with the margin rate for customers without their own margin", () => {
    fc.assert(
      fc.property(populationArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (customers, rate) => {
        const plain = customers.filter((c) => c.margin === undefined);
        fc.pre(plain.length > 0);
        const one = computeClv(plain, { method: "retention", marginRate: 1, retentionRate: 0.6 });
        const scaled = computeClv(plain, { method: "retention", marginRate: rate, retentionRate: 0.6 });
        return one.perCustomer.every(
          (c, i) => Math.abs(scaled.perCustomer[i].clv - rate * c.clv) <= 1e-9 * Math.max(1, c.clv),
        );
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
