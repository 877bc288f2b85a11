import * as fs from "fs";
import * as path from "path";
import { summarizeTransactions } from "../../src/core/table";
import { dayFromExcelSerial, dayFromYmd, excelSerialFromDay } from "../../src/core/days";
import { summary as summaryFunction } from "../../src/functions/summary";
import { excelError } from "./_lib/excelShapes";
import { cdnowSummary, DATA_DIR, describeWithData } from "../core/clv/referenceData";
import { at, shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const summary = summaryFunction as (...args: unknown[]) => any[][];

const serial = (y: number, m: number, d: number) => excelSerialFromDay(dayFromYmd(y, m, d));
const HEADERS = [
  "Customer ID",
  "First purchase",
  "Last purchase",
  "Purchases",
  "Total amount",
  "frequency",
  "recency",
  "T",
  "monetary_value",
];

/**
 * lifetimes' own test of summary_data_from_transaction_data (daily periods), with amounts added:
 * customer 1 buys on 2015-02-01 (10) and 02-06 (20); customer 2 on 01-01 (7); customer 3 on 01-01
 * (5), 01-02 (15) and 01-05 (25); observation ends 2015-02-07.
 */
const LOG = Object.freeze([
  ["Customer ID", "Date", "Amount"],
  [1, serial(2015, 2, 1), 10],
  [1, serial(2015, 2, 6), 20],
  [2, serial(2015, 1, 1), 7],
  [3, serial(2015, 1, 1), 5],
  [3, serial(2015, 1, 2), 15],
  [3, serial(2015, 1, 5), 25],
]);

describe("SUMMARY", () => {
  it("gives lifetimes' frequency, recency and T, with the totals and dates", () => {
    // frequency = purchase days − 1; recency = last − first; T = end − first; monetary_value = mean of the repeat days' totals
    expect(summary(LOG, "2015-02-07")).toEqual([
      HEADERS,
      [1, serial(2015, 2, 1), serial(2015, 2, 6), 2, 30, 1, 5, 6, 20],
      [2, serial(2015, 1, 1), serial(2015, 1, 1), 1, 7, 0, 0, 37, 0],
      [3, serial(2015, 1, 1), serial(2015, 1, 5), 3, 45, 2, 4, 37, 20],
    ]);
  });

  it("gives the documented example's first row, with Excel's serials for the dates", () => {
    expect(summary(LOG, "2015-02-07")[1]).toEqual([1, 42036, 42041, 2, 30, 1, 5, 6, 20]);
  });

  it("gives recency and T in weeks (days ÷ 7, as lifetimes with freq_multiplier=7) with unit weeks", () => {
    const days = summary(LOG, "2015-02-07");
    const weeks = summary(LOG, "2015-02-07", "Weeks");
    expect(weeks.slice(1).map((r) => [r[6], r[7]])).toEqual(
      days.slice(1).map((r) => [(r[6] as number) / 7, (r[7] as number) / 7]),
    );
    expect(weeks.slice(1).map((r) => r.slice(0, 6).concat(r[8]))).toEqual(
      days.slice(1).map((r) => r.slice(0, 6).concat(r[8])),
    );
  });

  it("ends observation at the latest purchase when no as-of date is given", () => {
    expect(summary(LOG)).toEqual(summary(LOG, serial(2015, 2, 6)));
    expect(summary(LOG)[1]![7]).toBe(5);
  });

  it("counts purchases on the same day as one, summing their amounts", () => {
    const log = [
      ["customer_id", "date", "amount"],
      ["A", "2024-03-01", 10],
      ["A", "2024-03-01", 5],
      ["A", "2024-03-11", 30],
      ["A", "2024-03-11", 2],
    ];
    expect(summary(log, "2024-03-31")[1]).toEqual(["A", serial(2024, 3, 1), serial(2024, 3, 11), 2, 47, 1, 10, 30, 32]);
  });

  it("leaves out purchases after the as-of date, without listing them as problems", () => {
    const out = summary(LOG, "2015-01-31");
    expect(out.map((r) => r[0])).toEqual(["Customer ID", 2, 3]);
  });

  it("agrees with the core's summarizeTransactions on a simulated log", () => {
    const log = transactionLog();
    const transactions = log.slice(1).map((r, i) => ({
      id: String(r[0]),
      day: dayFromExcelSerial(r[1] as number),
      amount: r[2] as number,
      row: i + 2,
    }));
    const expected = summarizeTransactions(transactions).customers.map((c) => [
      Number(c.id),
      excelSerialFromDay(c.firstPurchase!),
      excelSerialFromDay(c.lastPurchase!),
      c.purchases,
      c.total,
      c.repeatCount,
      c.repeatSpanDays,
      c.ageDays,
      c.repeatMean,
    ]);
    expect(summary(log).slice(1)).toEqual(expected);
  });

  it("keeps numeric IDs as numbers and text IDs as text", () => {
    const log = [
      ["客户编号", "交易日期", "金额"],
      [1001, "2024-01-05", 10],
      [" C-7 ", "2024-01-06", 20],
    ];
    expect(summary(log).map((r) => r[0])).toEqual(["Customer ID", 1001, "C-7"]);
  });

  it("lists rows it could not read after the customers, as #N/A with the cell and the problem", () => {
    const log = [
      ["customer_id", "date", "amount"],
      ["A", "2024-01-05", 10],
      ["B", "2024-13-01", 5],
      ["A", "2024-01-09", excelError("#DIV/0!")],
      ["C", "2024-01-07", "12"],
    ];
    const out = summary(log, "", "", at("Log!D4:F8")).map((r) => r.map(shown));
    expect(out.map((r) => r[0]).slice(0, 3)).toEqual(["Customer ID", "A", "C"]);
    expect(out[3]![0]).toMatch(/^#N\/A E6: "2024-13-01" is not a date/);
    expect(out[4]![0]).toMatch(/^#N\/A F7: .*#DIV\/0!/);
    expect(out[3]!.slice(1)).toEqual(["", "", "", "", "", "", "", ""]);
    expect(out).toHaveLength(5);
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it.each([
      { args: [LOG, "", "months"], message: 'unit must be one of days, weeks; got "months"' },
      {
        args: [LOG, "1997-02-30"],
        message: 'asOf must be a date (a date cell, a serial or a text such as 2025-01-23); got "1997-02-30"',
      },
      { args: [[LOG[0]]], message: "The table has a header row but no rows of data." },
    ])("$message", ({ args, message }) => {
      expect(thrown(() => summary(...args))).toMatchObject({
        code: "#VALUE!",
        message,
      });
    });

    it("says a customer summary is not a transaction log", () => {
      const e = thrown(() =>
        summary([
          ["Customer ID", "Last purchase", "Purchases", "Total amount"],
          ["A", 45000, 2, 10],
        ]),
      );
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/^Cannot read the table as a transaction log .*missing column\(s\) transaction date/);
    });
  });
});

describeWithData("SUMMARY on the CDNOW sample", () => {
  it("reproduces the published calibration summary (x, t_x, T in weeks, zbar) of all 2,357 customers", () => {
    const lines = fs.readFileSync(path.join(DATA_DIR, "CDNOW_sample.txt"), "utf8").trim().split(/\r?\n/);
    const log: unknown[][] = [["customer_id", "date", "amount"]];
    for (const line of lines) {
      const [, sampleId, ymd, , value] = line.trim().split(/\s+/);
      log.push([Number(sampleId), `${ymd!.slice(0, 4)}-${ymd!.slice(4, 6)}-${ymd!.slice(6)}`, Number(value)]);
    }
    const out = summary(log, "1997-09-30", "weeks").slice(1);
    const published = cdnowSummary();
    expect(out.map((r) => r[0])).toEqual(published.id);
    // The published file rounds t_x, T and zbar to two decimals.
    const off = (column: number, expected: number[]) =>
      out.filter((r, i) => !(Math.abs((r[column] as number) - expected[i]!) <= 0.005 + 1e-9)).length;
    expect(out.map((r) => r[5])).toEqual(published.x);
    expect(off(6, published.tx)).toBe(0);
    expect(off(7, published.T)).toBe(0);
    expect(off(8, published.zbar)).toBe(0);
  });
});
