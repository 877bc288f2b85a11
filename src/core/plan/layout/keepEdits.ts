import type { LayoutCell, PlanSheetLayout } from "./types";

/** A cell value as read back from the sheet. */
export type SheetValue = string | number | null;

/**
 * What the generator wrote into one cell a person is expected to edit (owner, dates, status, RACI
 * letters, the team's SWOT rows), under a key that survives a rebuild: the section, the row's ID
 * (column A: G1, T3, R2 …; the row's place in the section when it has none) and the column.
 */
export interface InputCellRecord {
  readonly key: string;
  readonly row: number;
  readonly column: number;
  readonly generated: SheetValue;
}

/**
 * The input cells of a layout with their keys and generated values. Stored with the sheet, so the
 * next rebuild can tell a person's edit (a value different from what was generated) from the
 * generator's own output.
 *
 * @example
 * inputCellRecords(layout).find((r) => r.key === "goals|G1|7")?.generated // => the owner role CDP wrote
 */
export function inputCellRecords(layout: Pick<PlanSheetLayout, "cells" | "sections">): InputCellRecord[] {
  const idOfRow = new Map<number, string>();
  for (const cell of layout.cells) {
    if (cell.column === 0 && typeof cell.value === "string" && cell.style !== "input")
      idOfRow.set(cell.row, cell.value);
  }
  const sections = [...layout.sections].sort((a, b) => a.row - b.row);
  const sectionOf = (row: number) => {
    let found = sections[0];
    for (const s of sections) if (s.row <= row) found = s;
    return found;
  };
  return layout.cells
    .filter((cell: LayoutCell) => cell.style === "input")
    .map((cell) => {
      const section = sectionOf(cell.row);
      const id = idOfRow.get(cell.row) ?? `#${cell.row - (section?.row ?? 0)}`;
      return {
        key: `${section?.key ?? ""}|${id}|${cell.column}`,
        row: cell.row,
        column: cell.column,
        generated: cell.value,
      };
    });
}

/**
 * The layout with every edit a person made to the previous plan sheet carried over: an input cell
 * whose current value differs from what the generator wrote last time keeps the person's value in
 * the cell with the same key; untouched cells take the new generated value (so a new start date
 * moves the dates nobody changed). Edits to rows that no longer exist are returned as `dropped`.
 *
 * @param previous - the records stored when the previous sheet was written
 * @param current - the previous sheet's value at a row and column (0-based)
 */
export function keepEdits(
  layout: PlanSheetLayout,
  previous: readonly InputCellRecord[],
  current: (row: number, column: number) => SheetValue,
): { layout: PlanSheetLayout; kept: number; dropped: number } {
  const edits = new Map<string, SheetValue>();
  for (const record of previous) {
    const value = current(record.row, record.column);
    if (!sameValue(value, record.generated)) edits.set(record.key, value);
  }
  if (edits.size === 0) return { layout, kept: 0, dropped: 0 };
  const keyAt = new Map(inputCellRecords(layout).map((r) => [`${r.row}:${r.column}`, r.key]));
  let kept = 0;
  const cells = layout.cells.map((cell) => {
    const key = cell.style === "input" ? keyAt.get(`${cell.row}:${cell.column}`) : undefined;
    if (key === undefined || !edits.has(key)) return cell;
    kept++;
    return { ...cell, value: edits.get(key) ?? null };
  });
  return { layout: { ...layout, cells }, kept, dropped: edits.size - kept };
}

function sameValue(a: SheetValue, b: SheetValue): boolean {
  const blank = (v: SheetValue) => v === null || v === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return String(a) === String(b);
}
