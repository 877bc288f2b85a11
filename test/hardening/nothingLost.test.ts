/**
 * Nothing the user wrote is lost (SPEC §5, §7), on the .xlsx path: a workbook with a customer table,
 * a column named like one of CDP's, a note beside the table, formulas, rich text, a hyperlink,
 * styles, merged cells, a comment and a hidden sheet goes through Analyze and Build plan twice, with
 * a save and reopen after each run and edits typed into the plan in between.
 *
 * Asserted: every user cell (value, formula, style, comment) is byte-for-byte what it was, and no
 * cell of the user's area gains a value; merges, column widths and sheet states are kept; the user's
 * "Segment" column is untouched and CDP's goes to "Segment (CDP)"; a rerun refreshes CDP's columns in
 * place; every edit typed into the plan (owners, dates, statuses, RACI letters, the team's SWOT
 * notes) survives both rebuilds, and the cells nobody edited follow the new plan.
 */
import ExcelJS from "exceljs";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import type { InputCellRecord } from "../../src/core/plan/layout";
import { RACI_LETTERS, STATUS_VALUES } from "../../src/core/plan/layout";
import { loadWorkbook, saveWorkbook } from "../../src/headless/workbookFile";
import type { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

const TABLE = "Customers";

/** The user's workbook, built cell by cell. */
async function userWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TABLE);
  ws.addRow(["Customer ID", "Customer name", "Last purchase date", "Purchases", "Total amount", "Segment", "Region"]);
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));
  const rows: unknown[][] = [
    ["C01", "华东精密", day(5), 12, 58_000, "VIP", "华东"],
    ["C02", { richText: [{ text: "Acme " }, { text: "Ltd", font: { bold: true } }] }, day(20), 3, 4_200, "", "North"],
    ["C03", { text: "Beta Co", hyperlink: "https://example.invalid/beta" }, day(11), 1, 900, "New", "South"],
    ["C04", "=1+1", day(28), 7, { formula: "2000*3", result: 6000 }, "Key", "华南"],
    ["C05", "Gamma\r\nGroup", "2025年1月9日", "５", "¥12,500", "Normal", "  West  "],
    ["C06", "Delta", "not a date", 2, 300, "Normal", "East"],
    ["C07", "Epsilon", day(30), 4, "#N/A", "Normal", "East"],
    ["C01", "Duplicate", day(2), 1, 10, "Normal", "East"],
    ["C08", "_x000D_ literal", day(15), 6, 7_700, "Normal", "West"],
    ["C09", "Zeta", day(17), 9, 15_300.5, "VIP", "North"],
  ];
  for (const row of rows) ws.addRow(row);
  ws.getCell("B2").font = { bold: true, color: { argb: "FF1F3864" } };
  ws.getCell("E2").numFmt = "#,##0.00";
  ws.getCell("C2").numFmt = "yyyy-mm-dd";
  ws.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  ws.getCell("A4").note = "Key account since 2019";
  ws.getColumn(2).width = 24;
  // A note to the right of the table, under an empty header cell, and one below the table.
  ws.getCell("I3").value = "call back in March";
  ws.getCell("A14").value = "Figures from the 2025 ledger";

  const notes = wb.addWorksheet("Notes");
  notes.mergeCells("A1:C1");
  notes.getCell("A1").value = "Account review";
  notes.getCell("A2").value = { formula: "COUNTA(Customers!A2:A11)", result: 10 };
  notes.getCell("B2").value = 0.125;
  notes.getCell("B2").numFmt = "0.0%";
  notes.getCell("A3").value = new Date(Date.UTC(2025, 5, 30));
  notes.getCell("A4").value = "+cmd|' /C calc'!A0";
  notes.getCell("A5").value = "x\u0001y";
  const hidden = wb.addWorksheet("Archive", { state: "hidden" });
  hidden.getCell("A1").value = "old data";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface SheetSnapshot {
  readonly cells: Map<string, string>;
  readonly merges: string;
  readonly widths: string;
  readonly state: string;
  readonly rows: number;
  readonly columns: number;
}

/** Every cell of every sheet, read with the workbook library itself (not with CDP's reader). */
async function snapshot(bytes: Uint8Array, sheets: readonly string[]): Promise<Map<string, SheetSnapshot>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, SheetSnapshot>();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name)!;
    const cells = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(
          cell.address,
          JSON.stringify({ value: cell.value, style: cell.style, note: cell.note ?? null, type: cell.type }),
        );
      });
    });
    out.set(name, {
      cells,
      merges: JSON.stringify(Object.keys((ws as unknown as { _merges: object })._merges).sort()),
      widths: JSON.stringify(ws.columns?.map((c) => c.width ?? null) ?? []),
      state: ws.state,
      rows: ws.rowCount,
      columns: ws.columnCount,
    });
  }
  return out;
}

async function analyzeAndPlan(port: XlsxWorkbook): Promise<string> {
  const analysis = await analyzeTable(port, { table: TABLE, lang: "en" });
  return buildPlanSheet(port, { analysis, lang: "en" });
}

async function inputRecords(port: XlsxWorkbook, sheet: string): Promise<InputCellRecord[]> {
  return ((await port.readSettings()).planInputs as Record<string, InputCellRecord[]>)[sheet]!;
}

