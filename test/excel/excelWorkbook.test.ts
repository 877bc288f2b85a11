import ExcelJS from "exceljs";
import { analyzeTable } from "../../src/app/analyzeTable";
import type { AnalyzeResult } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { dayFromYmd } from "../../src/core/days";
import { isDomainError } from "../../src/core/errors";
import type { DomainError } from "../../src/core/errors";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { SETTINGS_SHEET, XlsxWorkbook } from "../../src/headless/xlsxWorkbook";
import { FakeExcel } from "./fakeExcel";
import { sampleExcel, sampleWorkbook } from "./sampleExcel";

const START = dayFromYmd(2026, 1, 1);
const SUMMARY = "客户汇总";

/** A small sheet "Customers": header in row 3 from column B, three customers, a user's "Segment" column. */
function customersExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Customers").putRows(2, 1, [
    ["ID", "Name", "Segment"],
    ["C1", "华东精密", "my own note"],
    ["C2", "=1+1", null],
    ["C3", "Alpha", null],
  ]);
  return excel;
}

async function plan(
  port: ExcelWorkbook,
  lang: "zh" | "en" = "zh",
): Promise<{ analysis: AnalyzeResult; sheet: string }> {
  const analysis = await analyzeTable(port, { table: SUMMARY, lang });
  return { analysis, sheet: await buildPlanSheet(port, { analysis, lang, start: START }) };
}

/** The DomainError a promise rejects with (fails the test when it resolves or throws something else). */
async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`Expected a DomainError, got ${String(error)}`);
  return error;
}

