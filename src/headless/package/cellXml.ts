import { columnLetters } from "../../core/issues";
import type { CellValue } from "../../app/ports";
import type { SharedStringsEditor } from "./sharedStringsEditor";

/**
 * The SpreadsheetML `<c>` element of one cell: a number as `<v>`, a boolean as `t="b"`, text as a
 * shared string (`t="s"`), or "" for a blank, which a sheet leaves out. Text is never a formula,
 * whatever it starts with. A number that is not finite has no cell form and is left blank.
 *
 * @param row - 1-based sheet row
 * @param column - 0-based sheet column
 * @param value - the value
 * @param style - index into the package's cell formats (0 = the workbook's default, left out)
 * @param strings - the package's shared strings, which text is added to
 *
 * @example
 * cellXml(2, 5, 0.25, 3, strings) // => `<c r="F2" s="3"><v>0.25</v></c>`
 * cellXml(2, 6, "=SUM(A1)", 0, strings) // => `<c r="G2" t="s"><v>17</v></c>` (item 17 holds the text "=SUM(A1)")
 */
export function cellXml(
  row: number,
  column: number,
  value: CellValue | undefined,
  style: number,
  strings: SharedStringsEditor,
): string {
  if (value === null || value === undefined) return "";
  const head =
    style > 0 ? `<c r="${columnLetters(column)}${row}" s="${style}"` : `<c r="${columnLetters(column)}${row}"`;
  if (typeof value === "number") return Number.isFinite(value) ? `${head}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${head} t="s"><v>${strings.text(value)}</v></c>`;
}

/**
 * The 0-based column index of a cell reference's letters.
 *
 * @example
 * columnOfReference("AB12") // => 27
 */
export function columnOfReference(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else if (c !== 36) break; // "$" of an absolute reference
  }
  return column - 1;
}
