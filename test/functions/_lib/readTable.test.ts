import { readTable } from "../../../src/functions/_lib/readTable";
import { SUMMARY_HEADERS } from "../../../src/functions/_lib/outputHeaders";

const HEADER = ["Customer ID", "Last purchase", "Purchases", "Total amount"];

describe("readTable", () => {
  it("gives the documented example's result", () => {
    expect(readTable([HEADER, ["A", 45657, 2, 300]], "", "Sheet1!B3:E4").read.customers[0]!.row).toBe(4);
  });

  it("numbers rows and names cells from the table's place on the sheet", () => {
    const t = readTable([HEADER, ["A", "soon", 2, 300], ["B", 45600, 1, 5]], "", "Sheet1!C10:F12");
    expect(t.headerRow).toBe(10);
    expect(t.read.issues[0]).toMatchObject({ row: 11, address: "D11" });
    expect(t.read.customers[0]).toMatchObject({ id: "B", row: 12 });
  });

  it("counts from A1 without an address", () => {
    expect(readTable([HEADER, ["A", "soon", 2, 300], ["B", 45600, 1, 5]], "").read.issues[0]).toMatchObject({
      row: 2,
      address: "B2",
    });
  });

  it("uses the latest date in the data when no as-of date is given, and the given one otherwise", () => {
    expect(readTable([HEADER, ["A", 45657, 2, 300]], "").read.customers[0]!.recencyDays).toBe(0);
    expect(readTable([HEADER, ["A", 45657, 2, 300]], "2025-01-10").read.customers[0]!.recencyDays).toBe(10);
  });

  it("reads a table that is both a full summary and lifetimes-style as a summary, with its exact totals", () => {
    const t = readTable([[...SUMMARY_HEADERS], ["A", 45600, 45610, 2, 30, 1, 10, 27, 20]], "");
    expect(t.read.shape).toBe("summary");
    expect(t.read.customers[0]).toMatchObject({ total: 30, purchases: 2, repeatSpanDays: 10 });
  });

  it("reads a lifetimes-style table in the unit asked for", () => {
    const table = [
      ["ID", "frequency", "recency", "T", "monetary_value"],
      ["A", 2, 3, 4, 10],
    ];
    expect(readTable(table, "").read.customers[0]).toMatchObject({ repeatSpanDays: 3, ageDays: 4 });
    expect(readTable(table, "", undefined, { unit: "weeks" }).read.customers[0]).toMatchObject({
      repeatSpanDays: 21,
      ageDays: 28,
    });
  });

  it("forces the shape it is given", () => {
    expect(() => readTable([HEADER, ["A", 45657, 2, 300]], "", undefined, { shape: "transactions" })).toThrow(
      expect.objectContaining({ code: "MISSING_COLUMN" }),
    );
  });

  it("throws EMPTY_INPUT naming the first problem when no row can be used", () => {
    expect(() => readTable([HEADER, ["A", "soon", 2, 300]], "")).toThrow(
      expect.objectContaining({
        code: "EMPTY_INPUT",
        message: expect.stringMatching(/^No row of the table could be used: B2: /),
      }),
    );
    expect(() => readTable([HEADER, ["A", "soon", 2, 300]], "")).toThrow(
      expect.objectContaining({ messageZh: expect.stringMatching(/^表格中没有可用的数据行：B2: /) }),
    );
  });
});
