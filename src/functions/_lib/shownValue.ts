/**
 * A short text of an argument value for an error message: text in quotes (cut to 40 characters),
 * numbers as JavaScript prints them, booleans as Excel prints them.
 *
 * @param value - the value an argument received
 * @returns its display text
 *
 * @example
 * shownValue("abc") // => "\"abc\""
 * shownValue(true) // => "TRUE"
 */
export function shownValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (value === null || value === undefined) return "(blank)";
  return Object.prototype.toString.call(value);
}
