import type { CellValue } from "../app/ports";
import { looksLikeFormula } from "./looksLikeFormula";

/** Excel's number format for text: a value written into such a cell is kept exactly as written. */
export const TEXT_FORMAT = "@";

/** Excel's default number format. */
export const GENERAL_FORMAT = "General";

/**
 * Longest text given the text format just because it is text. Excel shows `####` in a text-formatted
 * cell holding 256 to 1024 characters, and a text that long cannot be read as a number or a date.
 */
const SHORT_TEXT = 255;

/**
 * The number format a cell gets when the adapter writes `value` into it.
 *
 * Writing a string through Office.js's `Range.values` is like typing it: `=1+1` becomes a formula,
 * `00123` the number 123, `2025-01-13` a date, `TRUE` a boolean. The port promises that strings are
 * written as text, so a string cell is given the text format `@`, set in the same batch before the
 * value (Excel keeps what is written into a text-formatted cell as text). Exceptions, deliberate:
 * - an empty string (a blank cell) takes the column's format;
 * - a string longer than 255 characters after trimming keeps the column's format unless it looks
 *   like a formula: it cannot be read as a number or date, and the text format would show `####`.
 * Numbers, booleans and blanks take the column's format, or `General`.
 *
 * @param value - the value written
 * @param columnFormat - the column's number format, if any
 * @returns the number format to set on the cell
 *
 * @example
 * cellNumberFormat("=1+1") // => "@"
 * cellNumberFormat("00123", "0.00") // => "@"
 * cellNumberFormat(0.25, "0%") // => "0%"
 * cellNumberFormat(null) // => "General"
 */
export function cellNumberFormat(value: CellValue | undefined, columnFormat?: string): string {
  if (typeof value === "string" && value !== "") {
    if (looksLikeFormula(value) || value.trim().length <= SHORT_TEXT) return TEXT_FORMAT;
  }
  return columnFormat ?? GENERAL_FORMAT;
}
