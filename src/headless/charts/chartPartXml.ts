import { columnLetters } from "../../core/issues";
import type { CellRange, LayoutChart } from "../../core/plan/layout";
import { xmlText } from "./xmlText";

/** The cells of the sheet a chart reads, for the caches stored with the chart. */
export type CellLookup = (row: number, column: number) => string | number | null;

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Fills of the series, in order (the plan sheet's blues and amber). */
const SERIES_COLOURS = ["2F5597", "F4B183", "A9D18E", "FFD966"];

/** `'Sheet'!$A$5:$A$12` for a one-column range. */
function reference(sheet: string, range: CellRange): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const column = columnLetters(range.left);
  return `${quoted}!$${column}$${range.top + 1}:$${column}$${range.bottom + 1}`;
}

function rows(range: CellRange): number[] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) => range.top + i);
}

function stringCache(range: CellRange, cell: CellLookup): string {
  const points = rows(range).map((row, i) => {
    const value = cell(row, range.left);
    return `<c:pt idx="${i}"><c:v>${xmlText(value === null ? "" : String(value))}</c:v></c:pt>`;
  });
  return `<c:strCache><c:ptCount val="${points.length}"/>${points.join("")}</c:strCache>`;
}

function numberCache(range: CellRange, cell: CellLookup, format: string): string {
  const points = rows(range).flatMap((row, i) => {
    const value = cell(row, range.left);
    return typeof value === "number" && Number.isFinite(value) ? [`<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`] : [];
  });
  return `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${rows(range).length}"/>${points.join("")}</c:numCache>`;
}

function title(text: string, size: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/**
 * The DrawingML part (`xl/charts/chartN.xml`) of a clustered column chart: one series per layout
 * series, categories and values as references to the plan sheet's cells (so the chart follows the
 * sheet), with cached values so a reader shows it before recalculating.
 *
 * Method: written by hand from the Office Open XML chart schema (ECMA-376 part 1, §21.2), because
 * the workbook library the command line uses reads and writes sheets but not charts. Elements are in
 * schema order; the axes are a category axis at the bottom and a value axis on the left with
 * major gridlines and the layout's number format; the legend sits at the bottom.
 *
 * @param chart - the layout's chart
 * @param sheet - the name of the sheet holding the cells
 * @param cell - the layout's cell values, for the caches
 * @returns the XML text of the part
 *
 * @example
 * chartPartXml(chart, "Customer plan", lookup).includes("<c:barDir val=\"col\"/>") // => true
 */
export function chartPartXml(chart: LayoutChart, sheet: string, cell: CellLookup): string {
  const format = chart.valueFormat ?? "General";
  const series = chart.series.map((s, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` +
      `<c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${xmlText(reference(sheet, chart.categories))}</c:f>${stringCache(chart.categories, cell)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${xmlText(reference(sheet, s.values))}</c:f>${numberCache(s.values, cell, format)}</c:numRef></c:val>` +
      `</c:ser>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, 1200)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series.join("") +
    `<c:gapWidth val="80"/><c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${xmlText(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}
