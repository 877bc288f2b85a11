import { DomainError, isDomainError } from "../errors";
import { expit } from "../math/expit";
import type { Customer, LocalizedText } from "../types";
import { bgnbdLogOddsDead } from "./bgnbd/bgnbdLogOddsDead";
import { fitBgnbd } from "./bgnbd/fitBgnbd";
import { bgnbdSupport } from "./bgnbdSupport";
import { clvMessages } from "./clvMessages";
import type { ClvCustomerResult, ClvMethod, ClvOptions, ClvResult } from "./clvTypes";
import { discountedClv } from "./discountedClv";
import { expectedSpendUnchecked } from "./gammaGamma/gammaGammaExpectedSpend";
import { fitGammaGamma } from "./gammaGamma/fitGammaGamma";
import type { GammaGammaFit } from "./gammaGamma/gammaGammaTypes";
import { customerMarginRate } from "./methods/customerMarginRate";
import { estimateRetentionRate } from "./methods/estimateRetentionRate";
import { historicalClv } from "./methods/historicalClv";
import type { MethodClv } from "./methods/methodTypes";
import { retentionClv } from "./methods/retentionClv";
import { simpleClv } from "./methods/simpleClv";
import { daysPerUnit, type TimeUnit, unitsPerMonth } from "./timeUnit";

const METHODS = ["auto", "historical", "simple", "retention", "bgnbd"] as const;
/** Recency given to repeat purchases made on the first purchase day, in days. */
const SAME_DAY_SPAN_DAYS = 0.5;

/**
 * Customer lifetime value for every customer, by one of four methods, with a documented fallback.
 *
 * Methods (money in the unit of the amounts; a customer's own margin ÷ total replaces
 * `marginRate` when it has a margin):
 * - `historical`: margin earned so far (see `historicalClv`).
 * - `simple`: average order value × purchases per year × margin rate × lifespanYears
 *   (see `simpleClv`; customers younger than a year count as one year).
 * - `retention`: annual margin × r / (1 + d − r) (see `retentionClv`); r = `retentionRate`, or
 *   estimated from the data (see `estimateRetentionRate`).
 * - `bgnbd`: BG/NBD (Fader, Hardie & Lee 2005) for purchases and P(alive) plus Gamma-Gamma for
 *   spend, discounted monthly over `horizonMonths` exactly as lifetimes' `customer_lifetime_value`
 *   (see `discountedClv`). Times come from the customers in days and are converted to `unit`.
 * - `auto`: `bgnbd` when the data supports it, else `retention`.
 * Fallback: when the data cannot support the model (fewer than 20 customers, fewer than 5 repeat
 * customers, all one-time buyers, unknown first purchase dates, inconsistent histories, every
 * customer first buying on the as-of date, see `bgnbdSupport`; or a BG/NBD or spend fit that does
 * not converge or has no estimate, e.g. every repeat customer with the same average spend), both
 * `auto` and an explicit `bgnbd` use `retention` and say why in `fallback.reason` (English and
 * Chinese). `model.routes` tells how the expected purchases were evaluated (see `discountedClv`).
 * Guarantees: every CLV is finite and ≥ 0. A negative `marginRate` counts as 0 (noted); a negative
 * customer margin gives 0 (noted); refunds that make a total ≤ 0 give 0 in the simple methods;
 * in `bgnbd`, repeat purchases averaging ≤ 0 use the spend model's population mean (noted).
 * P(alive) = 1 for one-time buyers is a property of the BG/NBD model and is noted. Repeat
 * purchases with no time between the first and the last purchase (repeatSpanDays = 0, possible in
 * summary tables) are placed half a day after the first purchase (and the age raised to at least
 * half a day), with a note: the model's continuous time cannot hold two purchases at one instant,
 * and its likelihood has no maximum otherwise (α → 0).
 * Cost: O(n) for the simple methods; for `bgnbd` O(n) plus one fit on distinct histories.
 *
 * @param customers - the population (times in days; see `Customer`)
 * @param options - method and its parameters
 * @returns the method used, per-customer values in input order, fitted models and notes
 * @throws {DomainError} `EMPTY_INPUT` for no customers; `BAD_ARGUMENT` for invalid options
 *
 * @example
 * computeClv([{ id: "A", row: 2, recencyDays: 10, purchases: 2, total: 300, repeatCount: 1,
 *   repeatSpanDays: 50, ageDays: 60, repeatMean: 150 }], { method: "historical", marginRate: 0.2 }).perCustomer[0].clv
 * // => 60
 */
