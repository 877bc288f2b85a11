import { dayFromYmd } from "../../../src/core/days";
import { summarizeTransactions, type Transaction } from "../../../src/core/table/summarizeTransactions";

const d = (iso: string): number => {
  const [y, m, day] = iso.split("-").map(Number);
  return dayFromYmd(y!, m!, day!);
};

function log(rows: readonly [string, string, number, number?][]): Transaction[] {
  return rows.map(([id, date, amount, margin], i) =>
    Object.freeze({ id, day: d(date), amount, row: i + 2, ...(margin !== undefined ? { margin } : {}) }),
  );
}

/** lifetimes tests/test_utils.py: the transaction data of `test_summary_data_from_transaction_data_returns_correct_results`. */
const LIFETIMES_LOG = Object.freeze(
  log([
    ["1", "2015-02-01", 1],
    ["1", "2015-02-06", 1],
    ["2", "2015-01-01", 1],
    ["3", "2015-01-01", 1],
    ["3", "2015-01-02", 1],
    ["3", "2015-01-05", 1],
  ]),
);

describe("summarizeTransactions", () => {
  it("reproduces lifetimes' own test: (x, t_x, T) = (1, 5, 6), (0, 0, 37), (2, 4, 37)", () => {
    const { customers } = summarizeTransactions(LIFETIMES_LOG, { asOf: dayFromYmd(2015, 2, 7) });
    expect(customers.map((c) => [c.id, c.repeatCount, c.repeatSpanDays, c.ageDays])).toEqual([
      ["1", 1, 5, 6],
      ["2", 0, 0, 37],
      ["3", 2, 4, 37],
    ]);
  });

  it("matches the example in its documentation", () => {
    expect(
      summarizeTransactions(LIFETIMES_LOG, { asOf: dayFromYmd(2015, 2, 7) }).customers.map((c) => [
        c.repeatCount,
        c.repeatSpanDays,
        c.ageDays,
      ]),
    ).toEqual([
      [1, 5, 6],
      [0, 0, 37],
      [2, 4, 37],
    ]);
  });

  it("merges purchases on the same day, summing amounts and margins", () => {
    const { customers } = summarizeTransactions(
      log([
        ["A", "2025-01-01", 10, 2],
        ["A", "2025-01-01", 5, 1],
        ["A", "2025-01-03", 20, 4],
        ["A", "2025-01-03", 30, 6],
        ["A", "2025-01-10", 7, 1],
      ]),
      { asOf: d("2025-01-20") },
    );
    // day totals 15, 50, 7 → purchases 3, repeat mean (50 + 7) / 2
    expect(customers).toEqual([
      {
        id: "A",
        row: 2,
        recencyDays: 10,
        purchases: 3,
        total: 72,
        firstPurchase: d("2025-01-01"),
        lastPurchase: d("2025-01-10"),
        repeatCount: 2,
        repeatSpanDays: 9,
        ageDays: 19,
        repeatMean: 28.5,
        margin: 14,
      },
    ]);
  });

  it("gives one-time buyers a repeat mean of 0, also when they bought twice on one day", () => {
    const [c] = summarizeTransactions(
      log([
        ["A", "2025-01-01", 10],
        ["A", "2025-01-01", 15],
      ]),
    ).customers;
    expect(c).toMatchObject({
      purchases: 1,
      repeatCount: 0,
      repeatSpanDays: 0,
      repeatMean: 0,
      total: 25,
      recencyDays: 0,
    });
  });

  it("nets refunds into the total and the day totals", () => {
    const [c] = summarizeTransactions(
      log([
        ["A", "2025-01-01", 100],
        ["A", "2025-01-05", 40],
        ["A", "2025-01-05", -10],
      ]),
    ).customers;
    expect(c).toMatchObject({ total: 130, repeatMean: 30, purchases: 2 });
  });

  it("defaults the as-of day to the latest transaction", () => {
    const result = summarizeTransactions(
      log([
        ["A", "2025-01-01", 1],
        ["B", "2025-03-01", 1],
      ]),
    );
    expect(result.asOf).toBe(d("2025-03-01"));
    expect(result.customers.map((c) => c.recencyDays)).toEqual([59, 0]);
  });

  it("drops transactions after the as-of day with one FUTURE_DATE warning each", () => {
    const result = summarizeTransactions(
      log([
        ["A", "2025-01-01", 1],
        ["A", "2025-02-01", 1],
        ["B", "2025-03-01", 1],
      ]),
      { asOf: d("2025-01-15"), dateColumn: 1, dateHeader: "Date" },
    );
    expect(result.customers.map((c) => [c.id, c.purchases])).toEqual([["A", 1]]);
    expect(result.used).toBe(1);
    expect(result.issues.map((i) => [i.code, i.severity, i.address, i.column, i.value])).toEqual([
      ["FUTURE_DATE", "warning", "B3", "Date", "2025-02-01"],
      ["FUTURE_DATE", "warning", "B4", "Date", "2025-03-01"],
    ]);
    expect(result.issues[0]!.message.zh).toContain("晚于分析基准日");
  });

  it("names the row when it does not know the date column", () => {
    const { issues } = summarizeTransactions(log([["A", "2025-02-01", 1]]), { asOf: d("2025-01-15") });
    expect(issues[0]!.address).toBe("2:2");
  });

  it("takes the row and each detail from the customer's lowest-numbered row that has it", () => {
    const t: Transaction[] = [
      { id: "A", day: d("2025-01-05"), amount: 1, row: 9, details: { name: "Late name", region: "North" } },
      { id: "A", day: d("2025-01-09"), amount: 1, row: 4, details: { owner: "Li" } },
      { id: "A", day: d("2025-01-01"), amount: 1, row: 6, details: { name: "Early name", owner: "Wang" } },
    ];
    const [c] = summarizeTransactions(t).customers;
    expect(c).toMatchObject({ row: 4, name: "Early name", owner: "Li", region: "North" });
  });

  it("orders customers by the row of their first transaction", () => {
    const t: Transaction[] = [
      { id: "B", day: 1, amount: 1, row: 5 },
      { id: "A", day: 1, amount: 1, row: 3 },
      { id: "B", day: 2, amount: 1, row: 2 },
    ];
    expect(summarizeTransactions(t).customers.map((c) => c.id)).toEqual(["B", "A"]);
  });

  it("leaves margin out when no transaction has one", () => {
    expect(summarizeTransactions(log([["A", "2025-01-01", 1]])).customers[0]).not.toHaveProperty("margin");
  });

  it("returns nothing for an empty log, with the given as-of day", () => {
    expect(summarizeTransactions([])).toEqual({ customers: [], issues: [], asOf: undefined, used: 0 });
    expect(summarizeTransactions([], { asOf: 5 }).asOf).toBe(5);
  });

  it("does not modify its input", () => {
    const frozen = Object.freeze(LIFETIMES_LOG.map((t) => Object.freeze({ ...t })));
    expect(() => summarizeTransactions(frozen)).not.toThrow();
  });

  it.each([
    { t: { id: "A", day: 1.5, amount: 1, row: 2 }, why: "a fractional day" },
    { t: { id: "A", day: 1, amount: Number.NaN, row: 2 }, why: "a NaN amount" },
    { t: { id: "A", day: 1, amount: 1, margin: Number.POSITIVE_INFINITY, row: 2 }, why: "an infinite margin" },
    { t: { id: 7, day: 1, amount: 1, row: 2 }, why: "a numeric id" },
  ])("throws BAD_ARGUMENT for $why", ({ t }) => {
    expect(() => summarizeTransactions([t as never])).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
    expect(() => summarizeTransactions([t as never], { asOf: 10 })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("throws BAD_ARGUMENT for a fractional as-of day", () => {
    expect(() => summarizeTransactions([], { asOf: 1.5 })).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
