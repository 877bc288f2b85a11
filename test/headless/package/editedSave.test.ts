/**
 * Saving a workbook opened from an .xlsx file edits its package: these tests check that what the
 * workbook library cannot model survives byte for byte, that the result reads the same as a
 * workbook written whole, that rebuilding does not pile up parts, and that a package the editor does
 * not read is still saved (written whole).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyzeTable } from "../../../src/app/analyzeTable";
import { buildPlanSheet } from "../../../src/app/buildPlanSheet";
import type { LayoutChart } from "../../../src/core/plan/layout";
import { addChartsToXlsx } from "../../../src/headless/charts";
import { loadWorkbook } from "../../../src/headless/workbookFile";
import { sampleRows } from "../../taskpane/sampleWorkbook";
import { workbookValues } from "../../fixtures/workbookValues";

const CUSTOM_PART = "customXml/item1.xml";
const CUSTOM_XML = `<?xml version="1.0"?><budget xmlns="urn:example:budget"><year>2026</year></budget>`;

/** A workbook with a customer table, a notes sheet holding a chart, and a part no library models. */
async function richWorkbook(options: { useSharedStrings?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const customers = wb.addWorksheet("Customers");
  for (const row of sampleRows()) customers.addRow(row);
  const notes = wb.addWorksheet("Notes");
  notes.addRow(["Quarter", "Visits"]);
  notes.addRow(["Q1", 12]);
  notes.addRow(["Q2", 19]);
  notes.getCell("D1").value = "=not a formula";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: options.useSharedStrings ?? true }));
  const chart: LayoutChart = {
    kind: "columnClustered",
    title: "Visits",
    categories: { top: 1, left: 0, bottom: 2, right: 0 },
    series: [{ name: "Visits", values: { top: 1, left: 1, bottom: 2, right: 1 } }],
    anchor: { top: 4, left: 0, bottom: 16, right: 6 },
  };
  const values: unknown[][] = [
    ["Quarter", "Visits"],
    ["Q1", 12],
    ["Q2", 19],
  ];
  const charted = await addChartsToXlsx(bytes, [
    { sheet: "Notes", charts: [chart], cell: (row, column) => (values[row]?.[column] as string | number) ?? null },
  ]);
  const zip = await JSZip.loadAsync(charted);
  zip.file(CUSTOM_PART, CUSTOM_XML);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function analyzeAndPlan(bytes: Uint8Array, rewrite = false): Promise<Uint8Array> {
  const port = await loadWorkbook(bytes, "book.xlsx");
  const analysis = await analyzeTable(port, { table: "Customers", lang: "en" });
  await buildPlanSheet(port, { analysis, lang: "en" });
  return port.toXlsx({ rewrite });
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

/** Everything about a sheet's look: each cell's format and validation, merges, widths, views, conditional formats. */
async function sheetLooks(bytes: Uint8Array, name: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const ws = wb.getWorksheet(name)!;
  const cells: Record<string, unknown> = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const { numFmt, font, fill, border, alignment } = cell.style;
      cells[cell.address] = { numFmt, font, fill, border, alignment, validation: cell.dataValidation };
    }),
  );
  return {
    cells,
    merges: (ws.model as { merges?: string[] }).merges,
    widths: ws.columns.map((c) => c.width),
    views: ws.views,
    pageSetup: { ...ws.pageSetup, margins: undefined },
    conditionalFormats: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
  };
}

