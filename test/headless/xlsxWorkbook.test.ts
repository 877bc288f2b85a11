import ExcelJS from "exceljs";
import { SETTINGS_SHEET, XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

function customersWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Customers");
  ws.getCell("B3").value = "ID";
  ws.getCell("C3").value = "Name";
  ws.getCell("D3").value = "Segment";
  ws.addRow([]);
  ws.getCell("B4").value = "C1";
  ws.getCell("C4").value = '=HYPERLINK("http://example.com")';
  ws.getCell("D4").value = "my own note";
  ws.getCell("B5").value = "C2";
  ws.getCell("C5").value = { richText: [{ text: "华东" }, { text: "精密" }] };
  ws.getCell("B6").value = "C3";
  ws.getCell("C6").value = { formula: "1+1", result: 2 };
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer as ArrayBuffer);
  return again;
}

describe("XlsxWorkbook", () => {
  it("finds a table under the first non-blank row, wherever it starts on the sheet", async () => {
    const [table] = await new XlsxWorkbook(customersWorkbook()).listTables();
    expect(table).toMatchObject({ id: "Customers", headerRow: 3, firstColumn: 1, rowCount: 3 });
    expect(table.headers).toEqual(["ID", "Name", "Segment"]);
  });

  it("reads cells as plain values: rich text joined, formulas as their results", async () => {
    const { matrix } = await new XlsxWorkbook(customersWorkbook()).readTable("Customers");
    expect(matrix).toEqual([
      ["ID", "Name", "Segment"],
      ["C1", '=HYPERLINK("http://example.com")', "my own note"],
      ["C2", "华东精密", null],
      ["C3", 2, null],
    ]);
  });

  it("never overwrites a user's column that has the requested header, and says what it wrote instead", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    const written = await port.writeColumns("Customers", [{ header: "Segment", values: ["A", "B", "C"] }]);
    expect(written).toEqual([{ requested: "Segment", header: "Segment (CDP)", column: 4, replaced: false }]);
    const { matrix } = await port.readTable("Customers");
    expect(matrix.map((row) => row[2])).toEqual(["Segment", "my own note", null, null]);
    expect(matrix.map((row) => row[3])).toEqual(["Segment (CDP)", "A", "B", "C"]);
  });

  it("refreshes its own columns in place when run again", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    await port.writeColumns("Customers", [{ header: "CLV", values: [1, 2, 3] }]);
    const again = await port.writeColumns("Customers", [{ header: "CLV", values: [4, 5, 6] }]);
    expect(again).toEqual([{ requested: "CLV", header: "CLV", column: 4, replaced: true }]);
    const { matrix } = await port.readTable("Customers");
    expect(matrix[0]).toEqual(["ID", "Name", "Segment", "CLV"]);
    expect(matrix.slice(1).map((row) => row[3])).toEqual([4, 5, 6]);
  });

  it("clears a refreshed cell whose new value is blank, and creates no cell for a new blank", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    await port.writeColumns("Customers", [{ header: "CLV", values: [1, null, 3] }]);
    // The table starts at B3, so CLV is column E and the second customer is on row 5.
    expect(port.workbook.getWorksheet("Customers")?.getRow(5).findCell(5)).toBeUndefined();
    await port.writeColumns("Customers", [{ header: "CLV", values: [null, 5, 6] }]);
    const reopened = new XlsxWorkbook(await roundTrip(port.workbook));
    const { matrix } = await reopened.readTable("Customers");
    expect(matrix.slice(1).map((row) => row[3])).toEqual([null, 5, 6]);
  });

  it("refreshes its renamed column on the next run instead of renaming again", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    await port.writeColumns("Customers", [{ header: "Segment", values: ["A", "B", "C"] }]);
    const again = await port.writeColumns("Customers", [{ header: "Segment", values: ["D", "E", "F"] }]);
    expect(again).toEqual([{ requested: "Segment", header: "Segment (CDP)", column: 4, replaced: true }]);
    const { matrix } = await port.readTable("Customers");
    expect(matrix[0]).toEqual(["ID", "Name", "Segment", "Segment (CDP)"]);
  });

  it("keeps settings in a very hidden sheet that survives saving", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    await port.writeSettings({ scheme: "cn8", weights: [30, 25, 25, 20] });
    const reopened = new XlsxWorkbook(await roundTrip(port.workbook));
    expect(await reopened.readSettings()).toEqual({ scheme: "cn8", weights: [30, 25, 25, 20] });
    expect(reopened.workbook.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    expect((await reopened.listTables()).map((t) => t.id)).toEqual(["Customers"]);
  });

  it("splits a setting longer than Excel's cell limit over several cells and reads it back whole", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    const long = { notes: "计划".repeat(40_000) };
    await port.writeSettings({ long, short: 1 });
    const reopened = new XlsxWorkbook(await roundTrip(port.workbook));
    expect(await reopened.readSettings()).toEqual({ long, short: 1 });
    const sheet = reopened.workbook.getWorksheet(SETTINGS_SHEET);
    const lengths: number[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => lengths.push(String(cell.value).length)));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(32_767);
    expect(lengths.length).toBeGreaterThan(5);
  });

  it("writes customer text that looks like a formula as text", async () => {
    const port = new XlsxWorkbook(customersWorkbook());
    const payloads = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)"];
    await port.writeColumns("Customers", [{ header: "Echo", values: payloads.slice(0, 3) }]);
    const reopened = await roundTrip(port.workbook);
    const sheet = reopened.getWorksheet("Customers")!;
    const cells = [4, 5, 6].map((row) => sheet.getRow(row).getCell(5));
    expect(cells.map((c) => c.type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
    ]);
    expect(cells.map((c) => c.value)).toEqual(payloads.slice(0, 3));
  });
});