/** A plan cell's value as the plan generator writes it: dates as serial numbers. */
function planValue(cell: ExcelJS.Cell): string | number | null {
  const v = cell.value;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  return v === undefined ? null : (v as string | number | null);
}

/** A value a person might type over what the generator wrote in an input cell. */
function edit(record: InputCellRecord): string | number {
  const g = record.generated;
  if (typeof g === "number") return g + 7;
  if (record.key.startsWith("raci|")) return RACI_LETTERS[(RACI_LETTERS.indexOf(g as "R") + 1) % 4]!;
  const statuses = STATUS_VALUES.en;
  if (typeof g === "string" && statuses.includes(g)) return statuses[(statuses.indexOf(g) + 1) % statuses.length]!;
  if (g === null) return `team note ${record.key}`;
  return `张伟 (${record.key})`;
}

describe("nothing the user wrote is lost (.xlsx)", () => {
  let before: Map<string, SheetSnapshot>;
  let after: Map<string, SheetSnapshot>;
  let planSheet: string;
  let edits: Map<string, string | number>;
  let last: XlsxWorkbook;
  const userSheets = [TABLE, "Notes", "Archive"];

  beforeAll(async () => {
    const original = await userWorkbook();
    before = await snapshot(original, userSheets);

    // Run 1: Analyze and Build plan, save, reopen.
    let port = await loadWorkbook(original, "book.xlsx");
    planSheet = await analyzeAndPlan(port);
    port = await loadWorkbook(await saveWorkbook(port, "book.xlsx", TABLE), "book.xlsx");

    // A person edits every input cell of the plan.
    edits = new Map();
    const sheet = port.workbook.getWorksheet(planSheet)!;
    for (const record of await inputRecords(port, planSheet)) {
      const value = edit(record);
      sheet.getCell(record.row + 1, record.column + 1).value = value;
      edits.set(record.key, value);
    }

    // Run 2 (and a third, to be sure a rebuild of a rebuild keeps the edits), each saved and reopened.
    for (let run = 0; run < 2; run++) {
      port = await loadWorkbook(await saveWorkbook(port, "book.xlsx", TABLE), "book.xlsx");
      expect(await analyzeAndPlan(port)).toBe(planSheet);
    }
    const bytes = await saveWorkbook(port, "book.xlsx", TABLE);
    after = await snapshot(bytes, userSheets);
    last = await loadWorkbook(bytes, "book.xlsx");
  }, 60_000);

  it.each(["Customers", "Notes", "Archive"])("keeps every cell of the sheet %s byte for byte", (name) => {
    const b = before.get(name)!;
    const a = after.get(name)!;
    const changed: string[] = [];
    for (const [address, cell] of b.cells) if (a.cells.get(address) !== cell) changed.push(address);
    expect(changed).toEqual([]);
  });

  it.each(["Customers", "Notes", "Archive"])("writes nothing into the user's area of %s", (name) => {
    const b = before.get(name)!;
    const a = after.get(name)!;
    const added = [...a.cells.entries()]
      .filter(([address, cell]) => !b.cells.has(address) && JSON.parse(cell).value !== null)
      .map(([address]) => address)
      .filter((address) => {
        const { row, col } = decodeAddress(address);
        return row <= b.rows && col <= b.columns;
      });
    expect(added).toEqual([]);
  });

  it.each(["Customers", "Notes", "Archive"])("keeps the merges, column widths and visibility of %s", (name) => {
    const b = before.get(name)!;
    const a = after.get(name)!;
    expect(a.merges).toBe(b.merges);
    expect(JSON.parse(a.widths).slice(0, b.columns)).toEqual(JSON.parse(b.widths).slice(0, b.columns));
    expect(a.state).toBe(b.state);
  });

  it("leaves the user's Segment column alone and writes CDP's segment as Segment (CDP), once", () => {
    const header = (last.workbook.getWorksheet(TABLE)!.getRow(1).values as unknown[]).slice(1);
    expect(header.filter((h) => h === "Segment")).toHaveLength(1);
    expect(header.filter((h) => h === "Segment (CDP)")).toHaveLength(1);
    expect(header.filter((h) => h === "R")).toHaveLength(1);
    expect(header.indexOf("Segment")).toBe(5);
  });

  it("keeps every edit typed into the plan through two rebuilds", async () => {
    const sheet = last.workbook.getWorksheet(planSheet)!;
    const records = await inputRecords(last, planSheet);
    const lost: string[] = [];
    for (const [key, value] of edits) {
      const record = records.find((r) => r.key === key);
      const now = record ? planValue(sheet.getCell(record.row + 1, record.column + 1)) : "(row gone)";
      if (now !== value) lost.push(`${key}: typed ${JSON.stringify(value)}, now ${JSON.stringify(now)}`);
    }
    expect(lost).toEqual([]);
    expect(edits.size).toBeGreaterThan(100);
  });

  it("keeps one plan sheet", () => {
    expect(last.workbook.worksheets.filter((w) => w.name.startsWith(planSheet))).toHaveLength(1);
  });
});

/** Row and column (1-based) of an A1 address. */
function decodeAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}
