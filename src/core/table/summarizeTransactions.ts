// Written by hand: the reference (lifetimes' summary_data_from_transaction_data) is Python; no JavaScript library does this.
import { DomainError } from "../errors";
import { isoFromDay } from "../days";
import type { Issue } from "../issues";
import type { Customer, Day } from "../types";
import { ERROR_MESSAGES, ISSUE_MESSAGES } from "./issueMessages";
import { makeIssue } from "./makeIssue";
import { DETAIL_FIELDS, type CustomerDetails } from "./readDetails";

/** One purchase in a transaction log. */
export interface Transaction {
  /** The customer's ID, trimmed. */
  readonly id: string;
  /** Day of the purchase. */
  readonly day: Day;
  /** Amount paid; negative for a refund. */
  readonly amount: number;
  /** Gross margin earned on it, when the log has a margin column. */
  readonly margin?: number;
  /** Sheet row of the transaction (1-based), for messages and `Customer.row`; any increasing numbering works. */
  readonly row: number;
  /** Descriptive fields written on this row (name, region, owner, …). */
  readonly details?: Readonly<CustomerDetails>;
}

/** Options of {@link summarizeTransactions}. */
export interface SummarizeTransactionsOptions {
  /** End of the observation period. Default: the latest transaction day. */
  readonly asOf?: Day;
  /** 0-based sheet column index of the date column, so `FUTURE_DATE` warnings name the cell (else the row). */
  readonly dateColumn?: number;
  /** Header text of the date column, for the warnings. */
  readonly dateHeader?: string;
}

/** What {@link summarizeTransactions} returns. */
export interface TransactionSummary {
  /** One customer per ID, ordered by the row of their first transaction. */
  readonly customers: Customer[];
  /** One `FUTURE_DATE` warning per transaction after `asOf`. */
  readonly issues: Issue[];
  /** The as-of day used; `undefined` only when there are no transactions and none was given. */
  readonly asOf: Day | undefined;
  /** Transactions that went into the summary (not after `asOf`). */
  readonly used: number;
}

type MutableCustomer = { -readonly [K in keyof Customer]: Customer[K] };

function checkTransaction(t: Transaction, index: number): void {
  const bad =
    typeof t.id !== "string" ||
    !Number.isInteger(t.day) ||
    !Number.isFinite(t.amount) ||
    (t.margin !== undefined && !Number.isFinite(t.margin)) ||
    !Number.isFinite(t.row);
  if (bad) {
    const m = ERROR_MESSAGES.badOption(`transactions[${index}]`, JSON.stringify(t) ?? String(t), {
      en: "a transaction needs a text id, a whole-number day, and finite amount, margin and row",
      zh: "每笔交易需要文本 id、整数日期以及有限的金额、毛利和行号",
    });
    throw new DomainError("BAD_ARGUMENT", m.en, m.zh, { index });
  }
}

/**
 * Summarises a transaction log per customer, following lifetimes'
 * `summary_data_from_transaction_data` (daily periods) and Fader, Hardie & Lee (2005).
 *
 * Method:
 * - transactions after `asOf` are dropped, each with a `FUTURE_DATE` warning (lifetimes'
 *   `observation_period_end`); `asOf` defaults to the latest transaction day;
 * - purchases on the same day are merged into one: their amounts (and margins) are summed;
 * - `purchases` = distinct purchase days; `repeatCount` = distinct days − 1;
 *   `repeatSpanDays` = last − first day; `ageDays` = asOf − first day; `recencyDays` = asOf − last day;
 * - `total` = sum of all amounts (refunds net in); `repeatMean` = mean of the day totals after the
 *   first day (0 without repeats); `margin` = sum of the margins given (absent when none is);
 * - `row` = the smallest row among the customer's transactions; each descriptive field comes from
 *   the customer's lowest-numbered row that has it.
 *
 * Each customer's transactions are put in (day, row) order before summing, so the result does not
 * depend on the order of the input (sums are bit-for-bit the same after any shuffle). Does not
 * modify its input. O(n log n) for n transactions.
 *
 * @param transactions - the log, in any order
 * @param options - as-of day and where the date column is, for messages
 * @returns the customers, the `FUTURE_DATE` warnings, the as-of day used and the count used
 * @throws {DomainError} `BAD_ARGUMENT` when a transaction has a non-text id, a day that is not a
 *   whole number, or a non-finite amount, margin or row; or when `asOf` is not a whole number
 *
 * @example
 * // lifetimes' test: ids 1: 2015-02-01, 2015-02-06; 2: 2015-01-01; 3: 2015-01-01, 01-02, 01-05; end 2015-02-07
 * summarizeTransactions(log, { asOf: dayFromYmd(2015, 2, 7) }).customers.map((c) => [c.repeatCount, c.repeatSpanDays, c.ageDays])
 * // => [[1, 5, 6], [0, 0, 37], [2, 4, 37]]
 */
