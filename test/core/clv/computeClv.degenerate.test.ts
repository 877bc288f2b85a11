import fc from "fast-check";
import { fitBgnbd } from "../../../src/core/clv/bgnbd/fitBgnbd";
import { clvMessages } from "../../../src/core/clv/clvMessages";
import type { ClvRequestedMethod, ClvResult } from "../../../src/core/clv/clvTypes";
import { computeClv } from "../../../src/core/clv/computeClv";
import { fitGammaGamma } from "../../../src/core/clv/gammaGamma/fitGammaGamma";
import { isDomainError } from "../../../src/core/errors";
import type { Customer } from "../../../src/core/types";
import { customerFrom } from "./customers";

const METHODS: readonly ClvRequestedMethod[] = ["auto", "historical", "simple", "retention", "bgnbd"];
/** 50 years in days. */
const FIFTY_YEARS = 18262;

/** Every guarantee of computeClv on a valid population; returns the first broken one, or undefined. */
function problemOf(customers: readonly Customer[], method: ClvRequestedMethod, result: ClvResult): string | undefined {
  if (result.perCustomer.length !== customers.length) return "one result per customer";
  for (const [i, c] of result.perCustomer.entries()) {
    if (!(Number.isFinite(c.clv) && c.clv >= 0) || Object.is(c.clv, -0)) return `clv ${c.clv} at ${i}`;
    if (c.pAlive !== undefined && !(c.pAlive >= 0 && c.pAlive <= 1)) return `pAlive ${c.pAlive} at ${i}`;
    if (c.expectedPurchases !== undefined && !(c.expectedPurchases >= 0 && c.expectedPurchases < Infinity))
      return `expected purchases ${c.expectedPurchases} at ${i}`;
    if (c.expectedSpend !== undefined && !(c.expectedSpend > 0 && c.expectedSpend < Infinity))
      return `expected spend ${c.expectedSpend} at ${i}`;
  }
  const modelMethod = method === "bgnbd" || method === "auto";
  if (modelMethod && result.method !== "bgnbd") {
    const reason = result.fallback?.reason;
    if (result.method !== "retention" || reason === undefined || reason.en.length === 0 || reason.zh.length === 0)
      return "a fallback must say why, in English and Chinese";
  }
  if (!modelMethod && result.method !== method) return `method ${result.method} instead of ${method}`;
  if (result.method === "bgnbd") {
    const { bgnbd, gammaGamma, routes } = result.model!;
    const fitted = [bgnbd.params.r, bgnbd.params.alpha, bgnbd.params.a, bgnbd.params.b, gammaGamma.params.p];
    if (!fitted.every((v) => v > 0 && v < Infinity)) return "fitted parameters must be finite";
    if (routes.quadratureUnconverged !== 0) return "every quadrature must converge";
  }
  return undefined;
}

/** Runs computeClv, turning an exception into a problem (no valid population may throw). */
function check(customers: readonly Customer[], method: ClvRequestedMethod, unit: "days" | "weeks"): string | undefined {
  try {
    return problemOf(customers, method, computeClv(customers, { method, unit }));
  } catch (e) {
    return `threw ${isDomainError(e) ? `DomainError ${e.code}` : String(e)}`;
  }
}

/** A customer with these purchases, days and amounts (recency = age − span; total = first + repeats). */
function customer(i: number, x: number, spanDays: number, ageDays: number, mean: number, first = mean): Customer {
  return customerFrom(i, x, spanDays, ageDays, x === 0 ? 0 : mean, { total: first + x * mean });
}

/** A population of n ordinary customers (a third with repeat purchases), deterministic. */
function ordinary(n: number, scale = 1): Customer[] {
  return Array.from({ length: n }, (_, i) => {
    const age = 30 + ((i * 53) % 700);
    const x = i % 3 === 0 ? 1 + (i % 9) : 0;
    const span = x === 0 ? 0 : Math.round(age * (0.1 + ((i * 17) % 80) / 100));
    return customer(i, x, span, age, scale * (20 + ((i * 29) % 97)));
  });
}

