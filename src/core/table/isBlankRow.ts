import { isBlankCell } from "./isBlankCell";

/**
 * True when every cell of a row is blank (see {@link isBlankCell}); a row with no cells is blank.
 * Such rows are skipped silently by the table reader (and counted).
 *
 * @param cells - one row
 * @returns whether the row holds nothing
 *
 * @example
 * isBlankRow([null, "", "  "]) // => true
 * isBlankRow([null, 0]) // => false
 */
export function isBlankRow(cells: readonly unknown[] | undefined): boolean {
  if (cells === undefined || cells === null) return true;
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}
