import type { FieldKey } from "../core/table";

/**
 * The user's column choices after picking `column` for `field`: any other field the user had put
 * on that column loses it (a column holds one field), and `undefined` removes the field's choice,
 * so recognition from the headers decides it again.
 *
 * @param choices - field → column index, as chosen so far
 * @param field - the field whose column was picked
 * @param column - the column index picked, or `undefined` for none
 * @returns the new choices (the old object is not changed)
 *
 * @example
 * chooseColumn({ id: 0, name: 1 }, "total", 1) // => { id: 0, total: 1 }
 */
export function chooseColumn(
  choices: Readonly<Partial<Record<FieldKey, number>>>,
  field: FieldKey,
  column: number | undefined,
): Partial<Record<FieldKey, number>> {
  const next: Partial<Record<FieldKey, number>> = {};
  for (const [key, index] of Object.entries(choices) as [FieldKey, number | undefined][]) {
    if (key !== field && index !== undefined && index !== column) next[key] = index;
  }
  if (column !== undefined) next[field] = column;
  return next;
}