const populations: Record<string, readonly Customer[]> = {
  "all one-time buyers": Array.from({ length: 40 }, (_, i) => customer(i, 0, 0, 10 + 9 * i, 0, 50 + i)),
  "a single customer": [customer(0, 3, 100, 200, 40)],
  "two customers": [customer(0, 3, 100, 200, 40), customer(1, 0, 0, 50, 0, 20)],
  "identical customers": Array.from({ length: 40 }, (_, i) => customer(i, 2, 100, 300, 50)),
  "identical histories, different spend": Array.from({ length: 40 }, (_, i) => customer(i, 2, 100, 300, 30 + i)),
  "identical one-time buyers": Array.from({ length: 40 }, (_, i) => customer(i, 0, 0, 300, 0, 50)),
  "everyone bought on the as-of date": Array.from({ length: 40 }, (_, i) => customer(i, i % 3, 0, 0, 30 + i)),
  "amounts of 1e12": ordinary(60, 1e12 / 50),
  "amounts of 1e-6": ordinary(60, 1e-6 / 50),
  "zero and negative amounts mixed in": ordinary(60).map((c, i) =>
    i % 4 === 0
      ? { ...c, total: 0, repeatMean: 0 }
      : i % 4 === 1
        ? { ...c, total: -c.total, repeatMean: -c.repeatMean }
        : c,
  ),
  "first purchase on the as-of day (T = 0) for some": ordinary(60).map((c, i) =>
    i % 5 === 0 ? customer(i, 0, 0, 0, 0, 40) : c,
  ),
  "customers 50 years old": ordinary(60).map((c, i) =>
    i % 2 === 0 ? customer(i, c.repeatCount, Math.round(c.repeatSpanDays * 26), FIFTY_YEARS, c.repeatMean || 1) : c,
  ),
  "everyone 50 years old": ordinary(60).map((c, i) =>
    customer(i, c.repeatCount, Math.round(c.repeatSpanDays * 26), FIFTY_YEARS - (i % 3), c.repeatMean || 1),
  ),
};

describe("computeClv on degenerate populations (examples)", () => {
  const cases = Object.entries(populations).flatMap(([name, customers]) =>
    METHODS.map((method) => [name, method, Object.freeze(customers.map((c) => Object.freeze(c)))] as const),
  );

  it.each(cases)("keeps %s finite, non-negative and explained with method %s", (_name, method, customers) => {
    expect(check(customers, method, "weeks")).toBeUndefined();
    expect(check(customers, method, "days")).toBeUndefined();
  });

  it.each([
    { name: "all one-time buyers", reason: clvMessages.allOneTime() },
    { name: "a single customer", reason: clvMessages.tooFewCustomers(1, 20) },
    { name: "two customers", reason: clvMessages.tooFewCustomers(2, 20) },
    { name: "identical one-time buyers", reason: clvMessages.allOneTime() },
    { name: "everyone bought on the as-of date", reason: clvMessages.noObservationTime() },
  ])("falls back to retention for $name and says why", ({ name, reason }) => {
    const result = computeClv(populations[name], { method: "bgnbd" });
    expect(result.method).toBe("retention");
    expect(result.fallback?.reason).toEqual(reason);
  });

  it("falls back for identical customers because their spend has no spread, saying so in both languages", () => {
    const result = computeClv(populations["identical customers"], { method: "auto" });
    expect(result.method).toBe("retention");
    expect(result.fallback?.reason.en).toContain("the same average repeat spend (50)");
    expect(result.fallback?.reason.zh).toContain("重复购买平均金额全部相同（50）");
  });

  it("fits identical histories with different spend at the model's limit and says so", () => {
    const result = computeClv(populations["identical histories, different spend"], { method: "auto" });
    expect(result.method).toBe("bgnbd");
    expect(result.model?.bgnbd.note?.en).toContain("reached the upper limit");
    // identical histories: the same prediction for everyone, so CLV is proportional to expected spend
    const ratios = result.perCustomer.map((c) => c.clv / c.expectedSpend!);
    ratios.forEach((v) => expect(v).toBeCloseTo(ratios[0], 12));
  });

  it("scales the BG/NBD CLV with the amounts: 1e12 and 1e-6 give the same model and proportional values", () => {
    const big = computeClv(populations["amounts of 1e12"], { method: "bgnbd" });
    const small = computeClv(populations["amounts of 1e-6"], { method: "bgnbd" });
    expect(big.method).toBe("bgnbd");
    expect(small.method).toBe("bgnbd");
    const ratio = 1e12 / 1e-6;
    big.perCustomer.forEach((c, i) => {
      expect(Math.abs(c.clv - ratio * small.perCustomer[i].clv)).toBeLessThanOrEqual(1e-6 * c.clv);
    });
  });
});

