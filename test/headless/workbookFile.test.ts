import ExcelJS from "exceljs";
import {
  csvSheetName,
  loadWorkbook,
  saveWorkbook,
  WorkbookFileError,
  workbookFileKind,
} from "../../src/headless/workbookFile";

describe("workbookFileKind", () => {
  it.each([
    ["客户.xlsx", "xlsx"],
    ["data.CSV", "csv"],
  ])("reads %s as %s", (name, kind) => {
    expect(workbookFileKind(name)).toBe(kind);
  });

  it.each([
    ["book.xlsm", /macro-enabled/],
    ["book.xls", /old \.xls format/],
    ["notes.docx", /use an \.xlsx or a \.csv/],
  ])("refuses %s with a message saying what to do", (name, message) => {
    expect(() => workbookFileKind(name)).toThrow(message);
  });
});

describe("loadWorkbook", () => {
  it("keeps CSV cells as the text that was typed, in one sheet named after the file", async () => {
    const csv = new TextEncoder().encode('客户编号,金额\r\nC1,"¥1,200"\r\nC2,=1+1\r\n');
    const port = await loadWorkbook(csv, "/tmp/客户 2025.csv");
    const [table] = await port.listTables();
    expect(table.id).toBe("客户 2025");
    expect((await port.readTable(table.id)).matrix).toEqual([
      ["客户编号", "金额"],
      ["C1", "¥1,200"],
      ["C2", "=1+1"],
    ]);
  });

  it("refuses an .xlsx file that is not a zip archive", async () => {
    await expect(loadWorkbook(new TextEncoder().encode("ID,Amount\n"), "fake.xlsx")).rejects.toThrow(WorkbookFileError);
  });

  it("round-trips an .xlsx workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRow(["ID", "Total"]);
    wb.getWorksheet("S")!.addRow(["C1", 5]);
    const port = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "in.xlsx");
    const again = await loadWorkbook(await saveWorkbook(port, "out.xlsx", "S"), "out.xlsx");
    expect((await again.readTable("S")).matrix).toEqual([
      ["ID", "Total"],
      ["C1", 5],
    ]);
  });

  it("saves one sheet as CSV with formula-looking text neutralised", async () => {
    const port = await loadWorkbook(new TextEncoder().encode("ID,Name\nC1,=HYPERLINK(1)\n"), "in.csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await saveWorkbook(port, "out.csv", "in"));
    expect(text).toBe("\uFEFFID,Name\r\nC1,'=HYPERLINK(1)\r\n");
  });
});

describe("saveWorkbook", () => {
  it.each(["a\r\nb", "\r=1+1", "x\u0001y", "tab\there", "_x000D_", "_x005f_x0041_", "a_x12_b"])(
    "keeps the text %j through saving as .xlsx and reopening",
    async (text) => {
      const port = await loadWorkbook(new TextEncoder().encode("ID,Name\nC1,x\n"), "in.csv");
      const sheet = port.workbook.getWorksheet("in")!;
      sheet.getCell("B2").value = text;
      sheet.getCell("C2").value = { richText: [{ text }] };
      const again = await loadWorkbook(await saveWorkbook(port, "out.xlsx", "in"), "out.xlsx");
      expect(again.workbook.getWorksheet("in")!.getCell("B2").value).toBe(text);
      expect(again.workbook.getWorksheet("in")!.getCell("C2").value).toEqual({ richText: [{ text }] });
      // The workbook in memory is left as it was.
      expect(sheet.getCell("B2").value).toBe(text);
    },
  );

  it("saves a sheet as CSV whole, with the cells outside the table's header", async () => {
    const port = await loadWorkbook(new TextEncoder().encode(",ID,Amount\nnote,C1,5,extra\n"), "in.csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await saveWorkbook(port, "out.csv", "in"));
    expect(text).toBe("\uFEFF,ID,Amount,\r\nnote,C1,5,extra\r\n");
  });
});

describe("csvSheetName", () => {
  it("drops the folder and extension and characters a sheet name cannot hold", () => {
    expect(csvSheetName("C:\\data\\a/b[1].csv")).toBe("b_1_");
  });
});
