import { isRejection } from "./cellRejection";
import { excelErrorOf } from "./excelErrorOf";
import { parseText } from "./parseText";

/** The longest value text an issue carries (see `Issue.value`). */
export const MAX_VALUE_TEXT = 60;

/**
 * A cell's value as text for an issue message: text as written (not trimmed, so stray spaces
 * show), numbers and dates as `parseText` writes them, error values as their error text;
 * `undefined` for an empty cell. Longer than {@link MAX_VALUE_TEXT} characters → cut, ending `…`.
 *
 * @param value - one cell
 * @returns the value's text, at most 60 characters, or `undefined` for an empty cell
 *
 * @example
 * cellValueText(12.5) // => "12.5"
 * cellValueText({ error: "#N/A" }) // => "#N/A"
 * cellValueText(null) // => undefined
 */
export function cellValueText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  let text: string;
  if (typeof value === "string") text = value;
  else {
    const error = excelErrorOf(value);
    if (error !== undefined) text = error;
    else {
      const parsed = parseText(value);
      text = isRejection(parsed) ? String(value) : parsed;
    }
  }
  return text.length > MAX_VALUE_TEXT ? `${text.slice(0, MAX_VALUE_TEXT - 1)}…` : text;
}
