import type { CellValue, Worksheet } from "exceljs";
import { escapeXstring, needsEscape } from "./xstring";

function escapedValue(value: CellValue): CellValue | undefined {
  if (typeof value === "string") return needsEscape(value) ? escapeXstring(value) : undefined;
  if (value === null || typeof value !== "object" || value instanceof Date) return undefined;
  if ("richText" in value && Array.isArray(value.richText)) {
    if (!value.richText.some((run) => needsEscape(run.text))) return undefined;
    return { ...value, richText: value.richText.map((run) => ({ ...run, text: escapeXstring(run.text) })) };
  }
  if ("hyperlink" in value && typeof value.text === "string" && needsEscape(value.text)) {
    return { ...value, text: escapeXstring(value.text) };
  }
  if (("formula" in value || "sharedFormula" in value) && "result" in value && typeof value.result === "string") {
    return needsEscape(value.result) ? { ...value, result: escapeXstring(value.result) } : undefined;
  }
  return undefined;
}

/**
 * Puts every text cell that needs it into its escaped .xlsx form (see {@link escapeXstring}) for the
 * time of a save; returns the function that puts the values back. The workbook library writes text
 * as it is, so without this a carriage return in a cell came back as a line feed and control
 * characters were lost.
 */
export function escapeSheetText(sheets: readonly Worksheet[]): () => void {
  const undo: (() => void)[] = [];
  for (const sheet of sheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = cell.value;
        const escaped = escapedValue(value);
        if (escaped === undefined) return;
        cell.value = escaped;
        undo.push(() => {
          cell.value = value;
        });
      });
    });
  }
  return () => {
    for (const put of undo) put();
  };
}
