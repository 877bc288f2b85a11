/**
 * First characters that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@` (OWASP's
 * CSV-injection list), tab, carriage return and line feed, and the full-width `＝＋－＠` that some
 * input methods turn into their ASCII forms.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * CSV cells as text, safe to open in a spreadsheet: a text cell that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab, carriage return or line feed, or a full-width
 * `＝＋－＠`) gets a leading apostrophe, unless it is a plain number such as `-12.5`, which stays as
 * it was. Quoting follows RFC 4180.
 *
 * @example
 * csvCell("=HYPERLINK(\"x\")") // => "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell("＝1+1") // => "'＝1+1"
 * csvCell("-12.5") // => "-12.5"
 * csvCell("a,b") // => "\"a,b\""
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = String(value);
  if (FORMULA_START.test(text) && !/^[+-]?\d[\d,]*(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends and a UTF-8 byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
