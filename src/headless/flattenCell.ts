import type { CellValue as ExcelJsCellValue } from "exceljs";

/**
 * The plain value the core reads from an exceljs cell, the same shape Office.js hands over:
 * formulas become their cached result, rich text its joined text, hyperlinks their text, error
 * cells their error text (`#N/A`), dates stay `Date` (exceljs reads them as UTC), empty cells `null`.
 *
 * @example
 * flattenCell({ formula: "A1*2", result: 4 }) // => 4
 * flattenCell({ richText: [{ text: "华东" }, { text: "精密" }] }) // => "华东精密"
 * flattenCell({ error: "#N/A" }) // => "#N/A"
 */
export function flattenCell(value: ExcelJsCellValue | undefined): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return value.error;
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJsCellValue }).result;
      return flattenCell(result);
    }
    if ("text" in value && "hyperlink" in value) return flattenCell((value as { text: ExcelJsCellValue }).text);
  }
  return String(value);
}
