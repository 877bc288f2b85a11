import ExcelJS from "exceljs";
import { analyzeTable } from "../../src/app/analyzeTable";
import type { WorkbookPort } from "../../src/app/ports";
import { COLUMN_MAPPINGS_SETTING, previewTable } from "../../src/app/previewTable";
import { dayFromIso } from "../../src/core/days";
import { FIELD_LABELS, readCustomers } from "../../src/core/table";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

/** A workbook with one sheet holding `rows` from `origin` (1-based row, 1-based column). */
function workbook(rows: readonly (readonly unknown[])[], sheet = "Customers", origin = { row: 1, column: 1 }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      ws.getCell(origin.row + r, origin.column + c).value = value as ExcelJS.CellValue;
    }),
  );
  return new XlsxWorkbook(wb);
}

/** A port that refuses every write, to prove a preview writes nothing. */
function readOnly(port: WorkbookPort): WorkbookPort {
  const refuse = () => Promise.reject(new Error("a preview must not write"));
  return {
    listTables: () => port.listTables(),
    readTable: (id, onProgress) => port.readTable(id, onProgress),
    readSettings: () => port.readSettings(),
    writeColumns: refuse,
    writeSheet: refuse,
    writeSettings: refuse,
  };
}

const EXAMPLE = [
  ["Customer ID", "Last purchase", "Orders", "Sales"],
  ["C1", "2025-01-13", 1, 1200],
  ["C2", "2025-01-23", 1, "n/a"],
];

/** 24 customers with a name column and one unreadable amount (row 5). */
function summaryRows(): unknown[][] {
  const rows: unknown[][] = [["Customer ID", "Name", "Last purchase date", "Purchases", "Total amount"]];
  for (let i = 0; i < 24; i++) {
    const last = new Date(Date.UTC(2025, 0, 1 + ((i * 37) % 360)));
    rows.push([`C${i + 1}`, `Customer ${i + 1}`, last, 1 + (i % 7), i === 3 ? "n/a" : 1000 + i * 250]);
  }
  return rows;
}

