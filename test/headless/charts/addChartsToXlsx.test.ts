import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addChartsToXlsx } from "../../../src/headless/charts";
import type { LayoutChart } from "../../../src/core/plan/layout";

const chart: LayoutChart = Object.freeze({
  kind: "columnClustered",
  title: "Customers & revenue <by segment>",
  categories: { top: 1, left: 0, bottom: 3, right: 0 },
  series: [
    { name: "Share", values: { top: 1, left: 1, bottom: 3, right: 1 } },
    { name: "Revenue share", values: { top: 1, left: 2, bottom: 3, right: 2 } },
  ],
  anchor: { top: 0, left: 4, bottom: 15, right: 10 },
  valueFormat: "0%",
});

const CELLS: (string | number)[][] = [
  ["Segment", "Share", "Revenue share"],
  ["Champions", 0.2, 0.5],
  ["At Risk", 0.3, 0.3],
  ["Lost", 0.5, 0.2],
];

async function workbookBytes(conditional = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").addRow(["untouched"]);
  const ws = wb.addWorksheet("Tom's plan");
  for (const row of CELLS) ws.addRow(row);
  if (conditional) {
    ws.addConditionalFormatting({
      ref: "B2:B4",
      rules: [{ type: "expression", priority: 1, formulae: ["B2>0.25"], style: {} }],
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const lookup = (row: number, column: number) => CELLS[row]?.[column] ?? null;

async function files(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  }
  return out;
}

describe("addChartsToXlsx", () => {
  it("adds a chart part, a drawing, their relationships and content types, and the sheet's drawing element", async () => {
    const before = await files(await workbookBytes());
    const after = await files(
      await addChartsToXlsx(await workbookBytes(), [{ sheet: "Tom's plan", charts: [chart], cell: lookup }]),
    );
    const added = [...after.keys()].filter((k) => !before.has(k)).sort();
    expect(added).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet2.xml.rels",
    ]);
    const chartXml = after.get("xl/charts/chart1.xml") ?? "";
    expect(chartXml).toContain("<c:f>&apos;Tom&apos;&apos;s plan&apos;!$A$2:$A$4</c:f>");
    expect(chartXml).toContain("<c:f>&apos;Tom&apos;&apos;s plan&apos;!$C$2:$C$4</c:f>");
    expect(chartXml).toContain("Customers &amp; revenue &lt;by segment&gt;");
    expect(chartXml).toContain('<c:pt idx="1"><c:v>At Risk</c:v></c:pt>');
    expect(chartXml).toContain('<c:pt idx="2"><c:v>0.2</c:v></c:pt>');
    expect(after.get("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    expect(after.get("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    expect(after.get("xl/worksheets/sheet2.xml")).toMatch(/<drawing r:id="rIdCdpDrawing1"\/><\/worksheet>$/);
    const types = after.get("[Content_Types].xml") ?? "";
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    for (const [name, text] of before) {
      if (!["[Content_Types].xml", "xl/worksheets/sheet2.xml"].includes(name))
        expect([name, after.get(name)]).toEqual([name, text]);
    }
  });

  it("places the drawing element before the sheet's extension list, as the schema orders them", async () => {
    const bytes = await addChartsToXlsx(await workbookBytes(true), [
      { sheet: "Tom's plan", charts: [chart], cell: lookup },
    ]);
    const sheet = (await files(bytes)).get("xl/worksheets/sheet2.xml") ?? "";
    const drawing = sheet.indexOf("<drawing ");
    expect(drawing).toBeGreaterThan(sheet.indexOf("<conditionalFormatting"));
    const after = ["<extLst", "<tableParts", "<legacyDrawing"].map((t) => sheet.indexOf(t)).filter((i) => i >= 0);
    for (const i of after) expect(drawing).toBeLessThan(i);
  });

  it("gives a workbook the workbook library still opens with every cell intact", async () => {
    const bytes = await addChartsToXlsx(await workbookBytes(true), [
      { sheet: "Tom's plan", charts: [chart], cell: lookup },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Tom's plan")?.getCell("A3").value).toBe("At Risk");
    expect(wb.getWorksheet("Data")?.getCell("A1").value).toBe("untouched");
  });

  it("returns the same bytes when there is no chart to add", async () => {
    const bytes = await workbookBytes();
    expect(await addChartsToXlsx(bytes, [{ sheet: "Tom's plan", charts: [], cell: lookup }])).toBe(bytes);
  });

  it("refuses a sheet that is missing or already has a drawing", async () => {
    const once = await addChartsToXlsx(await workbookBytes(), [{ sheet: "Tom's plan", charts: [chart], cell: lookup }]);
    await expect(addChartsToXlsx(once, [{ sheet: "Tom's plan", charts: [chart], cell: lookup }])).rejects.toThrow(
      /already has a drawing/,
    );
    await expect(addChartsToXlsx(once, [{ sheet: "Nope", charts: [chart], cell: lookup }])).rejects.toThrow(
      /no sheet part/,
    );
  });
});