describe("saving a workbook opened from an .xlsx file", () => {
  let input: Uint8Array;
  let edited: Uint8Array;
  let before: Map<string, string>;
  let after: Map<string, string>;

  beforeAll(async () => {
    input = await richWorkbook();
    edited = await analyzeAndPlan(input);
    before = await parts(input);
    after = await parts(edited);
  }, 30_000);

  it("keeps a part no spreadsheet library models, byte for byte", () => {
    expect(after.get(CUSTOM_PART)).toBe(CUSTOM_XML);
  });

  it("keeps the user's sheet with its chart, and the chart, byte for byte", () => {
    const notesPart = "xl/worksheets/sheet2.xml";
    expect(before.get(notesPart)).toContain("<drawing");
    expect(after.get(notesPart)).toBe(before.get(notesPart));
    expect(after.get("xl/charts/chart1.xml")).toBe(before.get("xl/charts/chart1.xml"));
    expect(after.get("xl/drawings/drawing1.xml")).toBe(before.get("xl/drawings/drawing1.xml"));
  });

  it("adds the plan's own chart beside the user's", () => {
    const charts = [...after.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(2);
  });

  it("reads back the same as the workbook written whole by the workbook library", async () => {
    const rewritten = await analyzeAndPlan(input, true);
    const a = await workbookValues(edited);
    const b = await workbookValues(rewritten);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const sheet of Object.keys(b)) expect([sheet, a[sheet]]).toEqual([sheet, b[sheet]]);
  }, 30_000);

  it("gives the plan sheet the same formats, validations, merges and conditional formats as a whole write", async () => {
    const rewritten = await analyzeAndPlan(input, true);
    const [a, b] = [await sheetLooks(edited, "Customer plan"), await sheetLooks(rewritten, "Customer plan")];
    expect(JSON.stringify(a).length).toBeGreaterThan(10_000);
    expect(a).toEqual(b);
    // The scored columns' headers differ on purpose: bold in the workbook's own font here, where the
    // workbook library writes a bare bold font.
    type Looks = {
      cells: Record<string, { font?: { bold?: boolean; name?: string }; fill?: { bgColor?: unknown } }>;
      pageSetup?: unknown;
    };
    const [c, d] = [
      (await sheetLooks(edited, "Customers")) as Looks,
      (await sheetLooks(rewritten, "Customers")) as Looks,
    ];
    for (const looks of [c, d]) {
      for (const [address, cell] of Object.entries(looks.cells)) {
        if (!/^[A-Z]+1$/.test(address) || !cell.fill) continue;
        expect([address, cell.font?.bold]).toEqual([address, true]);
        if (looks === c) expect([address, cell.font?.name]).toEqual([address, "Calibri"]);
        delete cell.font;
        delete cell.fill.bgColor;
      }
      // The user's page setup is kept as written; the library writes its own reading of it back.
      delete looks.pageSetup;
    }
    expect(c).toEqual(d);
  }, 30_000);

  it("keeps the styles and the shared strings from growing when the plan is rebuilt again and again", async () => {
    const second = await analyzeAndPlan(edited);
    const third = await analyzeAndPlan(second);
    const [p2, p3] = [await parts(second), await parts(third)];
    expect(p3.get("xl/styles.xml")).toBe(p2.get("xl/styles.xml"));
    expect(p3.get("xl/sharedStrings.xml")?.length).toBe(p2.get("xl/sharedStrings.xml")?.length);
    const charts = (p: Map<string, string>) => [...p.keys()].filter((k) => k.startsWith("xl/charts/")).length;
    expect(charts(p3)).toBe(charts(after));
    expect((p3.get("[Content_Types].xml")!.match(/chart\d+\.xml/g) ?? []).length).toBe(charts(after));
  }, 60_000);

  it("adds a shared strings part to a workbook that has none", async () => {
    const zip = await JSZip.loadAsync(input);
    // The same workbook with its text inline in the cells, as some programs write it.
    const items = (await zip.file("xl/sharedStrings.xml")!.async("string")).match(/<si>[\s\S]*?<\/si>/g)!;
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = await zip.file(part)!.async("string");
      zip.file(
        part,
        xml.replace(/<c ([^>]*?) ?t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a: string, b: string, i: string) => {
          return `<c ${a}${b} t="inlineStr"><is>${items[Number(i)].slice(4, -5)}</is></c>`;
        }),
      );
    }
    zip.remove("xl/sharedStrings.xml");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship[^>]*sharedStrings[^>]*\/>/, ""));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace(/<Override[^>]*sharedStrings[^>]*\/>/, ""));
    const saved = await analyzeAndPlan(await zip.generateAsync({ type: "uint8array" }));
    const p = await parts(saved);
    expect(p.get("xl/sharedStrings.xml")).toContain("Segment");
    expect(p.get("[Content_Types].xml")).toContain("/xl/sharedStrings.xml");
    expect(p.get("xl/_rels/workbook.xml.rels")).toContain("sharedStrings.xml");
    const values = await workbookValues(saved);
    expect(values["Customers:visible"][0]).toContain("Segment");
    expect(values["Customers:visible"][1][0]).toBe("C1");
  }, 30_000);

  it("writes a package without a styles part whole, with nothing missing", async () => {
    const zip = await JSZip.loadAsync(input);
    zip.remove("xl/styles.xml");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship[^>]*relationships\/styles"[^>]*\/>/, ""));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace(/<Override[^>]*styles\.xml"[^>]*\/>/, ""));
    const saved = await analyzeAndPlan(await zip.generateAsync({ type: "uint8array" }));
    const values = await workbookValues(saved);
    expect(values["Customers:visible"][0]).toContain("Segment");
    expect(Object.keys(values)).toContain("Customer plan:visible");
    expect((await parts(saved)).get(CUSTOM_PART)).toBeUndefined(); // written whole: the library drops it
  }, 30_000);

  it("writes the per-customer sheet's dates right in a workbook that counts dates from 1904", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const log = wb.addWorksheet("Orders");
    log.addRow(["Customer ID", "Order date", "Amount"]);
    log.addRow(["C1", new Date(Date.UTC(2025, 2, 14)), 120]);
    log.addRow(["C1", new Date(Date.UTC(2025, 5, 1)), 80]);
    log.addRow(["C2", new Date(Date.UTC(2025, 4, 20)), 60]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const save = async (rewrite: boolean) => {
      const port = await loadWorkbook(bytes, "orders.xlsx");
      const analysis = await analyzeTable(port, { table: "Orders", lang: "en" });
      return { sheet: analysis.customerSheet!, values: await workbookValues(await port.toXlsx({ rewrite })) };
    };
    const edited = await save(false);
    const whole = await save(true);
    const customers = edited.values[`${edited.sheet}:visible`];
    expect(customers[1][0]).toBe("C1");
    expect(customers[1].slice(2, 4)).toEqual(["2025-03-14T00:00:00.000Z", "2025-06-01T00:00:00.000Z"]);
    expect(customers).toEqual(whole.values[`${whole.sheet}:visible`]);
  }, 30_000);

  it("writes the plan's dates as the same dates in a workbook that counts dates from 1904", async () => {
    const planOf = async (date1904: boolean, rewrite: boolean) => {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const sheet = wb.addWorksheet("Customers");
      for (const row of sampleRows()) sheet.addRow(row);
      const port = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), "book.xlsx");
      const analysis = await analyzeTable(port, { table: "Customers", lang: "en" });
      const name = await buildPlanSheet(port, { analysis, lang: "en" });
      return (await workbookValues(await port.toXlsx({ rewrite })))[`${name}:visible`];
    };
    const reference = await planOf(false, false);
    expect(reference.flat()).toContain("2026-03-31T00:00:00.000Z");
    expect(await planOf(true, false)).toEqual(reference);
    expect(await planOf(true, true)).toEqual(reference);
  }, 30_000);
});