export function computeClv(customers: readonly Customer[], options: ClvOptions): ClvResult {
  const o = checkOptions(options);
  if (customers.length === 0) {
    throw new DomainError("EMPTY_INPUT", "there are no customers to compute CLV for", "没有可计算 CLV 的客户");
  }
  const notes: LocalizedText[] = [];
  if (o.marginRate < 0) notes.push(clvMessages.negativeMarginRate(o.marginRate));
  const rate = Math.max(o.marginRate, 0);
  const requestedMethod = options.method;

  switch (requestedMethod) {
    case "historical":
      notes.unshift(clvMessages.historicalMethod());
      return simpleResult(
        "historical",
        requestedMethod,
        customers.map((c) => historicalClv(c, rate)),
        notes,
      );
    case "simple":
      notes.unshift(clvMessages.simpleMethod(o.lifespanYears));
      return simpleResult(
        "simple",
        requestedMethod,
        customers.map((c) => simpleClv(c, { marginRate: rate, lifespanYears: o.lifespanYears })),
        notes,
      );
    case "retention":
      return retentionResult(customers, o, rate, requestedMethod, notes);
    default: {
      const attempt = bgnbdResult(customers, o, rate, notes);
      if ("reason" in attempt) return retentionResult(customers, o, rate, requestedMethod, notes, attempt.reason);
      return { ...attempt.result, requestedMethod };
    }
  }
}

interface CheckedOptions {
  readonly unit: TimeUnit;
  readonly horizonMonths: number;
  readonly discountMonthly: number;
  readonly marginRate: number;
  readonly retentionRate?: number;
  readonly discountAnnual: number;
  readonly lifespanYears: number;
}

function checkOptions(options: ClvOptions): CheckedOptions {
  const bad = (en: string, zh: string): never => {
    throw new DomainError("BAD_ARGUMENT", en, zh);
  };
  if (!(METHODS as readonly string[]).includes(options.method)) {
    bad(
      `the CLV method must be one of ${METHODS.join(", ")} (got ${String(options.method)})`,
      `CLV 方法必须是 ${METHODS.join("、")} 之一（实际为 ${String(options.method)}）`,
    );
  }
  const unit = options.unit ?? "weeks";
  unitsPerMonth(unit);
  const horizonMonths = options.horizonMonths ?? 12;
  if (!(Number.isInteger(horizonMonths) && horizonMonths >= 1 && horizonMonths <= 1200)) {
    bad(
      `the horizon must be a whole number of months from 1 to 1200 (got ${horizonMonths})`,
      `预测期必须是 1 到 1200 之间的整月数（实际为 ${horizonMonths}）`,
    );
  }
  const discountMonthly = options.discountMonthly ?? 0.01;
  if (!(discountMonthly >= 0 && discountMonthly < Infinity)) {
    bad(
      `the monthly discount rate must be a finite number >= 0 (got ${discountMonthly})`,
      `月折现率必须是大于等于 0 的有限数（实际为 ${discountMonthly}）`,
    );
  }
  const marginRate = options.marginRate ?? 1;
  if (!Number.isFinite(marginRate))
    bad(`the margin rate must be a finite number (got ${marginRate})`, `毛利率必须是有限数（实际为 ${marginRate}）`);
  const retentionRate = options.retentionRate;
  if (retentionRate !== undefined && !(retentionRate >= 0 && retentionRate < 1)) {
    bad(
      `the retention rate must be at least 0 and below 1 (got ${retentionRate})`,
      `留存率必须大于等于 0 且小于 1（实际为 ${retentionRate}）`,
    );
  }
  const discountAnnual = options.discountAnnual ?? 0.1;
  if (!(discountAnnual >= 0 && discountAnnual < Infinity)) {
    bad(
      `the annual discount rate must be a finite number >= 0 (got ${discountAnnual})`,
      `年折现率必须是大于等于 0 的有限数（实际为 ${discountAnnual}）`,
    );
  }
  const lifespanYears = options.lifespanYears ?? 3;
  if (!(lifespanYears >= 0 && lifespanYears < Infinity)) {
    bad(
      `the lifespan must be a finite number of years >= 0 (got ${lifespanYears})`,
      `预期生命周期必须是大于等于 0 的有限年数（实际为 ${lifespanYears}）`,
    );
  }
  return { unit, horizonMonths, discountMonthly, marginRate, retentionRate, discountAnnual, lifespanYears };
}

function simpleResult(
  method: ClvMethod,
  requestedMethod: ClvOptions["method"],
  values: readonly MethodClv[],
  notes: LocalizedText[],
  reason?: LocalizedText,
): ClvResult {
  const perCustomer: ClvCustomerResult[] = values.map((v) =>
    v.note === undefined ? { clv: v.clv } : { clv: v.clv, note: v.note },
  );
  return reason === undefined
    ? { method, requestedMethod, perCustomer, notes }
    : { method, requestedMethod, fallback: { reason }, perCustomer, notes };
}