export function summarizeTransactions(
  transactions: readonly Transaction[],
  options: SummarizeTransactionsOptions = {},
): TransactionSummary {
  if (options.asOf !== undefined && !Number.isInteger(options.asOf)) {
    const m = ERROR_MESSAGES.badOption("asOf", String(options.asOf), {
      en: "a day number (whole days since 1970-01-01)",
      zh: "日期序号（自 1970-01-01 起的整天数）",
    });
    throw new DomainError("BAD_ARGUMENT", m.en, m.zh);
  }
  let asOf = options.asOf;
  if (asOf === undefined) {
    let latest = -Infinity;
    for (let i = 0; i < transactions.length; i++) {
      const t = transactions[i]!;
      checkTransaction(t, i);
      if (t.day > latest) latest = t.day;
    }
    if (transactions.length > 0) asOf = latest;
  }

  const issues: Issue[] = [];
  const groups = new Map<string, number[]>();
  let used = 0;
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i]!;
    if (options.asOf !== undefined) checkTransaction(t, i);
    if (t.day > asOf!) {
      issues.push(
        makeIssue({
          code: "FUTURE_DATE",
          severity: "warning",
          row: t.row,
          ...(options.dateColumn !== undefined ? { columnIndex: options.dateColumn } : {}),
          ...(options.dateHeader !== undefined ? { header: options.dateHeader } : {}),
          value: isoFromDay(t.day),
          message: ISSUE_MESSAGES.futureDateTransaction(isoFromDay(t.day), isoFromDay(asOf!)),
        }),
      );
      continue;
    }
    used++;
    const group = groups.get(t.id);
    if (group === undefined) groups.set(t.id, [i]);
    else group.push(i);
  }

  const customers: MutableCustomer[] = [];
  for (const [id, indices] of groups) {
    indices.sort(
      (a, b) =>
        transactions[a]!.day - transactions[b]!.day ||
        transactions[a]!.row - transactions[b]!.row ||
        transactions[a]!.amount - transactions[b]!.amount,
    );
    const firstDay = transactions[indices[0]!]!.day;
    const lastDay = transactions[indices[indices.length - 1]!]!.day;
    let total = 0;
    let repeatSum = 0;
    let days = 0;
    let currentDay = Number.NaN;
    let dayTotal = 0;
    let margin: number | undefined;
    let row = Infinity;
    const details: Record<string, unknown> = {};
    const detailRow: Record<string, number> = {};
    for (const i of indices) {
      const t = transactions[i]!;
      if (t.day !== currentDay) {
        if (days > 1) repeatSum += dayTotal;
        days++;
        currentDay = t.day;
        dayTotal = 0;
      }
      dayTotal += t.amount;
      total += t.amount;
      if (t.margin !== undefined) margin = (margin ?? 0) + t.margin;
      if (t.row < row) row = t.row;
      if (t.details) {
        for (const field of DETAIL_FIELDS) {
          const v = t.details[field];
          if (v !== undefined && !(detailRow[field]! <= t.row)) {
            details[field] = v;
            detailRow[field] = t.row;
          }
        }
      }
    }
    if (days > 1) repeatSum += dayTotal;
    const repeatCount = days - 1;
    customers.push({
      id,
      row,
      recencyDays: asOf! - lastDay,
      purchases: days,
      total,
      firstPurchase: firstDay,
      lastPurchase: lastDay,
      repeatCount,
      repeatSpanDays: lastDay - firstDay,
      ageDays: asOf! - firstDay,
      repeatMean: repeatCount > 0 ? repeatSum / repeatCount : 0,
      ...(margin !== undefined ? { margin } : {}),
      ...(details as CustomerDetails),
    });
  }
  customers.sort((a, b) => a.row - b.row || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { customers, issues, asOf, used };
}