describe("ExcelWorkbook", () => {
  it("lists Excel tables first, then visible sheets without a table, skipping hidden, owned and settings sheets", async () => {
    const excel = await sampleExcel();
    const tabled = excel.addSheet("Tabled");
    tabled.putRows(4, 2, [
      ["Customer", "Amount"],
      ["A", 1],
      ["B", 2],
    ]);
    excel.addTable("Tabled", "Orders", "C5:D7");
    excel.addSheet("Hidden", "Hidden").put(0, 0, "x");
    excel.addSheet("Empty");
    excel.addSheet("Mine").put(0, 0, "ours");
    const port = new ExcelWorkbook(excel.run);
    await port.writeSettings({ ownedSheets: ["Mine"] });

    const tables = await port.listTables();
    expect(tables.map((t) => t.id)).toEqual(["Orders", SUMMARY, "Transactions"]);
    expect(tables[0]).toEqual({
      id: "Orders",
      sheet: "Tabled",
      tableName: "Orders",
      headerRow: 5,
      firstColumn: 2,
      rowCount: 2,
      headers: ["Customer", "Amount"],
    });
    expect(tables[1]).toMatchObject({ sheet: SUMMARY, headerRow: 1, firstColumn: 0, rowCount: 320 });
    expect(excel.sheet(SETTINGS_SHEET).visibility).toBe("VeryHidden");
  });

  it("finds the same tables and reads the same matrix as the command line, dates as Excel serials", async () => {
    const xlsx = new XlsxWorkbook(await sampleWorkbook());
    const port = new ExcelWorkbook((await sampleExcel()).run);
    const [ours, theirs] = [await port.listTables(), await xlsx.listTables()];
    expect(ours).toEqual(theirs);
    const [a, b] = [await port.readTable(SUMMARY), await xlsx.readTable(SUMMARY)];
    const serial = (v: unknown) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v);
    expect(a.matrix).toEqual(b.matrix.map((row) => row.map(serial)));
  });

  it("scores the sample exactly as the command line does", async () => {
    const xlsx = new XlsxWorkbook(await sampleWorkbook());
    const mine = await analyzeTable(new ExcelWorkbook((await sampleExcel()).run), { table: SUMMARY, lang: "zh" });
    const theirs = await analyzeTable(xlsx, { table: SUMMARY, lang: "zh" });
    expect(mine.written).toEqual(theirs.written);
    expect(mine.issues).toEqual(theirs.issues);
    expect(mine.segments).toEqual(theirs.segments);
    expect(mine.result.customers.map((c) => c.clv)).toEqual(theirs.result.customers.map((c) => c.clv));
  });

  it("never writes a cell outside its own columns and sheets through analyze and build plan, run twice", async () => {
    const excel = await sampleExcel();
    const port = new ExcelWorkbook(excel.run);
    const users = [SUMMARY, "Transactions"];
    const before = users.map((s) => excel.snapshot(s));
    const first = await plan(port);
    expect(first.sheet).toBe("客户发展计划");
    await analyzeTable(port, { table: "Transactions", lang: "en" });
    await plan(port);
    await analyzeTable(port, { table: "Transactions", lang: "en" });

    const owned = new Set(first.analysis.written.map((w) => w.column));
    expect(owned.size).toBe(first.analysis.written.length);
    // The owned columns were empty before, so the rest of the sheet must read exactly as it did.
    expect(excel.snapshot(SUMMARY, owned)).toBe(before[0]);
    expect(excel.snapshot("Transactions")).toBe(before[1]);
    const settings = await port.readSettings();
    const ownedSheets = new Set([...(settings.ownedSheets as string[]), SETTINGS_SHEET]);
    const columnsOf = (rect: { left: number; right: number }) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, k) => rect.left + k);
    const stray = excel.writes.filter(
      (w) => !ownedSheets.has(w.sheet) && !(w.sheet === SUMMARY && columnsOf(w.rect).every((c) => owned.has(c))),
    );
    expect(stray).toEqual([]);
    expect(excel.deletedSheets.every((s) => ownedSheets.has(s))).toBe(true);
  }, 30_000);

  it("keeps a person's column named like its own and writes its own as `Segment (CDP)`, refreshed in place next time", async () => {
    const excel = customersExcel();
    const port = new ExcelWorkbook(excel.run);
    const written = await port.writeColumns("Customers", [{ header: "Segment", values: ["A", "B", "C"] }]);
    expect(written).toEqual([{ requested: "Segment", header: "Segment (CDP)", column: 4, replaced: false }]);
    const again = await port.writeColumns("Customers", [{ header: "Segment", values: ["D", "E", null] }]);
    expect(again).toEqual([{ requested: "Segment", header: "Segment (CDP)", column: 4, replaced: true }]);
    const { matrix } = await port.readTable("Customers");
    expect(matrix.map((row) => row[2])).toEqual(["Segment", "my own note", null, null]);
    expect(matrix.map((row) => row[3])).toEqual(["Segment (CDP)", "D", "E", null]);
  });

  it("names the analysis' segment column `Segment (CDP)` beside a person's Segment column in the sample", async () => {
    const excel = await sampleExcel();
    const sheet = excel.sheet(SUMMARY);
    sheet.put(0, 20, "Segment");
    sheet.put(1, 20, "mine");
    const before = excel.snapshot(SUMMARY);
    const analysis = await analyzeTable(new ExcelWorkbook(excel.run), { table: SUMMARY, lang: "en" });
    const segment = analysis.written.find((w) => w.requested === "Segment");
    expect(segment).toMatchObject({ header: "Segment (CDP)", replaced: false });
    const owned = new Set(analysis.written.map((w) => w.column));
    expect(owned.has(20)).toBe(false);
    expect(excel.snapshot(SUMMARY, owned)).toBe(before);
  });

  it("skips a column holding data without a header instead of writing over it", async () => {
    const excel = customersExcel();
    excel.sheet("Customers").put(4, 4, "typed beside the table");
    const written = await new ExcelWorkbook(excel.run).writeColumns("Customers", [
      { header: "CLV", values: [1, 2, 3] },
    ]);
    expect(written[0].column).toBe(5);
    expect(excel.sheet("Customers").cell(4, 4)?.value).toBe("typed beside the table");
  });

  it("writes customer text that looks like a formula, a number or a date as text", async () => {
    const excel = customersExcel();
    const port = new ExcelWorkbook(excel.run);
    const payloads = [
      "=1+1",
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A2)",
      "\t=1+1",
      "＝1+1",
      "00123",
      "TRUE",
      "2025-01-13",
    ];
    const sheet = excel.sheet("Customers");
    sheet.putRows(
      6,
      1,
      payloads.map((p, i) => [`C${i + 4}`, null, null]),
    );
    await port.writeColumns("Customers", [{ header: "Echo", values: [...payloads.slice(0, 3), ...payloads] }]);
    const cells = Array.from({ length: 12 }, (_, i) => sheet.cell(3 + i, 4));
    expect(cells.map((c) => c?.value)).toEqual([...payloads.slice(0, 3), ...payloads]);
    expect(cells.every((c) => c?.formula === undefined && c?.numberFormat === "@")).toBe(true);

    const name = await port.writeSheet({
      name: "CDP Customers",
      rows: [
        ["ID", "Name"],
        ["00123", '=HYPERLINK("x")'],
      ],
    });
    const out = excel.sheet(name);
    expect([out.cell(1, 0)?.value, out.cell(1, 1)?.value, out.cell(1, 1)?.formula]).toEqual([
      "00123",
      '=HYPERLINK("x")',
      undefined,
    ]);
  });

  it("gives an Excel table its new columns through columns.add, never rows.add, and refreshes them in place", async () => {
    const excel = customersExcel();
    excel.addTable("Customers", "Clients", "B3:D6");
    excel.sheet("Customers").put(3, 4, "right of the table");
    const port = new ExcelWorkbook(excel.run);
    const first = await port.writeColumns("Clients", [
      { header: "segment", values: ["A", "B", "C"] },
      { header: "CLV", values: [1.5, 2, 3], numberFormat: "0.00" },
    ]);
    expect(first.map((w) => [w.header, w.column])).toEqual([
      ["segment (CDP)", 4],
      ["CLV", 5],
    ]);
    expect(excel.columnsAdded).toEqual([
      { table: "Clients", name: "segment (CDP)" },
      { table: "Clients", name: "CLV" },
    ]);
    expect(excel.sheet("Customers").cell(3, 6)?.value).toBe("right of the table");
    await port.writeColumns("Clients", [{ header: "CLV", values: [4, 5, 6] }]);
    expect(excel.columnsAdded).toHaveLength(2);
    expect(excel.rowsAddCalls).toBe(0);
    const { matrix, info } = await port.readTable("Clients");
    expect(info.headers).toEqual(["ID", "Name", "Segment", "segment (CDP)", "CLV"]);
    expect(matrix.map((row) => row[4])).toEqual(["CLV", 4, 5, 6]);
  });

  it("analyzes a sample copied into an Excel table: columns added to the table, user cells untouched", async () => {
    const excel = await sampleExcel();
    excel.addTable(SUMMARY, "Summary", "A1:T321");
    const before = excel.snapshot(SUMMARY);
    const port = new ExcelWorkbook(excel.run);
    const analysis = await analyzeTable(port, { table: "Summary", lang: "zh" });
    await analyzeTable(port, { table: "Summary", lang: "zh" });
    expect(excel.columnsAdded).toHaveLength(analysis.written.length);
    expect(excel.rowsAddCalls).toBe(0);
    expect(excel.model.table("Summary")?.rect.right).toBe(19 + analysis.written.length);
    expect(excel.snapshot(SUMMARY, new Set(analysis.written.map((w) => w.column)))).toBe(before);
  });

  it("takes the block around the selection as a table, keeps its id after its columns were written, and reads it", async () => {
    const excel = customersExcel();
    excel.select("Customers", "C4");
    const port = new ExcelWorkbook(excel.run);
    const info = await port.tableAtSelection();
    expect(info).toEqual({
      id: "Customers!B3:D6",
      sheet: "Customers",
      headerRow: 3,
      firstColumn: 1,
      rowCount: 3,
      headers: ["ID", "Name", "Segment"],
    });
    await port.writeColumns(info!.id, [{ header: "CLV", values: [1, 2, 3] }]);
    expect(await port.tableAtSelection()).toEqual(info);
    const again = await port.writeColumns(info!.id, [{ header: "CLV", values: [7, 8, 9] }]);
    expect(again).toEqual([{ requested: "CLV", header: "CLV", column: 4, replaced: true }]);
    expect((await port.readTable(info!.id)).matrix[1]).toEqual(["C1", "华东精密", "my own note"]);
    excel.select("Customers", "Z100");
    expect(await port.tableAtSelection()).toBeUndefined();
  });

  it("gives the Excel table under the selection", async () => {
    const excel = customersExcel();
    excel.addTable("Customers", "Clients", "B3:D6");
    excel.select("Customers", "D5");
    expect(await new ExcelWorkbook(excel.run).tableAtSelection()).toMatchObject({
      id: "Clients",
      tableName: "Clients",
    });
  });

  it("replaces its own sheet in the same tab position", async () => {
    const excel = customersExcel();
    excel.addSheet("After");
    const port = new ExcelWorkbook(excel.run);
    const name = await port.writeSheet({ name: "Scores", rows: [["ID"], ["C1"]], columnWidths: [14] });
    const sheets = excel.model.sheets;
    sheets.unshift(...sheets.splice(sheets.indexOf(excel.sheet(name)), 1)); // a person drags the tab first
    await port.writeSheet({ name: "Scores", rows: [["ID"], ["C2"]] });
    expect(excel.model.sheets[0].name).toBe("Scores");
    expect(excel.sheet("Scores").cell(1, 0)?.value).toBe("C2");
    expect(excel.deletedSheets).toEqual(["Scores"]);
  });

  it("writes a sheet with a bold frozen header, column formats and widths", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Data");
    const port = new ExcelWorkbook(excel.run);
    await port.writeSheet({
      name: "Scores",
      rows: [
        ["ID", "CLV"],
        ["C1", 1234.5],
      ],
      columnFormats: [undefined, "#,##0.00"],
      columnWidths: [8.43, 14],
    });
    const sheet = excel.sheet("Scores");
    expect(sheet.cell(0, 1)).toMatchObject({ value: "CLV", bold: true });
    expect(sheet.cell(1, 1)).toMatchObject({ value: 1234.5, numberFormat: "#,##0.00" });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths.get(0)).toBe(48);
    expect((await port.readSettings()).ownedSheets).toEqual(["Scores"]);
  });

  it("round-trips settings, a value longer than a cell holds included, and reads the command line's settings", async () => {
    const excel = new FakeExcel();
    const port = new ExcelWorkbook(excel.run);
    const settings = Object.freeze({
      scheme: "cn8",
      weights: [30, 25, 25, 20],
      count: 42,
      long: "长".repeat(70_000),
      gone: undefined,
    });
    await port.writeSettings(settings);
    expect(await port.readSettings()).toEqual({
      scheme: "cn8",
      weights: [30, 25, 25, 20],
      count: 42,
      long: settings.long,
    });
    const cells = [...excel.sheet(SETTINGS_SHEET).rows.values()].find((row) => row[0]?.value === "long")!;
    const lengths = cells.slice(1).map((c) => String(c?.value ?? "").length);
    expect(lengths.filter((n) => n > 0)).toHaveLength(3); // 70,002 JSON characters in cells of 32,000 at most
    expect(lengths.every((n) => n <= 32_767)).toBe(true);
    await port.writeSettings({ only: true });
    expect(await port.readSettings()).toEqual({ only: true });

    const fromFile = new XlsxWorkbook(new ExcelJS.Workbook());
    await fromFile.writeSettings({ ownedSheets: ["CDP Customers"], lastAnalysis: { lang: "zh" } });
    expect(await new ExcelWorkbook(FakeExcel.fromWorkbook(fromFile.workbook).run).readSettings()).toEqual({
      ownedSheets: ["CDP Customers"],
      lastAnalysis: { lang: "zh" },
    });
  });

  it("selects a cell on its sheet, and says which sheet is missing", async () => {
    const excel = customersExcel();
    excel.addSheet("Other");
    const port = new ExcelWorkbook(excel.run);
    await port.selectCell("Customers", "C5");
    expect(excel.model.selection).toEqual({
      sheet: excel.sheet("Customers"),
      rect: { top: 4, left: 2, bottom: 4, right: 2 },
    });
    expect(excel.model.active?.name).toBe("Customers");
    const error = await domainError(port.selectCell("Nope", "A1"));
    expect([error.code, error.message, error.messageZh]).toEqual([
      "BAD_ARGUMENT",
      'The workbook has no sheet named "Nope".',
      "工作簿中没有名为“Nope”的工作表。",
    ]);
  });

  it("throws BAD_ARGUMENT for a table id that names nothing, and EMPTY_INPUT when writing beside an empty sheet", async () => {
    const excel = customersExcel();
    excel.addSheet("Blank");
    const port = new ExcelWorkbook(excel.run);
    expect((await domainError(port.readTable("Nope"))).code).toBe("BAD_ARGUMENT");
    expect((await domainError(port.writeColumns("Blank", []))).code).toBe("EMPTY_INPUT");
    expect(await port.readTable("Blank")).toEqual({
      info: { id: "Blank", sheet: "Blank", headerRow: 1, firstColumn: 0, rowCount: 0, headers: [] },
      matrix: [],
    });
  });
});
