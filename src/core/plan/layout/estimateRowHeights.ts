import type { PlanSheetLayout } from "./types";

/** Wrapping breaks at word and punctuation boundaries, so a line holds a little less than the column width. */
const WIDTH_SLACK = 1.1;

/** Points per wrapped line of 11-point text, Excel's default row height. */
const LINE_HEIGHT = 15;

/** Display width of a text in Excel column-width units: East Asian characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

/**
 * Row heights (points) for the rows whose wrapped text needs more than one line. Excel and
 * LibreOffice do not grow a row for wrapped text in merged cells, and Excel keeps the height stored
 * in the file, so the height is set from the text: lines = ⌈1.1 × display width / (cell width − 1)⌉ per
 * paragraph, East Asian characters counting double.
 *
 * @example
 * // a 60-unit text in a 20-unit column wraps to 4 lines (66 units with the slack)
 * estimateRowHeights({ cells: [{ row: 4, column: 0, value: "x".repeat(60), style: "text" }], merges: [], columnWidths: [21] })
 * // => Map { 4 => 60 }
 */
export function estimateRowHeights(
  layout: Pick<PlanSheetLayout, "cells" | "merges" | "columnWidths">,
): Map<number, number> {
  const heights = new Map<number, number>();
  const widthOf = (column: number) => layout.columnWidths[column] ?? 9;
  for (const cell of layout.cells) {
    if (typeof cell.value !== "string" || cell.style === "title" || cell.style === "sectionHeader") continue;
    const merge = layout.merges.find(
      (m) => m.top <= cell.row && cell.row <= m.bottom && m.left <= cell.column && cell.column <= m.right,
    );
    if (merge && merge.bottom > merge.top) continue;
    let width = 0;
    for (let c = merge?.left ?? cell.column; c <= (merge?.right ?? cell.column); c++) width += widthOf(c);
    const usable = Math.max(1, width - 1);
    const lines = cell.value
      .split("\n")
      .reduce((n, paragraph) => n + Math.max(1, Math.ceil((displayWidth(paragraph) * WIDTH_SLACK) / usable)), 0);
    if (lines > 1) heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, lines * LINE_HEIGHT));
  }
  return heights;
}
