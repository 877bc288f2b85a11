import fc from "fast-check";
import { readCustomers } from "../../src/core/table";
import { scoreCustomers } from "../../src/core/score";
import { segmentScheme } from "../../src/core/rfm";
import { rfm as rfmFunction } from "../../src/functions/rfm";
import { summary } from "../../src/functions/summary";
import { excelError } from "./_lib/excelShapes";
import { at, DEC_31_2024, FOUR_CUSTOMERS, shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const rfm = rfmFunction as (...args: unknown[]) => any[][];

const HEADER = FOUR_CUSTOMERS[0]!;
const label = (scheme: Parameters<typeof segmentScheme>[0], key: string, lang: "en" | "zh") =>
  segmentScheme(scheme).segments.find((s) => s.key === key)!.label[lang];

describe("RFM", () => {
  describe("scores a customer summary", () => {
    // Hand-worked, quantile method (type-7 cut points, value on a cut goes to the lower bin):
    // recency 10, 200, 30, 400 → cuts 22, 64, 166, 280 → R 5, 2, 4, 1 (fewest days scores highest);
    // purchases 1, 5, 3, 2 → cuts 1.6, 2.2, 2.8, 3.8 → F 1, 5, 4, 2;
    // totals 100, 900, 300, 50 → cuts 80, 140, 260, 540 → M 2, 5, 4, 1.
    it("gives the hand-worked codes with the default 5 bins", () => {
      expect(rfm(FOUR_CUSTOMERS, DEC_31_2024)).toEqual([["RFM"], ["512"], ["255"], ["444"], ["121"]]);
    });

    it("gives the hand-worked codes with 2 bins (cut at the medians 115 days, 2.5 purchases, 200)", () => {
      expect(rfm(FOUR_CUSTOMERS, DEC_31_2024, "code", "", 2)).toEqual([["RFM"], ["211"], ["122"], ["222"], ["111"]]);
    });

    it.each([
      {
        output: "scores",
        expected: [
          ["R", "F", "M"],
          [5, 1, 2],
          [2, 5, 5],
          [4, 4, 4],
          [1, 2, 1],
        ],
      },
      {
        output: "segment",
        expected: [["Segment"], ["New Customers"], ["Can't Lose Them"], ["Loyal"], ["Lost"]],
      },
      {
        output: "ALL",
        expected: [
          ["R", "F", "M", "RFM", "Segment"],
          [5, 1, 2, "512", "New Customers"],
          [2, 5, 5, "255", "Can't Lose Them"],
          [4, 4, 4, "444", "Loyal"],
          [1, 2, 1, "121", "Lost"],
        ],
      },
    ])("spills the $output output (rfm11 grid on R × F)", ({ output, expected }) => {
      expect(rfm(FOUR_CUSTOMERS, DEC_31_2024, output)).toEqual(expected);
    });

    it("speaks Chinese: headers and segment labels", () => {
      expect(rfm(FOUR_CUSTOMERS, DEC_31_2024, "all", "", "", "", "zh")).toEqual([
        ["R评分", "F评分", "M评分", "RFM代码", "客户细分"],
        [5, 1, 2, "512", label("rfm11", "new", "zh")],
        [2, 5, 5, "255", label("rfm11", "cant-lose", "zh")],
        [4, 4, 4, "444", label("rfm11", "loyal", "zh")],
        [1, 2, 1, "121", label("rfm11", "lost", "zh")],
      ]);
    });

    it("uses the latest last purchase (2024-12-21) as the as-of date when none is given", () => {
      // Latest last purchase is A's (2024-12-21); recency is measured from there, which shifts every
      // customer equally and leaves the ranks, and so the scores, unchanged.
      expect(rfm(FOUR_CUSTOMERS)).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024));
      expect(rfm(FOUR_CUSTOMERS, "")).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024));
    });

    it.each([
      { asOf: "2024-12-31", why: "ISO text" },
      { asOf: "2024年12月31日", why: "Chinese date text" },
      { asOf: [[DEC_31_2024]], why: "a 1×1 range" },
    ])("reads the as-of date from $why", ({ asOf }) => {
      expect(rfm(FOUR_CUSTOMERS, asOf, "scores")).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024, "scores"));
    });

    it("reads numbers typed as text and dates typed as text", () => {
      const typed = [
        HEADER,
        ["A", "2024-12-21", "1", "100"],
        ["B", "2024-06-14", "5", "900"],
        ["C", "2024-12-01", " 3 ", "300"],
        ["D", "2023-11-27", "2", "50"],
      ];
      expect(rfm(typed, DEC_31_2024, "scores")).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024, "scores"));
    });

    it("reads Chinese headers", () => {
      const zh = [["客户编号", "最近购买日期", "购买次数", "消费金额"], ...FOUR_CUSTOMERS.slice(1)];
      expect(rfm(zh, DEC_31_2024)).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024));
    });

    it("scores a lifetimes-style table (frequency, recency, T, monetary_value in days)", () => {
      // frequency = purchases − 1; recency = first → last; T = first → as-of; monetary = total / max(frequency, 1)
      const lifetimes = [
        ["ID", "frequency", "recency", "T", "monetary_value"],
        ["A", 0, 0, 10, 100],
        ["B", 4, 300, 500, 225],
        ["C", 2, 100, 130, 150],
        ["D", 1, 50, 450, 50],
      ];
      expect(rfm(lifetimes, "", "scores")).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024, "scores"));
    });
  });

  describe("keeps its result aligned with the table", () => {
    const withProblems = [
      HEADER,
      FOUR_CUSTOMERS[1]!,
      FOUR_CUSTOMERS[2]!,
      ["X", "soon", 3, 300],
      ["", "", "", ""],
      FOUR_CUSTOMERS[3]!,
      ["Y", excelError("#N/A"), 2, 10],
      FOUR_CUSTOMERS[4]!,
    ];

    it("gives one row per data row: scores, #N/A for rows that could not be used, blanks for blank rows", () => {
      const out = rfm(withProblems, DEC_31_2024, "code").map((row) => row.map(shown));
      expect(out).toHaveLength(withProblems.length);
      expect(out[1]).toEqual(["512"]);
      expect(out[2]).toEqual(["255"]);
      expect(out[3]![0]).toMatch(/^#N\/A B4: "soon" is not a date/);
      expect(out[4]).toEqual([""]);
      expect(out[5]).toEqual(["444"]);
      expect(out[6]![0]).toMatch(/^#N\/A B7: .*#N\/A/);
      expect(out[7]).toEqual(["121"]);
    });

    it("puts the #N/A in every column of a bad row, as a CustomFunctions.Error", () => {
      const row = rfm(withProblems, DEC_31_2024, "all")[3]!;
      expect(row).toHaveLength(5);
      for (const cell of row) {
        expect(cell).toBeInstanceOf(CustomFunctions.Error);
        expect(cell).toMatchObject({ code: "#N/A" });
      }
    });

    it("names the real cell when Excel gives the table's address", () => {
      const out = rfm(withProblems, DEC_31_2024, "code", "", "", "", "", at("'Q1 data'!C5:F12"));
      expect(shown(out[3]![0])).toMatch(/^#N\/A D8: "soon" is not a date/);
    });

    it("writes the row messages in Chinese when lang is zh", () => {
      expect(shown(rfm(withProblems, DEC_31_2024, "code", "", "", "", "zh")[3]![0])).toMatch(
        /^#N\/A B4: “soon”不是有效的日期/,
      );
    });

    it("scores the good rows exactly as if the bad ones were not there", () => {
      const out = rfm(withProblems, DEC_31_2024, "scores");
      expect([out[1], out[2], out[5], out[7]]).toEqual(rfm(FOUR_CUSTOMERS, DEC_31_2024, "scores").slice(1));
    });

    it("moves each customer's result with its row when the rows are reordered", () => {
      const data = FOUR_CUSTOMERS.slice(1);
      const base = rfm(FOUR_CUSTOMERS, DEC_31_2024, "all");
      fc.assert(
        fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), (order) => {
          const out = rfm([HEADER, ...order.map((i) => data[i]!)], DEC_31_2024, "all");
          expect(out.slice(1)).toEqual(order.map((i) => base[i + 1]));
        }),
        { seed: 42, numRuns: 24 },
      );
    });
  });

  describe("scores a transaction log per customer", () => {
    const log = [
      ["customer_id", "date", "amount"],
      [1001, 45600, 10],
      [1001, 45610, 20],
      ["C-7", "bad", 5],
      [1002, "2024-12-01", 7],
    ];

    it("spills a header and one row per customer, the ID first (numbers stay numbers), then the unreadable rows", () => {
      const out = rfm(log, "", "all").map((row) => row.map(shown));
      expect(out[0]).toEqual(["Customer ID", "R", "F", "M", "RFM", "Segment"]);
      expect(out[1]![0]).toBe(1001);
      expect(out[2]![0]).toBe(1002);
      // 1001: last bought 2024-11-03, 2 purchases, 30 in total; 1002: 2024-12-01, 1 purchase, 7: with two customers
      // every dimension's cut points fall between them, so each scores 1 or 5.
      expect(out[1]!.slice(1, 5)).toEqual([1, 5, 5, "155"]);
      expect(out[2]!.slice(1, 5)).toEqual([5, 1, 1, "511"]);
      expect(out[3]![0]).toMatch(/^#N\/A B4: "bad" is not a date/);
      expect(out[3]!.slice(1)).toEqual(["", "", "", "", ""]);
      expect(out).toHaveLength(4);
    });

    it("uses the Chinese ID header with lang zh", () => {
      expect(rfm(log, "", "code", "", "", "", "zh")[0]).toEqual(["客户编号", "RFM代码"]);
    });

    it("gives the same scores for CDP.SUMMARY's result as for the log itself", () => {
      const big = transactionLog();
      const fromLog = rfm(big, "", "all").slice(1);
      const fromSummary = rfm(summary(big), "", "all").slice(1);
      expect(fromSummary).toEqual(fromLog.map((row) => row.slice(1)));
    });
  });

  describe("agrees with the scoring the task pane runs (scoreCustomers)", () => {
    it.each([
      { scheme: "rfm11", method: "quantile", bins: 5 },
      { scheme: "rfm-r10", method: "rank", bins: 5 },
      { scheme: "cn8", method: "mean", bins: 5 },
      { scheme: "cn8-volcano", method: "quantile-r", bins: 4 },
      { scheme: "rfm11", method: "quantile", bins: 10 },
    ] as const)("for scheme $scheme, method $method, $bins bins", ({ scheme, method, bins }) => {
      const log = transactionLog();
      const customers = readCustomers(log).customers;
      const expected = scoreCustomers(customers, { rfm: { scheme, method, bins } }).customers.map((s) => [
        Number(s.customer.id),
        s.rfm.r,
        s.rfm.f,
        s.rfm.m,
        s.rfm.code,
        label(scheme, s.rfm.segment, "en"),
      ]);
      expect(rfm(log, "", "all", scheme, bins, method).slice(1)).toEqual(expected);
    });
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it.each([
      { args: [FOUR_CUSTOMERS, "", "codes"], message: 'output must be one of code, scores, segment, all; got "codes"' },
      {
        args: [FOUR_CUSTOMERS, "", "", "rfm12"],
        message: 'scheme must be one of rfm11, rfm, rfm-r10, cn8, cn8-volcano; got "rfm12"',
      },
      { args: [FOUR_CUSTOMERS, "", "", "", 11], message: "bins must be a whole number from 2 to 10; got 11" },
      { args: [FOUR_CUSTOMERS, "", "", "", "2.5"], message: "bins must be a whole number from 2 to 10; got 2.5" },
      {
        args: [FOUR_CUSTOMERS, "", "", "", "", "fixed"],
        message: 'method must be one of quantile, quantile-r, rank, mean; got "fixed"',
      },
      {
        args: [FOUR_CUSTOMERS, "next week"],
        message: 'asOf must be a date (a date cell, a serial or a text such as 2025-01-23); got "next week"',
      },
      { args: [FOUR_CUSTOMERS, excelError("#REF!")], message: "asOf is an error value (#REF!)" },
    ])("$message", ({ args, message }) => {
      const e = thrown(() => rfm(...args));
      expect(e).toBeInstanceOf(CustomFunctions.Error);
      expect(e).toMatchObject({ code: "#VALUE!", message });
    });

    it.each([
      { table: [HEADER], why: "a header row only" },
      { table: [HEADER, ["", "", "", ""]], why: "a header and blank rows" },
      { table: "Customer ID", why: "a single cell" },
    ])("says there are no data rows for $why", ({ table }) => {
      expect(thrown(() => rfm(table))).toMatchObject({
        code: "#VALUE!",
        message: "The table has a header row but no rows of data.",
      });
    });

    it("says which columns are missing", () => {
      const e = thrown(() =>
        rfm([
          ["Name", "City"],
          ["A", "B"],
        ]),
      );
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/missing column\(s\)/);
    });

    it("says why when no row could be used, naming the first problem", () => {
      const e = thrown(() => rfm([HEADER, ["A", "soon", 1, 10], ["B", "later", 2, 20]]));
      expect(e).toMatchObject({ code: "#VALUE!" });
      expect(e.message).toBe(
        `No row of the table could be used: B2: ${readCustomers([HEADER, ["A", "soon", 1, 10]]).issues[0]!.message.en} (and 1 more problems)`,
      );
    });

    it("gives the message in Chinese with lang zh", () => {
      expect(thrown(() => rfm(FOUR_CUSTOMERS, "", "", "", 11, "", "zh"))).toMatchObject({
        code: "#VALUE!",
        message: "bins 必须是介于 2 到 10 之间的整数，当前为 11",
      });
    });

    it("does not change the table it is given", () => {
      const frozen = FOUR_CUSTOMERS.map((r) => Object.freeze([...r]));
      Object.freeze(frozen);
      expect(() => rfm(frozen, DEC_31_2024, "all")).not.toThrow();
    });
  });
});