function retentionResult(
  customers: readonly Customer[],
  o: CheckedOptions,
  rate: number,
  requestedMethod: ClvOptions["method"],
  notes: LocalizedText[],
  reason?: LocalizedText,
): ClvResult {
  let r = o.retentionRate;
  if (r === undefined) {
    const estimate = estimateRetentionRate(customers);
    r = estimate.rate;
    notes.unshift(clvMessages.retentionRateEstimated(r, estimate.detail, o.discountAnnual));
  } else {
    notes.unshift(clvMessages.retentionRateGiven(r, o.discountAnnual));
  }
  const retention = r;
  const values = customers.map((c) =>
    retentionClv(c, { marginRate: rate, retentionRate: retention, discountAnnual: o.discountAnnual }),
  );
  return simpleResult("retention", requestedMethod, values, notes, reason);
}

function bgnbdResult(
  customers: readonly Customer[],
  o: CheckedOptions,
  rate: number,
  notes: LocalizedText[],
): { result: Omit<ClvResult, "requestedMethod"> } | { reason: LocalizedText } {
  const unsupported = bgnbdSupport(customers);
  if (unsupported !== undefined) return { reason: unsupported };
  const n = customers.length;
  const perUnit = daysPerUnit(o.unit);
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  const mbar = new Float64Array(n);
  let sameDay = 0;
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    x[i] = c.repeatCount;
    tx[i] = c.repeatSpanDays / perUnit;
    T[i] = c.ageDays / perUnit;
    if (c.repeatCount > 0 && c.repeatSpanDays === 0) {
      // repeat purchases on the first purchase day: half a day apart (see the doc comment)
      tx[i] = SAME_DAY_SPAN_DAYS / perUnit;
      T[i] = Math.max(c.ageDays, SAME_DAY_SPAN_DAYS) / perUnit;
      sameDay++;
    }
    mbar[i] = Number.isFinite(c.repeatMean) ? c.repeatMean : 0;
  }
  let bgnbd;
  try {
    bgnbd = fitBgnbd({ x, tx, T });
  } catch (e) {
    if (isDomainError(e)) return { reason: clvMessages.fitFailed(e.message) };
    throw e;
  }
  if (!bgnbd.converged) return { reason: clvMessages.fitFailed(bgnbd.note?.en ?? bgnbd.method) };
  let gammaGamma: GammaGammaFit;
  try {
    gammaGamma = fitGammaGamma({ x, mbar });
  } catch (e) {
    if (isDomainError(e)) return { reason: clvMessages.spendFitFailed({ en: e.message, zh: e.messageZh }) };
    throw e;
  }
  if (!gammaGamma.converged) {
    const last = gammaGamma.notes[gammaGamma.notes.length - 1];
    return { reason: clvMessages.spendFitFailed(last) };
  }

  const { p, q, v } = gammaGamma.params;
  const spend = new Float64Array(n);
  const margin = new Float64Array(n);
  const customerNotes: (LocalizedText | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    spend[i] = expectedSpendUnchecked(p, q, v, x[i], mbar[i]);
    const m = customerMarginRate(customers[i], rate);
    margin[i] = m.rate;
    customerNotes[i] = m.note ?? (x[i] > 0 && !(mbar[i] > 0) ? clvMessages.nonPositiveRepeatSpend(mbar[i]) : undefined);
  }
  const { clv, expectedPurchases, routes } = discountedClv(
    bgnbd.params,
    { x, tx, T, spend, margin },
    { unit: o.unit, months: o.horizonMonths, discountMonthly: o.discountMonthly },
  );
  const { r, alpha, a, b } = bgnbd.params;
  const perCustomer: ClvCustomerResult[] = new Array(n);
  let oneTime = 0;
  for (let i = 0; i < n; i++) {
    if (x[i] === 0) oneTime++;
    const base = {
      clv: clv[i],
      pAlive: expit(-bgnbdLogOddsDead(r, alpha, a, b, x[i], tx[i], T[i])),
      expectedPurchases: expectedPurchases[i],
      expectedSpend: spend[i],
    };
    const note = customerNotes[i];
    perCustomer[i] = note === undefined ? base : { ...base, note };
  }
  const modelNotes: LocalizedText[] = [
    clvMessages.modelSummary(bgnbd.customers, bgnbd.repeatCustomers, o.unit, unitsPerMonth(o.unit)),
  ];
  if (bgnbd.note !== undefined) modelNotes.push(bgnbd.note);
  if (sameDay > 0) modelNotes.push(clvMessages.sameDayRepeats(sameDay));
  if (oneTime > 0) modelNotes.push(clvMessages.oneTimeBuyersAlive(oneTime));
  modelNotes.push(...gammaGamma.notes);
  return {
    result: {
      method: "bgnbd",
      perCustomer,
      model: { bgnbd, gammaGamma, unit: o.unit, routes },
      notes: [...modelNotes, ...notes],
    },
  };
}
