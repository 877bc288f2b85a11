import { dayFromYmd } from "../../../src/core/days";
import { describeIssue, type Issue } from "../../../src/core/issues";
import { readCustomers } from "../../../src/core/table/readCustomers";

const d = (iso: string): number => {
  const [y, m, day] = iso.split("-").map(Number);
  return dayFromYmd(y!, m!, day!);
};

const SUMMARY_HEADER = Object.freeze(["Customer ID", "Name", "Last Purchase Date", "Orders", "Total Amount"]);

function summary(...rows: unknown[][]): readonly (readonly unknown[])[] {
  return Object.freeze([SUMMARY_HEADER, ...rows.map((r) => Object.freeze(r))]);
}

const brief = (issues: readonly Issue[]): [string, string, string][] =>
  issues.map((i) => [i.code, i.severity, i.address]);

describe("readCustomers", () => {
  it("matches the example in its documentation", () => {
    const result = readCustomers([
      ["客户编号", "最近购买日期", "购买次数", "销售额(元)"],
      [1001, "2025-01-13", 3, "¥1,200"],
      [1002, "2025年1月23日", 1, 80],
    ]);
    expect(result.customers.map((c) => [c.id, c.recencyDays, c.purchases, c.total])).toEqual([
      ["1001", 10, 3, 1200],
      ["1002", 0, 1, 80],
    ]);
  });

  describe("a customer summary", () => {
    it("reads each row into a customer, with as-of defaulting to the latest last purchase", () => {
      const result = readCustomers(
        summary(["C1", "Acme", "2025-01-01", 4, 400], ["C2", "Beta", new Date(Date.UTC(2025, 0, 21)), 1, 50]),
      );
      expect(result.shape).toBe("summary");
      expect(result.asOf).toBe(d("2025-01-21"));
      expect(result.mapping).toEqual({ id: 0, name: 1, lastPurchase: 2, purchases: 3, total: 4 });
      expect(result.customers[1]).toEqual({
        id: "C2",
        row: 3,
        name: "Beta",
        recencyDays: 0,
        purchases: 1,
        total: 50,
        firstPurchase: d("2025-01-21"),
        lastPurchase: d("2025-01-21"),
        repeatCount: 0,
        repeatSpanDays: 0,
        ageDays: 0,
        repeatMean: 0,
      });
      expect(result.customers[0]).toMatchObject({ recencyDays: 20, repeatCount: 3, repeatMean: 100 });
      expect(result).toMatchObject({ rowsRead: 2, rowsUsed: 2, blankRows: 0, unmatchedHeaders: [] });
    });

    it("uses first purchase dates for age and repeat span", () => {
      const result = readCustomers(
        [
          ["ID", "First Purchase Date", "Last Purchase Date", "Purchases", "Amount"],
          ["A", "2024-12-01", "2025-01-01", 3, 90],
        ],
        { asOf: d("2025-01-31") },
      );
      expect(result.customers[0]).toMatchObject({
        recencyDays: 30,
        ageDays: 61,
        repeatSpanDays: 31,
        repeatCount: 2,
        repeatMean: 30,
      });
      expect(result.issues).toEqual([]);
    });

    it("notes once that repeat buyers without a first purchase date limit the model, and uses lower bounds", () => {
      const result = readCustomers(
        summary(["A", "", "2025-01-01", 3, 90], ["B", "", "2025-01-11", 2, 10], ["C", "", "2025-01-05", 1, 5]),
      );
      expect(brief(result.issues)).toEqual([["MODEL_NOTE", "warning", "1:1"]]);
      expect(result.issues[0]!.message.en).toContain("2 repeat customers");
      expect(result.customers[0]).toMatchObject({ recencyDays: 10, ageDays: 10, repeatSpanDays: 0, repeatCount: 2 });
      expect(result.customers[0]).not.toHaveProperty("firstPurchase");
    });

    it("keeps a one-time buyer whose first and last dates differ, with a warning and no repeat span", () => {
      const result = readCustomers(
        [
          ["ID", "First Purchase", "Last Purchase", "Purchases", "Amount"],
          ["A", "2024-12-01", "2025-01-01", 1, 90],
        ],
        { asOf: d("2025-01-31") },
      );
      expect(brief(result.issues)).toEqual([["INCONSISTENT", "warning", "B2"]]);
      expect(result.customers[0]).toMatchObject({ repeatSpanDays: 0, ageDays: 61, recencyDays: 30 });
    });

    it.each([
      { row: ["", "x", "2025-01-01", 1, 5], code: "MISSING_ID", address: "A3" },
      { row: ["#N/A", "x", "2025-01-01", 1, 5], code: "ERROR_VALUE", address: "A3" },
      { row: ["C9", "x", "", 1, 5], code: "MISSING_VALUE", address: "C3" },
      { row: ["C9", "x", "01/02/2025", 1, 5], code: "NOT_A_DATE", address: "C3" },
      { row: ["C9", "x", { error: "#REF!" }, 1, 5], code: "ERROR_VALUE", address: "C3" },
      { row: ["C9", "x", "2025-01-01", "many", 5], code: "NOT_A_NUMBER", address: "D3" },
      { row: ["C9", "x", "2025-01-01", 2.5, 5], code: "OUT_OF_RANGE", address: "D3" },
      { row: ["C9", "x", "2025-01-01", 0, 5], code: "OUT_OF_RANGE", address: "D3" },
      { row: ["C9", "x", "2025-01-01", 1, "abc"], code: "NOT_A_NUMBER", address: "E3" },
      { row: ["C9", "x", "2025-01-01", 1, "#DIV/0!"], code: "ERROR_VALUE", address: "E3" },
      { row: ["C1", "x", "2025-01-01", 1, 5], code: "DUPLICATE_ID", address: "A3" },
      { row: ["C9", "x", "2025-03-01", 1, 5], code: "FUTURE_DATE", address: "C3" },
    ])("drops a row with an error: $code at $address", ({ row, code, address }) => {
      const result = readCustomers(summary(["C1", "x", "2025-01-01", 1, 5], row), { asOf: d("2025-02-01") });
      expect(brief(result.issues)).toEqual([[code, "error", address]]);
      expect(result.customers.map((c) => c.id)).toEqual(["C1"]);
      expect(result.rowsUsed).toBe(1);
    });

    it("says that a customer with no purchase cannot be scored", () => {
      const { issues } = readCustomers(summary(["C1", "x", "2025-01-01", 0, 5]), { asOf: d("2025-02-01") });
      expect(issues[0]!.message.en).toContain("a customer with no purchase cannot be scored");
      expect(issues[0]!.message.zh).toContain("没有购买记录的客户无法评分");
    });

    it("reports each bad cell of a row, not only the first", () => {
      const { issues } = readCustomers(summary(["", "x", "soon", "many", "lots"]), { asOf: d("2025-02-01") });
      expect(brief(issues)).toEqual([
        ["MISSING_ID", "error", "A2"],
        ["NOT_A_DATE", "error", "C2"],
        ["NOT_A_NUMBER", "error", "D2"],
        ["NOT_A_NUMBER", "error", "E2"],
      ]);
    });

    it("keeps negative and zero totals with a warning", () => {
      const result = readCustomers(summary(["A", "x", "2025-01-01", 1, -5], ["B", "x", "2025-01-01", 1, "0"]));
      expect(brief(result.issues)).toEqual([
        ["NEGATIVE_AMOUNT", "warning", "E2"],
        ["ZERO_AMOUNT", "warning", "E3"],
      ]);
      expect(result.customers.map((c) => c.total)).toEqual([-5, 0]);
    });

    it("drops a row whose last purchase is before its first", () => {
      const result = readCustomers([
        ["ID", "First Purchase", "Last Purchase", "Purchases", "Amount"],
        ["A", "2025-02-01", "2025-01-01", 2, 9],
      ]);
      expect(brief(result.issues)).toEqual([["INCONSISTENT", "error", "C2"]]);
      expect(result.customers).toEqual([]);
      expect(result.asOf).toBeUndefined();
    });

    it("keeps the first of duplicate IDs and names its row in the message", () => {
      const result = readCustomers(
        summary(["A", "x", "2025-01-01", 1, 5], [" A ", "y", "2025-01-02", 1, 6], ["a", "z", "2025-01-03", 1, 7]),
      );
      expect(result.customers.map((c) => [c.id, c.name])).toEqual([
        ["A", "x"],
        ["a", "z"],
      ]);
      expect(brief(result.issues)).toEqual([["DUPLICATE_ID", "error", "A3"]]);
      expect(result.issues[0]!.message.en).toContain("row 2");
    });

    it("lets a later row keep an ID whose earlier row was dropped for another reason", () => {
      const result = readCustomers(summary(["A", "x", "bad", 1, 5], ["A", "y", "2025-01-02", 1, 6]));
      expect(result.customers.map((c) => c.name)).toEqual(["y"]);
      expect(brief(result.issues)).toEqual([["NOT_A_DATE", "error", "C2"]]);
    });

    it("writes numeric IDs without .0", () => {
      const result = readCustomers(summary([1001, "x", "2025-01-01", 1, 5], [1002.0, "y", "2025-01-01", 1, 5]));
      expect(result.customers.map((c) => c.id)).toEqual(["1001", "1002"]);
    });

    it("skips blank rows silently and counts them", () => {
      const result = readCustomers(
        summary(["A", "x", "2025-01-01", 1, 5], [], [null, "", "  "], ["B", "y", "2025-01-01", 1, 5], [undefined]),
      );
      expect(result.issues).toEqual([]);
      expect(result).toMatchObject({ rowsRead: 5, rowsUsed: 2, blankRows: 3 });
      expect(result.customers.map((c) => c.row)).toEqual([2, 5]);
    });

    it("treats missing trailing cells as blanks and ignores cells beyond the header", () => {
      const result = readCustomers(summary(["A", "x", "2025-01-01", 1, 5, "extra"], ["B", "y", "2025-01-01", 1]));
      expect(result.customers.map((c) => c.id)).toEqual(["A"]);
      expect(brief(result.issues)).toEqual([["MISSING_VALUE", "error", "E3"]]);
    });

    it("puts addresses where the table sits on the sheet", () => {
      const result = readCustomers(summary(["A", "x", "abc", 1, 5]), { headerRow: 5, firstColumn: 2 });
      expect(brief(result.issues)).toEqual([["NOT_A_DATE", "error", "E6"]]);
      expect(result.issues[0]).toMatchObject({ row: 6, column: "Last Purchase Date", value: "abc" });
    });

    it("writes messages in both languages that name the value and the field", () => {
      const { issues } = readCustomers(summary(["A", "x", "01/23/2025", 1, 5]));
      expect(describeIssue(issues[0]!, "en")).toBe(
        'C2: "01/23/2025" could be day/month or month/day (last purchase date); write dates as YYYY-MM-DD, e.g. 2025-01-23; the row was skipped.',
      );
      expect(describeIssue(issues[0]!, "zh")).toBe(
        "C2: “01/23/2025”无法区分日/月顺序（最近购买日期），请使用 YYYY-MM-DD 格式，例如 2025-01-23，已跳过该行。",
      );
    });

    it("reads optional fields, warning about unreadable ones and leaving them out", () => {
      const result = readCustomers([
        ["ID", "Last Purchase", "Orders", "Amount", "毛利", "行业", "NPS", "投诉次数", "净利率", "回款周期", "Region"],
        ["A", "2025-01-01", 2, 100, "¥30", "制造业", 9, 1, "12%", 45, "#N/A"],
        ["B", "2025-01-01", 2, 100, "n/a", "零售", "high", 1.5, 0.08, "", "East"],
      ]);
      expect(result.customers[0]).toMatchObject({
        margin: 30,
        industry: "制造业",
        nps: 9,
        complaints: 1,
        netMargin: 0.12,
        dso: 45,
      });
      expect(result.customers[0]).not.toHaveProperty("region");
      expect(result.customers[1]).toMatchObject({ industry: "零售", netMargin: 0.08, region: "East" });
      for (const key of ["margin", "nps", "complaints", "dso"]) expect(result.customers[1]).not.toHaveProperty(key);
      expect(brief(result.issues)).toEqual([
        ["MODEL_NOTE", "warning", "1:1"],
        ["ERROR_VALUE", "warning", "K2"],
        ["NOT_A_NUMBER", "warning", "E3"],
        ["NOT_A_NUMBER", "warning", "G3"],
        ["OUT_OF_RANGE", "warning", "H3"],
      ]);
      expect(result.issues[1]!.message.en).toContain("the value was ignored");
    });

    it("scales a 1–5 strategic-fit column to 0..1", () => {
      const result = readCustomers([
        ["ID", "Last Purchase", "Orders", "Amount", "战略匹配度"],
        ["A", "2025-01-01", 1, 1, 4],
        ["B", "2025-01-01", 1, 1, 5],
        ["C", "2025-01-01", 1, 1, 250],
      ]);
      expect(result.customers.map((c) => c.strategicFit)).toEqual([0.8, 1, undefined]);
      expect(brief(result.issues)).toEqual([["OUT_OF_RANGE", "warning", "E4"]]);
    });

    it("does not change its input", () => {
      const matrix = summary(["A", "x", "2025-01-01", 1, 5]);
      const copy = JSON.stringify(matrix);
      readCustomers(matrix);
      expect(JSON.stringify(matrix)).toBe(copy);
    });
  });

  describe("a transaction log", () => {
    const LOG = Object.freeze([
      Object.freeze(["客户编号", "客户名称", "订单日期", "订单金额", "毛利"]),
      Object.freeze(["A", "", "2025-01-01", 100, 20]),
      Object.freeze(["A", "Acme", "2025-01-01", 50, 10]),
      Object.freeze(["B", "Beta", "2025-01-03", "¥80", 16]),
      Object.freeze(["A", "Acme Ltd", "2025-01-11", 30, 6]),
      Object.freeze(["B", "Beta", "2025-01-05", -20, -4]),
    ]);

    it("summarises it per customer", () => {
      const result = readCustomers(LOG);
      expect(result.shape).toBe("transactions");
      expect(result.asOf).toBe(d("2025-01-11"));
      expect(result.customers).toEqual([
        {
          id: "A",
          row: 2,
          name: "Acme",
          recencyDays: 0,
          purchases: 2,
          total: 180,
          firstPurchase: d("2025-01-01"),
          lastPurchase: d("2025-01-11"),
          repeatCount: 1,
          repeatSpanDays: 10,
          ageDays: 10,
          repeatMean: 30,
          margin: 36,
        },
        {
          id: "B",
          row: 4,
          name: "Beta",
          recencyDays: 6,
          purchases: 2,
          total: 60,
          firstPurchase: d("2025-01-03"),
          lastPurchase: d("2025-01-05"),
          repeatCount: 1,
          repeatSpanDays: 2,
          ageDays: 8,
          repeatMean: -20,
          margin: 12,
        },
      ]);
      expect(brief(result.issues)).toEqual([["NEGATIVE_AMOUNT", "warning", "D6"]]);
      expect(result).toMatchObject({ rowsRead: 5, rowsUsed: 5 });
    });

    it("leaves out transactions after the as-of day with a warning each", () => {
      const result = readCustomers(LOG, { asOf: d("2025-01-04") });
      expect(result.customers.map((c) => [c.id, c.purchases, c.total])).toEqual([
        ["A", 1, 150],
        ["B", 1, 80],
      ]);
      expect(brief(result.issues)).toEqual([
        ["FUTURE_DATE", "warning", "C5"],
        ["FUTURE_DATE", "warning", "C6"],
        ["NEGATIVE_AMOUNT", "warning", "D6"],
      ]);
      expect(result.rowsUsed).toBe(3);
    });

    it("drops rows with an unreadable ID, date or amount, and warns about zero amounts", () => {
      const result = readCustomers([
        ["Customer ID", "Date", "Amount"],
        ["A", "2025-01-01", 10],
        ["", "2025-01-02", 10],
        ["A", "yesterday", 10],
        ["A", "2025-01-03", "ten"],
        ["A", "2025-01-04", 0],
      ]);
      expect(brief(result.issues)).toEqual([
        ["MISSING_ID", "error", "A3"],
        ["NOT_A_DATE", "error", "B4"],
        ["NOT_A_NUMBER", "error", "C5"],
        ["ZERO_AMOUNT", "warning", "C6"],
      ]);
      expect(result.customers[0]).toMatchObject({ purchases: 2, total: 10 });
    });
  });

  describe("numbers too large to read", () => {
    it("drops transactions of 10^15 or more, so a customer's total never overflows to Infinity", () => {
      const result = readCustomers([
        ["Customer ID", "Date", "Amount"],
        ["A", "2025-01-01", "1E+308"],
        ["A", "2025-01-02", "1E+308"],
        ["A", "2025-01-03", 10],
      ]);
      expect(brief(result.issues)).toEqual([
        ["OUT_OF_RANGE", "error", "C2"],
        ["OUT_OF_RANGE", "error", "C3"],
      ]);
      expect(result.customers.map((c) => [c.id, c.total])).toEqual([["A", 10]]);
      expect(result.issues[0]!.message.en).toBe(
        '"1E+308" is too large to read (total amount): numbers must be below 10^15, the 15 digits Excel keeps exactly; the row was skipped.',
      );
    });
  });

  describe("a lifetimes-style summary", () => {
    const HEADER = Object.freeze(["customer_id", "frequency", "recency", "T", "monetary_value"]);

    it("reads days by default and weeks when told", () => {
      const matrix = [HEADER, ["1", 2, 30, 38, 22.5]];
      expect(readCustomers(matrix).customers[0]).toMatchObject({
        repeatCount: 2,
        repeatSpanDays: 30,
        ageDays: 38,
        recencyDays: 8,
        purchases: 3,
        repeatMean: 22.5,
        total: 45,
      });
      expect(readCustomers(matrix, { unit: "weeks" }).customers[0]).toMatchObject({
        repeatSpanDays: 210,
        ageDays: 266,
        recencyDays: 56,
      });
      expect(readCustomers(matrix).asOf).toBeUndefined();
    });

    it("counts a one-time buyer's monetary value once in the total", () => {
      expect(readCustomers([HEADER, ["1", 0, 0, 38, 0]]).customers[0]).toMatchObject({
        purchases: 1,
        total: 0,
        repeatMean: 0,
      });
    });

    it.each([
      { row: ["1", 1, 40, 38, 5], address: "C2", why: "recency after T" },
      { row: ["1", 0, 3, 38, 0], address: "C2", why: "recency without a repeat purchase" },
      { row: ["1", 1, -1, 38, 5], address: "C2", why: "a negative recency" },
      { row: ["1", 1, 1, 38, -5], address: "E2", why: "a negative monetary value" },
    ])("drops a row with $why as INCONSISTENT", ({ row, address }) => {
      const result = readCustomers([HEADER, row]);
      expect(brief(result.issues)).toEqual([["INCONSISTENT", "error", address]]);
      expect(result.customers).toEqual([]);
    });

    it("requires frequency to be a whole number", () => {
      expect(brief(readCustomers([HEADER, ["1", 1.5, 1, 38, 5]]).issues)).toEqual([["OUT_OF_RANGE", "error", "B2"]]);
    });
  });

  describe("errors the caller must fix", () => {
    it.each([
      { matrix: [], why: "no rows at all" },
      { matrix: [[null, ""]], why: "an empty header row" },
      { matrix: [["ID", "Date", "Amount"]], why: "a header row only" },
      { matrix: [["ID", "Date", "Amount"], [], ["", null]], why: "only blank rows below the header" },
    ])("throws EMPTY_INPUT for $why", ({ matrix }) => {
      expect(() => readCustomers(matrix)).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
    });

    it("throws MISSING_COLUMN naming the missing columns in both languages", () => {
      let error: unknown;
      try {
        readCustomers([
          ["Customer ID", "Last Purchase Date", "Notes"],
          ["A", "2025-01-01", "x"],
        ]);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: "MISSING_COLUMN",
        detail: { shape: "summary", missing: ["purchases", "total"] },
      });
      expect((error as Error).message).toContain("purchase count, total amount");
      expect((error as { messageZh: string }).messageZh).toContain("购买次数、消费金额");
      expect((error as Error).message).toContain(
        "A transaction log needs customer ID, transaction date and amount columns",
      );
    });

    it.each([
      {
        shape: "summary" as const,
        matrix: [
          ["ID", "Date", "Amount"],
          ["A", 1, 1],
        ],
        missing: ["lastPurchase", "purchases"],
      },
      {
        shape: "transactions" as const,
        matrix: [
          ["ID", "Amount"],
          ["A", 1],
        ],
        missing: ["date"],
      },
      {
        shape: "lifetimes" as const,
        matrix: [
          ["ID", "frequency"],
          ["A", 1],
        ],
        missing: ["lifetimesRecency", "lifetimesT", "lifetimesMonetary"],
      },
    ])("names the columns a $shape needs when told the shape", ({ shape, matrix, missing }) => {
      expect(() => readCustomers(matrix, { shape })).toThrow(
        expect.objectContaining({ code: "MISSING_COLUMN", detail: { shape, missing } }),
      );
    });

    it.each([
      { options: { asOf: 1.5 } },
      { options: { unit: "months" } },
      { options: { shape: "wide" } },
      { options: { headerRow: 0 } },
      { options: { firstColumn: -1 } },
      { options: { mapping: { id: "Nope" } } },
    ])("throws BAD_ARGUMENT for $options", ({ options }) => {
      expect(() => readCustomers(summary(["A", "x", "2025-01-01", 1, 5]), options as never)).toThrow(
        expect.objectContaining({ code: "BAD_ARGUMENT" }),
      );
    });
  });

  describe("shape and mapping", () => {
    it("reads a table with dates and amounts but no count column as a log", () => {
      expect(
        readCustomers([
          ["ID", "Date", "Amount"],
          ["A", "2025-01-01", 1],
        ]).shape,
      ).toBe("transactions");
    });

    it("lets a mapping fix an unrecognised header", () => {
      const result = readCustomers(
        [
          ["Kunde", "Letzter Kauf", "Anzahl", "Umsatz"],
          ["A", "2025-01-01", 1, 5],
        ],
        {
          mapping: { id: 0, lastPurchase: "Letzter Kauf", purchases: 2, total: "Umsatz" },
        },
      );
      expect(result.customers.map((c) => c.id)).toEqual(["A"]);
      expect(result.unmatchedHeaders).toEqual([]);
    });

    it("reads a summary as a log when told, ignoring its count column", () => {
      const result = readCustomers(
        [
          ["ID", "Date", "Orders", "Amount"],
          ["A", "2025-01-01", 3, 5],
        ],
        { shape: "transactions" },
      );
      expect(result.customers[0]).toMatchObject({ purchases: 1, total: 5 });
    });
  });
});

describe("readCustomers with a name column but no ID column", () => {
  it("keys customers by the name column of a transaction log headed customer, date, total", () => {
    const { customers, shape } = readCustomers([
      ["Customer", "Date", "Total"],
      ["Acme", "2025-01-05", 100],
      ["Acme", "2025-03-05", 150],
      ["华东精密", "2025-02-05", 80],
    ]);
    expect(shape).toBe("transactions");
    expect(customers.map((c) => [c.id, c.purchases, c.total])).toEqual([
      ["Acme", 2, 250],
      ["华东精密", 1, 80],
    ]);
  });

  it("keeps the ID column when there is one", () => {
    const { customers } = readCustomers([
      ["客户编号", "客户", "日期", "金额"],
      ["C1", "Acme", "2025-01-05", 100],
    ]);
    expect(customers[0]).toMatchObject({ id: "C1", name: "Acme" });
  });
});
