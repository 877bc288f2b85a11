/**
 * Excel's error values, as Office.js, exceljs and custom functions hand them over. Newer errors
 * (`#SPILL!`, `#CALC!`, `#BUSY!`, `#FIELD!`, `#BLOCKED!`, `#CONNECT!`, `#UNKNOWN!`, `#PYTHON!`,
 * `#EXTERNAL!`, `#GETTING_DATA`) are included so a cell that shows one is never read as text.
 */
export const EXCEL_ERROR_VALUES: readonly string[] = Object.freeze([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
  "#GETTING_DATA",
]);

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);

function errorText(text: string): string | undefined {
  if (text.length < 4 || text.length > 24) return undefined;
  // Cheap test first: most texts do not start with "#" (after leading spaces), and need no copy.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (text.charCodeAt(i) !== 35 /* # */) return undefined;
  const t = text.trim().toUpperCase();
  return ERROR_SET.has(t) ? t : undefined;
}

/**
 * The Excel error a cell holds (`"#N/A"`, `"#DIV/0!"`, …), or `undefined` when the cell holds a
 * value.
 *
 * Recognised forms: the error text itself (case-insensitive, surrounding spaces ignored), an
 * exceljs error cell `{ error: "#N/A" }`, and an object with a `code` property holding the error
 * text (a custom function's `CustomFunctions.Error`). Other text starting with `#` is a value.
 *
 * @param value - one cell
 * @returns the error in upper case, e.g. `"#N/A"`, or `undefined`
 *
 * @example
 * excelErrorOf("#N/A") // => "#N/A"
 * excelErrorOf({ error: "#div/0!" }) // => "#DIV/0!"
 * excelErrorOf("#1 customer") // => undefined
 */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value === "string") return errorText(value);
  if (typeof value !== "object" || value === null || value instanceof Date) return undefined;
  const holder = value as { error?: unknown; code?: unknown };
  if (typeof holder.error === "string") return errorText(holder.error);
  if (typeof holder.code === "string") return errorText(holder.code);
  return undefined;
}
