/**
 * A column width in points (what Office.js's `columnWidth` takes) from a width in characters of the
 * default font (what the layout and `.xlsx` files use).
 *
 * Method: Excel draws a column of w characters of Calibri 11 as 7w + 5 pixels (rounded), and a point
 * is 4/3 of a pixel at 96 dpi, so points = round(7w + 5) × 0.75. Excel's default 8.43 characters
 * gives 48 points.
 *
 * @param characters - the width in characters
 * @returns the width in points; 0 for a width of 0 or less (a hidden column)
 *
 * @example
 * columnWidthPoints(8.43) // => 48
 * columnWidthPoints(44) // => 234.75
 */
export function columnWidthPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  return Math.round(7 * characters + 5) * 0.75;
}
