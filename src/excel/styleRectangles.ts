import type { CellRange, CellStyle, LayoutCell } from "../core/plan/layout";

/** A rectangle of cells sharing one style. */
export interface StyleRectangle extends CellRange {
  readonly style: CellStyle;
}

/**
 * Covers the styled cells of a layout with few rectangles, so the sheet is formatted with a few
 * hundred range calls instead of one per cell (each call costs request payload in Excel on the web).
 *
 * Method: a cell at the top-left of a merged range stands for the whole merged range (so its fill
 * and borders cover the merged cell) and is never combined with others. Other cells are joined into
 * runs of the same style along each row (adjacent columns); then a run is joined with the run just
 * above when both span the same columns with the same style. Every styled cell is covered exactly
 * once; unstyled positions are not covered. Complexity: O(cells × log cells) for the sort.
 *
 * @param cells - the layout's cells
 * @param merges - the layout's merged ranges
 * @returns the rectangles, top to bottom
 *
 * @example
 * styleRectangles([
 *   { row: 0, column: 0, value: "a", style: "text" }, { row: 0, column: 1, value: "b", style: "text" },
 *   { row: 1, column: 0, value: "c", style: "text" }, { row: 1, column: 1, value: 2, style: "number" },
 * ], [])
 * // => [{ style: "text", top: 0, left: 0, bottom: 0, right: 1 },
 * //     { style: "text", top: 1, left: 0, bottom: 1, right: 0 },
 * //     { style: "number", top: 1, left: 1, bottom: 1, right: 1 }]
 */
export function styleRectangles(cells: readonly LayoutCell[], merges: readonly CellRange[]): StyleRectangle[] {
  const mergeAt = new Map(merges.map((m) => [`${m.top}:${m.left}`, m]));
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const out: StyleRectangle[] = [];
  /** Open rectangles that may still grow downwards, by `left:right:style`. */
  let open = new Map<string, StyleRectangle & { bottom: number }>();
  let row = -1;
  let runs: { style: CellStyle; left: number; right: number }[] = [];

  const closeRow = () => {
    const next = new Map<string, StyleRectangle & { bottom: number }>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}:${run.style}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        next.set(key, above);
        open.delete(key);
      } else {
        const rect = { style: run.style, top: row, left: run.left, bottom: row, right: run.right };
        out.push(rect);
        next.set(key, rect);
      }
    }
    open = next;
    runs = [];
  };

  for (const cell of sorted) {
    if (cell.row !== row) {
      if (row >= 0) closeRow();
      row = cell.row;
    }
    const merge = mergeAt.get(`${cell.row}:${cell.column}`);
    if (merge) {
      out.push({ style: cell.style, top: merge.top, left: merge.left, bottom: merge.bottom, right: merge.right });
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && last.style === cell.style && last.right === cell.column - 1) last.right = cell.column;
    else runs.push({ style: cell.style, left: cell.column, right: cell.column });
  }
  if (row >= 0) closeRow();
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
