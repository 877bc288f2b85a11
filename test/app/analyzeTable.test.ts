import ExcelJS from "exceljs";
import { analyzeTable, CUSTOMER_SHEET } from "../../src/app/analyzeTable";
import { SCORE_COLUMNS } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import { scoreCustomers } from "../../src/core/score";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

const HEADER = ["Customer ID", "Name", "Last purchase date", "Purchases", "Total amount", "Segment"];

/** 24 customers, one with an unreadable amount (row 5), and a user column named "Segment". */
function summaryWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Customers");
  ws.addRow(HEADER);
  for (let i = 0; i < 24; i++) {
    const last = new Date(Date.UTC(2025, 0, 1 + ((i * 37) % 360)));
    ws.addRow([`C${i + 1}`, `=Customer ${i + 1}`, last, 1 + (i % 7), i === 3 ? "n/a" : 1000 + i * 250, `note ${i}`]);
  }
  return wb;
}

function userCells(wb: ExcelJS.Workbook): unknown[][] {
  const ws = wb.getWorksheet("Customers")!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= 25; r++) rows.push(HEADER.map((_, c) => ws.getRow(r).getCell(c + 1).value));
  return rows;
}

describe("analyzeTable", () => {
  it("writes one owned column per score next to the table and leaves every user cell as it was", async () => {
    const wb = summaryWorkbook();
    const before = JSON.stringify(userCells(wb));
    const port = new XlsxWorkbook(wb);
    const result = await analyzeTable(port, { table: "Customers", lang: "en" });
    expect(JSON.stringify(userCells(wb))).toBe(before);
    expect(result.written.map((w) => w.header)).toEqual([
      ...SCORE_COLUMNS.map((c) => (c.header.en === "Segment" ? "Segment (CDP)" : c.header.en)),
      "CDP_note",
    ]);
    expect(result.written.every((w) => w.column >= HEADER.length)).toBe(true);
  });

  it("leaves the scores of a bad row empty and explains it in the note column", async () => {
    const port = new XlsxWorkbook(summaryWorkbook());
    const result = await analyzeTable(port, { table: "Customers", lang: "en" });
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.address)).toEqual(["E5"]);
    const { matrix } = await port.readTable("Customers");
    const header = matrix[0];
    const row5 = matrix[4];
    expect(row5[header.indexOf("RFM")]).toBeNull();
    expect(String(row5[header.indexOf("CDP_note")])).toMatch(/^E5: /);
    expect(matrix[1][header.indexOf("RFM")]).toMatch(/^\d{3}$/);
  });

  it("writes the same scores as the core computes for the same table", async () => {
    const wb = summaryWorkbook();
    const port = new XlsxWorkbook(wb);
    const { matrix: input } = await port.readTable("Customers");
    const expected = scoreCustomers(readCustomers(input).customers);
    await analyzeTable(port, { table: "Customers", lang: "en" });
    const { matrix } = await port.readTable("Customers");
    const codes = matrix
      .slice(1)
      .map((row) => row[matrix[0].indexOf("RFM")])
      .filter((v) => v !== null);
    expect(codes).toEqual(expected.customers.map((c) => c.rfm.code));
  });

  it("gives the same workbook when run twice: its own columns are refreshed, not added again", async () => {
    const port = new XlsxWorkbook(summaryWorkbook());
    await analyzeTable(port, { table: "Customers", lang: "en" });
    const first = (await port.readTable("Customers")).matrix;
    const again = await analyzeTable(port, { table: "Customers", lang: "en" });
    const second = (await port.readTable("Customers")).matrix;
    expect(second).toEqual(first);
    expect(again.written.every((w) => w.replaced)).toBe(true);
  });

  it("writes Chinese headers and labels when asked", async () => {
    const port = new XlsxWorkbook(summaryWorkbook());
    const result = await analyzeTable(port, { table: "Customers", lang: "zh" });
    expect(result.written.map((w) => w.header)).toContain("客户细分");
    expect(result.issues.find((i) => i.severity === "error")!.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("scores a transaction log into a per-customer sheet the add-in owns", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Log");
    ws.addRow(["Customer ID", "Order date", "Amount"]);
    ws.addRow(["A", new Date(Date.UTC(2025, 0, 5)), 100]);
    ws.addRow(["A", new Date(Date.UTC(2025, 2, 5)), 150]);
    ws.addRow(["B", new Date(Date.UTC(2025, 1, 5)), 80]);
    const port = new XlsxWorkbook(wb);
    const result = await analyzeTable(port, { table: "Log", lang: "en" });
    expect(result.shape).toBe("transactions");
    expect(result.customerSheet).toBe(CUSTOMER_SHEET.en);
    const { matrix } = await port.readTable(CUSTOMER_SHEET.en);
    expect(matrix.map((row) => row[0])).toEqual(["Customer ID", "A", "B"]);
    expect(matrix[1].slice(2, 6)).toEqual([new Date(Date.UTC(2025, 0, 5)), new Date(Date.UTC(2025, 2, 5)), 2, 250]);
    expect((await port.listTables()).map((t) => t.id)).toEqual(["Log"]);
    const again = await analyzeTable(port, { table: "Log", lang: "en" });
    expect(again.customerSheet).toBe(CUSTOMER_SHEET.en);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith("CDP Customers"))).toEqual(["CDP Customers"]);
  });

  it("tells where the scored table is, for the plan's live formulas, also after a second run", async () => {
    const port = new XlsxWorkbook(summaryWorkbook());
    await analyzeTable(port, { table: "Customers", lang: "en" });
    const { liveTable } = await analyzeTable(port, { table: "Customers", lang: "en" });
    const header = (await port.readTable("Customers")).matrix[0];
    expect(liveTable).toMatchObject({ sheet: "Customers", firstRow: 1, lastRow: 24, lang: "en" });
    const at = (key: keyof NonNullable<typeof liveTable>["columns"]) => header[liveTable?.columns[key] ?? -1];
    expect([
      at("purchases"),
      at("total"),
      at("clv"),
      at("churn"),
      at("segment"),
      at("valueTier"),
      at("priority"),
    ]).toEqual(["Purchases", "Total amount", "CLV", "Churn_warning", "Segment (CDP)", "Value_tier", "Priority"]);
    expect(liveTable?.columns.nps).toBeUndefined();
  });

  it("points the live formulas of a transaction log at its per-customer sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Log");
    ws.addRow(["Customer ID", "Order date", "Amount"]);
    ws.addRow(["A", new Date(Date.UTC(2025, 0, 5)), 100]);
    ws.addRow(["B", new Date(Date.UTC(2025, 1, 5)), 80]);
    const port = new XlsxWorkbook(wb);
    const { liveTable } = await analyzeTable(port, { table: "Log", lang: "zh" });
    const header = (await port.readTable(CUSTOMER_SHEET.zh)).matrix[0];
    expect(liveTable).toMatchObject({ sheet: CUSTOMER_SHEET.zh, firstRow: 1, lastRow: 2, lang: "zh" });
    const columns = liveTable?.columns ?? {};
    expect([columns.purchases, columns.total, columns.clv, columns.churn].map((c) => header[c ?? -1])).toEqual([
      "购买次数",
      "消费金额",
      "客户终身价值",
      "流失预警",
    ]);
  });
});
