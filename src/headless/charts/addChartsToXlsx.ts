import JSZip from "jszip";
import {
  addContentType,
  addRelationship,
  freeRelationshipId,
  nextPartNumber,
  partText,
  R_NS,
  relationshipsPath,
  relationshipsXml,
  sheetPartPath,
} from "../package/packageXml";
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

const DRAWING_TYPE = `${R_NS}/drawing`;
const CHART_TYPE = `${R_NS}/chart`;
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
  await addChartsToPackage(zip, todo);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** {@link addChartsToXlsx} on an opened package, changed in place. */
export async function addChartsToPackage(zip: JSZip, sheets: readonly SheetCharts[]): Promise<void> {
  const todo = sheets.filter((s) => s.charts.length > 0);
  if (todo.length === 0) return;
  let types = (await partText(zip, "[Content_Types].xml")) ?? "";
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  const workbookRels = (await partText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  for (const { sheet, charts, cell } of todo) {
    const path = sheetPartPath(workbook, workbookRels, sheet);
    if (!path) throw new Error(`The workbook has no sheet part for "${sheet}".`);
    let sheetXml = (await partText(zip, path)) ?? "";
    if (/<drawing\b/.test(sheetXml)) throw new Error(`Sheet "${sheet}" already has a drawing.`);
    const relsPath = relationshipsPath(path);
    const sheetRels = await partText(zip, relsPath);
    const drawingNumber = nextPartNumber(zip, "xl/drawings", "drawing");
    const drawingId = freeRelationshipId(sheetRels, "rIdCdpDrawing");

    const drawingCharts = charts.map((chart, i) => {
      const number = nextPartNumber(zip, "xl/charts", "chart");
      zip.file(`xl/charts/chart${number}.xml`, chartPartXml(chart, sheet, cell));
      types = addContentType(types, `xl/charts/chart${number}.xml`, CHART_CONTENT);
      return { anchor: chart.anchor, relationshipId: `rId${i + 1}`, target: `../charts/chart${number}.xml` };
    });
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingPartXml(drawingCharts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
      relationshipsXml(drawingCharts.map((c) => ({ id: c.relationshipId, type: CHART_TYPE, target: c.target }))),
    );
    types = addContentType(types, `xl/drawings/drawing${drawingNumber}.xml`, DRAWING_CONTENT);
    zip.file(
      relsPath,
      addRelationship(sheetRels, {
        id: drawingId,
        type: DRAWING_TYPE,
        target: `../drawings/drawing${drawingNumber}.xml`,
      }),
    );
    if (!/<worksheet\b[^>]*\sxmlns:r=/.test(sheetXml)) {
      sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${xmlText(R_NS)}"`);
    }
    const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
    zip.file(path, `${sheetXml.slice(0, at)}<drawing r:id="${drawingId}"/>${sheetXml.slice(at)}`);
  }
  zip.file("[Content_Types].xml", types);
}
