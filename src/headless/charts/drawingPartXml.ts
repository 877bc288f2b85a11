import type { CellRange } from "../../core/plan/layout";

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** A chart to place on a sheet's drawing: its cell anchor and the relationship id of its chart part. */
export interface DrawingChart {
  readonly anchor: CellRange;
  readonly relationshipId: string;
}

function marker(tag: "from" | "to", row: number, column: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The drawing part (`xl/drawings/drawingN.xml`) of a sheet: one two-cell anchor per chart, from the
 * anchor's top-left cell to just past its bottom-right cell, each a graphic frame pointing at its
 * chart part through the drawing's relationships.
 *
 * Method: written by hand from ECMA-376 part 1, §20.5 (SpreadsheetML drawing), for the same reason
 * as the chart part. Rows and columns are 0-based, as in the schema.
 *
 * @param charts - the charts, in order
 * @returns the XML text of the part
 *
 * @example
 * drawingPartXml([{ anchor: { top: 2, left: 9, bottom: 19, right: 16 }, relationshipId: "rId1" }])
 *   .includes("<xdr:col>9</xdr:col>") // => true
 */
export function drawingPartXml(charts: readonly DrawingChart[]): string {
  const anchors = charts.map(
    (chart, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">` +
      marker("from", chart.anchor.top, chart.anchor.left) +
      marker("to", chart.anchor.bottom + 1, chart.anchor.right + 1) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${chart.relationshipId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">${anchors.join("")}</xdr:wsDr>`
  );
}