/** Amounts from the edges: 1e12, 1e-6, 0, negative, and anything in between. */
const amountArb = fc.oneof(
  fc.constant(1e12),
  fc.constant(1e-6),
  fc.constant(0),
  fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
  fc.double({ min: -13.8, max: 27.6, noNaN: true }).map(Math.exp),
);
/** Ages from the edges: 0 (first purchase on the as-of day), 50 years, and anything in between. */
const ageArb = fc.oneof(fc.constant(0), fc.constant(FIFTY_YEARS), fc.integer({ min: 1, max: 3000 }));

const customerArb = fc
  .record({
    x: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
    age: ageArb,
    share: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    mean: amountArb,
    first: amountArb,
    margin: fc.option(amountArb, { nil: undefined }),
  })
  .map(({ x, age, share, mean, first, margin }) => ({
    x,
    span: x === 0 ? 0 : Math.round(share * age),
    age,
    mean,
    first,
    margin,
  }));

type Row = { x: number; span: number; age: number; mean: number; first: number; margin?: number };

function toCustomers(rows: readonly Row[]): Customer[] {
  return rows.map((r, i) => {
    const c = customer(i, r.x, r.span, r.age, r.mean, r.first);
    return Object.freeze(r.margin === undefined ? c : { ...c, margin: r.margin });
  });
}

/** Edge populations (identical, one-time, same-day, scaled amounts) and random mixtures of edge customers. */
const populationArb = fc.oneof(
  fc.array(customerArb, { minLength: 1, maxLength: 60 }),
  fc.tuple(customerArb, fc.integer({ min: 1, max: 60 })).map(([row, n]) => Array.from({ length: n }, () => row)),
  fc.array(
    customerArb.map((r) => ({ ...r, x: 0, span: 0 })),
    { minLength: 1, maxLength: 60 },
  ),
  fc.array(
    customerArb.map((r) => ({ ...r, age: 0, span: 0 })),
    { minLength: 1, maxLength: 60 },
  ),
  fc
    .tuple(fc.array(customerArb, { minLength: 20, maxLength: 50 }), fc.constantFrom(1e12, 1e-6))
    .map(([rows, scale]) => rows.map((r) => ({ ...r, mean: Math.abs(r.mean) * scale, first: scale }))),
  fc
    .array(
      customerArb.filter((r) => r.x > 0 && r.age > 0),
      { minLength: 15, maxLength: 40 },
    )
    .chain((repeat) => fc.array(customerArb, { minLength: 5, maxLength: 20 }).map((other) => [...repeat, ...other])),
);

describe("computeClv on degenerate populations (properties)", () => {
  it.each(METHODS)("never gives NaN, ±Infinity, a negative CLV or an exception with method %s", (method) => {
    fc.assert(
      fc.property(populationArb, fc.constantFrom("days" as const, "weeks" as const), (rows, unit) => {
        const problem = check(toCustomers(rows), method, unit);
        if (problem !== undefined) throw new Error(problem);
      }),
      { seed: 42, numRuns: method === "bgnbd" || method === "auto" ? 15 : 100 },
    );
  });

  it("fits the models or rejects the data with NOT_ENOUGH_DATA, never with NaN", () => {
    fc.assert(
      fc.property(populationArb, (rows) => {
        const customers = toCustomers(rows);
        const x = customers.map((c) => c.repeatCount);
        try {
          const fit = fitBgnbd({
            x,
            tx: customers.map((c) => c.repeatSpanDays / 7),
            T: customers.map((c) => c.ageDays / 7),
          });
          const values = [fit.params.r, fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood];
          if (!values.every(Number.isFinite) || !(fit.converged || fit.note !== undefined)) return false;
        } catch (e) {
          if (!(isDomainError(e) && e.code === "NOT_ENOUGH_DATA")) throw e;
        }
        try {
          const spend = fitGammaGamma({ x, mbar: customers.map((c) => c.repeatMean) });
          const values = [spend.params.p, spend.params.q, spend.params.v, spend.meanSpend, spend.logLikelihood];
          return values.every(Number.isFinite) && spend.meanSpend > 0 && (spend.converged || spend.notes.length > 0);
        } catch (e) {
          if (!(isDomainError(e) && e.code === "NOT_ENOUGH_DATA")) throw e;
          return true;
        }
      }),
      { seed: 42, numRuns: 25 },
    );
  });
});
