/**
 * True when a cell is empty: `null`, `undefined`, `""` or text made only of white space
 * (ideographic space `U+3000` and no-break space included).
 *
 * @param value - one cell
 * @returns whether the cell holds nothing
 *
 * @example
 * isBlankCell("  ") // => true
 * isBlankCell(0) // => false
 */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  return value.length === 0 || value.trim().length === 0;
}
