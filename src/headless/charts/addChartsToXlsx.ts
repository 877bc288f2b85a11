import JSZip from "jszip";
import type { LayoutChart } from "../../core/plan/layout";
import { chartPartXml } from "./chartPartXml";
import type { CellLookup } from "./chartPartXml";
import { drawingPartXml } from "./drawingPartXml";
import { xmlText } from "./xmlText";

/** The charts to add to one sheet, with the sheet's cell values for the charts' caches. */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly LayoutChart[];
  readonly cell: CellLookup;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Worksheet elements that must come after `<drawing>` (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** The zip path of a sheet's part, from the workbook part and its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const tag = (workbook.match(/<sheet\b[^>]*>/g) ?? []).find((t) => attribute(t, "name") === sheet);
  const id = tag ? attribute(tag, "r:id") : undefined;
  const rels = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const relation = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((t) => attribute(t, "Id") === id);
  const target = relation ? attribute(relation, "Target") : undefined;
  if (!target) throw new Error(`The workbook has no sheet part for "${sheet}".`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function nextNumber(zip: JSZip, folder: string, stem: string): number {
  let highest = 0;
  const pattern = new RegExp(`^${folder}/${stem}(\\d+)\\.xml$`);
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) highest = Math.max(highest, Number(match[1]));
  });
  return highest + 1;
}

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  const body = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${e.target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${body}</Relationships>`;
}

/** A relationship id not yet used in a relationships part. */
function freeId(rels: string, stem: string): string {
  const used = new Set((rels.match(/\sId="([^"]*)"/g) ?? []).map((m) => m.slice(5, -1)));
  let n = 1;
  while (used.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

/**
 * Adds native charts to sheets of a saved .xlsx: a drawing part per sheet holding the charts, a
 * chart part per chart, the relationships from sheet to drawing and from drawing to charts, the
 * `<drawing>` element in the sheet, and the parts' content types. Everything else in the package is
 * left byte for byte as it was.
 *
 * Method: written by hand over the zip (the workbook library the command line uses drops charts),
 * following the package rules of ECMA-376 part 2 and the worksheet element order of part 1. A sheet
 * that already has a drawing is refused rather than merged.
 * Complexity: one pass over each changed part.
 *
 * @param xlsx - the bytes of an .xlsx package
 * @param sheets - the charts to add, per sheet (by sheet name)
 * @returns the bytes of the new package
 * @throws Error when a sheet is missing or already has a drawing
 *
 * @example
 * await addChartsToXlsx(bytes, [{ sheet: "Customer plan", charts: layout.charts, cell: lookup }])
 * // => the same workbook, with the plan's chart
 */
export async function addChartsToXlsx(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  let types = (await text(zip, "[Content_Types].xml")) ?? "";
  for (const { sheet, charts, cell } of todo) {
    const path = await sheetPath(zip, sheet);
    let sheetXml = (await text(zip, path)) ?? "";
    if (/<drawing\b/.test(sheetXml)) throw new Error(`Sheet "${sheet}" already has a drawing.`);
    const folder = path.slice(0, path.lastIndexOf("/"));
    const file = path.slice(path.lastIndexOf("/") + 1);
    const relsPath = `${folder}/_rels/${file}.rels`;
    const sheetRels = (await text(zip, relsPath)) ?? relationships([]);
    const drawingNumber = nextNumber(zip, "xl/drawings", "drawing");
    const drawingId = freeId(sheetRels, "rIdCdpDrawing");

    const drawingCharts = charts.map((chart, i) => {
      const number = nextNumber(zip, "xl/charts", "chart");
      zip.file(`xl/charts/chart${number}.xml`, chartPartXml(chart, sheet, cell));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${number}.xml" ContentType="${CHART_CONTENT}"/></Types>`,
      );
      return { anchor: chart.anchor, relationshipId: `rId${i + 1}`, target: `../charts/chart${number}.xml` };
    });
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingPartXml(drawingCharts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
      relationships(drawingCharts.map((c) => ({ id: c.relationshipId, type: CHART_TYPE, target: c.target }))),
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNumber}.xml" ContentType="${DRAWING_CONTENT}"/></Types>`,
    );
    zip.file(
      relsPath,
      sheetRels.replace(
        "</Relationships>",
        `<Relationship Id="${drawingId}" Type="${DRAWING_TYPE}" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`,
      ),
    );
    if (!/<worksheet\b[^>]*\sxmlns:r=/.test(sheetXml)) {
      sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${xmlText(R_NS)}"`);
    }
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
    zip.file(path, `${sheetXml.slice(0, at)}<drawing r:id="${drawingId}"/>${sheetXml.slice(at)}`);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