describe("previewTable", () => {
  it("reads the documented example: ready, 2 rows, 1 customer, the bad amount at D3", async () => {
    const preview = await previewTable(workbook(EXAMPLE), "Customers");
    expect([preview.status, preview.rowsRead, preview.customers, preview.issues.map((i) => i.address)]).toEqual([
      "ready",
      2,
      1,
      ["D3"],
    ]);
  });

  it("says which column holds which field, with each column's header and sheet letters", async () => {
    const preview = await previewTable(workbook(EXAMPLE), "Customers");
    expect(preview.fields).toEqual({ id: 0, lastPurchase: 1, purchases: 2, total: 3 });
    expect(preview.columns).toEqual([
      { index: 0, header: "Customer ID", letters: "A" },
      { index: 1, header: "Last purchase", letters: "B" },
      { index: 2, header: "Orders", letters: "C" },
      { index: 3, header: "Sales", letters: "D" },
    ]);
    expect(preview.shape).toBe("summary");
    expect(preview.required).toEqual(["id", "lastPurchase", "purchases", "total"]);
    expect(preview.missing).toEqual([]);
    expect(preview.userMapping).toEqual({});
  });

  it("gives the as-of date, by default the latest purchase date, else the one asked for", async () => {
    const port = workbook(EXAMPLE);
    expect((await previewTable(port, "Customers")).asOf).toBe("2025-01-13");
    expect((await previewTable(port, "Customers", { asOf: dayFromIso("2025-02-01") })).asOf).toBe("2025-02-01");
  });

  it("recognises Chinese headers", async () => {
    const port = workbook([
      ["客户编号", "客户名称", "最近购买日期", "购买次数", "销售额"],
      ["K1", "甲公司", "2025年1月23日", 2, "¥1,200"],
    ]);
    const preview = await previewTable(port, "Customers");
    expect(preview.status).toBe("ready");
    expect(preview.fields).toEqual({ id: 0, name: 1, lastPurchase: 2, purchases: 3, total: 4 });
    expect(preview.asOf).toBe("2025-01-23");
  });

  it("reports the columns a summary still needs instead of failing, with the fields it did find", async () => {
    const port = workbook([
      ["Customer ID", "Last purchase", "Sales", "Note"],
      ["C1", "2025-01-13", 1200, "x"],
    ]);
    const preview = await previewTable(port, "Customers");
    expect(preview.status).toBe("mappingNeeded");
    expect(preview.missing).toEqual(["purchases"]);
    expect(preview.fields).toEqual({ id: 0, lastPurchase: 1, total: 2 });
    expect(preview.problem?.en).toContain(FIELD_LABELS.purchases.en);
    expect(preview.problem?.zh).toContain(FIELD_LABELS.purchases.zh);
    expect([preview.customers, preview.issues]).toEqual([0, []]);
  });

  it("is ready once the user maps the missing field to a column, and reports that choice", async () => {
    const port = workbook([
      ["Customer ID", "Last purchase", "Sales", "Visits"],
      ["C1", "2025-01-13", 1200, 4],
    ]);
    const preview = await previewTable(port, "Customers", { mapping: { purchases: 3 } });
    expect(preview.status).toBe("ready");
    expect(preview.fields.purchases).toBe(3);
    expect(preview.userMapping).toEqual({ purchases: 3 });
    expect(preview.customers).toBe(1);
  });

  it.each([
    { why: "a header row and no data", rows: [["Customer ID", "Last purchase", "Orders", "Sales"]] },
    { why: "no cells at all", rows: [] },
  ])("calls a table with $why empty", async ({ rows }) => {
    const preview = await previewTable(workbook(rows), "Customers");
    expect(preview.status).toBe("empty");
    expect(preview.problem?.en).toEqual(expect.any(String));
    expect(preview.customers).toBe(0);
  });

  it("reads a transaction log as one", async () => {
    const port = workbook([
      ["Customer ID", "Date", "Amount"],
      ["C1", "2025-01-02", 10],
      ["C1", "2025-01-09", 20],
      ["C2", "2025-01-05", 5],
    ]);
    const preview = await previewTable(port, "Customers");
    expect([preview.status, preview.shape, preview.rowsRead, preview.customers]).toEqual([
      "ready",
      "transactions",
      3,
      2,
    ]);
    expect(preview.required).toEqual(["id", "date", "total"]);
  });

  it("gives the same issues, rows and customers as the table reader given the same matrix", async () => {
    const port = workbook(summaryRows());
    const preview = await previewTable(port, "Customers");
    const read = readCustomers((await port.readTable("Customers")).matrix);
    expect(preview.issues).toEqual(read.issues);
    expect([preview.rowsRead, preview.customers]).toEqual([read.rowsRead, read.customers.length]);
  });

  it("names the cells of a table that does not start at A1 as they are on the sheet", async () => {
    const port = workbook(EXAMPLE, "Customers", { row: 3, column: 3 });
    const preview = await previewTable(port, "Customers");
    expect(preview.columns.map((c) => c.letters)).toEqual(["C", "D", "E", "F"]);
    expect(preview.issues.map((i) => i.address)).toEqual(["F5"]);
  });

  it("writes nothing", async () => {
    const port = workbook(summaryRows());
    await expect(previewTable(readOnly(port), "Customers")).resolves.toMatchObject({ status: "ready" });
  });

  it("leaves out the columns Analyze wrote, and agrees with Analyze's issues", async () => {
    const port = workbook(summaryRows());
    const analysis = await analyzeTable(port, { table: "Customers", lang: "en" });
    const preview = await previewTable(port, "Customers");
    expect(preview.columns.map((c) => c.header)).toEqual(summaryRows()[0]);
    expect(preview.issues).toEqual(analysis.issues);
    expect(preview.customers).toBe(analysis.result.customers.length);
  });

  it("uses the column choices saved in the workbook, by header text, when none are given", async () => {
    const port = workbook([
      ["Customer ID", "Last purchase", "Sales", "Visits"],
      ["C1", "2025-01-13", 1200, 4],
    ]);
    await port.writeSettings({ [COLUMN_MAPPINGS_SETTING]: { Customers: { purchases: "Visits" } } });
    const preview = await previewTable(port, "Customers");
    expect(preview.status).toBe("ready");
    expect(preview.userMapping).toEqual({ purchases: 3 });
  });

  it("drops saved choices whose header is gone or whose column is already taken, and unknown fields", async () => {
    const port = workbook(EXAMPLE);
    await port.writeSettings({
      [COLUMN_MAPPINGS_SETTING]: {
        Customers: { total: "Revenue", name: "Orders", purchases: "Orders", nope: "Sales" },
      },
    });
    const preview = await previewTable(port, "Customers");
    // FIELD_KEYS order: name comes before purchases, so name takes "Orders" and purchases' choice is dropped.
    expect(preview.userMapping).toEqual({ name: 2 });
    expect(preview.fields.total).toBe(3);
    expect([preview.status, preview.missing]).toEqual(["mappingNeeded", ["purchases"]]);
  });

  it("lets the choices given override the saved ones", async () => {
    const port = workbook([
      ["Customer ID", "Last purchase", "Sales", "Visits", "Orders"],
      ["C1", "2025-01-13", 1200, 4, 5],
    ]);
    await port.writeSettings({ [COLUMN_MAPPINGS_SETTING]: { Customers: { purchases: "Visits" } } });
    const preview = await previewTable(port, "Customers", { mapping: {} });
    expect(preview.fields.purchases).toBe(4);
    expect(preview.userMapping).toEqual({});
  });

  it("rejects a chosen column that does not exist", async () => {
    await expect(
      previewTable(workbook(EXAMPLE), "Customers", { mapping: { purchases: "Visits" } }),
    ).rejects.toMatchObject({
      code: "BAD_ARGUMENT",
    });
  });
});
