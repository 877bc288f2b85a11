import { isoFromDay } from "../days";
import { type CellRejection, rejection } from "./cellRejection";
import { excelErrorOf } from "./excelErrorOf";

const MS_PER_DAY = 86_400_000;

/**
 * Reads a text value (an ID, a name, an industry, …) from a cell, trimmed.
 *
 * Method: text is trimmed (inner spaces kept, full-width characters kept: IDs compare exactly);
 * numbers are written the shortest way JavaScript writes them, so `1001` is `"1001"`, never
 * `"1001.0"`; booleans become `TRUE`/`FALSE` as Excel shows them; a `Date` becomes its UTC
 * calendar date `YYYY-MM-DD`. Blanks and Excel errors are rejected.
 *
 * @param value - one cell
 * @returns the text, or a {@link CellRejection}: `blank`, `errorValue` or `notText` (an object
 *   that is not an error, an invalid `Date`, a non-finite number)
 *
 * @example
 * parseText(1001) // => "1001"
 * parseText("  C-7 ") // => "C-7"
 * parseText("#N/A") // => { rejected: "errorValue", errorValue: "#N/A" }
 */
export function parseText(value: unknown): string | CellRejection {
  if (typeof value === "string") {
    const text = value.trim();
    if (text.length === 0) return rejection("blank");
    const error = excelErrorOf(text);
    return error === undefined ? text : rejection("errorValue", error);
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : rejection("notText");
  if (value === null || value === undefined) return rejection("blank");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? rejection("notText") : isoFromDay(Math.floor(t / MS_PER_DAY));
  }
  const error = excelErrorOf(value);
  return error === undefined ? rejection("notText") : rejection("errorValue", error);
}
