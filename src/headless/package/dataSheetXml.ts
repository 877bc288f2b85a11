import type { CellValue } from "../../app/ports";
import { columnLetters } from "../../core/issues";
import { cellXml } from "./cellXml";
import type { SharedStringsEditor } from "./sharedStringsEditor";

/** How a sheet of plain rows looks. */
export interface DataSheetLook {
  /** Cell format index of the header row's cells. */
  readonly headerStyle: number;
  /** Cell format index per column for the rows under the header (0 or missing = default). */
  readonly columnStyles?: readonly number[];
  /** Column widths in characters. */
  readonly columnWidths?: readonly number[];
  /** Rows frozen at the top (0 = none). */
  readonly frozenRows?: number;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The worksheet part of a sheet of rows, header first: the form of the sheets the add-in writes
 * whole (a per-customer score sheet, the settings sheet).
 *
 * Method: rows are written as `<row>` elements of {@link cellXml} cells; blanks are left out.
 * Complexity: linear in cells.
 *
 * @example
 * dataSheetXml([["ID"], ["C1"]], { headerStyle: 5, frozenRows: 1 }, strings)
 * // => `<?xml …?><worksheet …><sheetViews>…<pane ySplit="1" …/>…<c r="A1" s="5" t="s">…</worksheet>`
 */
export function dataSheetXml(
  rows: readonly (readonly CellValue[])[],
  look: DataSheetLook,
  strings: SharedStringsEditor,
): string {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}">`,
    `<dimension ref="A1:${columnLetters(Math.max(width - 1, 0))}${Math.max(rows.length, 1)}"/>`,
  ];
  const frozen = look.frozenRows ?? 0;
  out.push(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`,
  );
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const widths = look.columnWidths ?? [];
  if (widths.length > 0) {
    const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    out.push(`<cols>${cols.join("")}</cols>`);
  }
  out.push("<sheetData>");
  const styles = look.columnStyles ?? [];
  rows.forEach((row, r) => {
    let cells = "";
    for (let c = 0; c < row.length; c++)
      cells += cellXml(r + 1, c, row[c], r === 0 ? look.headerStyle : (styles[c] ?? 0), strings);
    if (cells !== "") out.push(`<row r="${r + 1}">${cells}</row>`);
  });
  out.push("</sheetData></worksheet>");
  return out.join("");
}
