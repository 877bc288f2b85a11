import type { PreviewColumn } from "../app/previewTable";
import type { ColumnMapping, FieldKey } from "../core/table";

/**
 * The user's column choices as Analyze is given them: by header text where the header names one
 * column only, so the choice can be saved in the workbook and survives columns being moved; by
 * column index where the header is blank or repeated (those choices are used, not saved).
 *
 * @param choices - field → column index among the user's columns (as the pane holds them)
 * @param columns - the table's columns, from the preview
 * @returns the mapping for Analyze; choices of columns that do not exist are left out
 *
 * @example
 * mappingByHeader({ id: 0, total: 2 }, [
 *   { index: 0, header: "客户编号", letters: "A" },
 *   { index: 1, header: "金额", letters: "B" },
 *   { index: 2, header: "金额", letters: "C" },
 * ]) // => { id: "客户编号", total: 2 }
 */
export function mappingByHeader(
  choices: Readonly<Partial<Record<FieldKey, number>>>,
  columns: readonly PreviewColumn[],
): ColumnMapping {
  const mapping: Partial<Record<FieldKey, number | string>> = {};
  for (const [field, index] of Object.entries(choices) as [FieldKey, number | undefined][]) {
    const column = columns.find((c) => c.index === index);
    if (column === undefined) continue;
    const unique = column.header !== "" && columns.filter((c) => c.header === column.header).length === 1;
    mapping[field] = unique ? column.header : column.index;
  }
  return mapping;
}
