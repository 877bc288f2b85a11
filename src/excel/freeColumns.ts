/** Columns probed per sync: what is needed plus a few, since a probe is cheap. */
const EXTRA_PROBES = 4;

/** Excel's last column index (XFD). */
const LAST_COLUMN = 16_383;

/**
 * Sheet columns where the add-in may put new columns next to a block of data: from `start`
 * rightwards, the first `count` columns whose cells from the header row to the block's last row
 * hold no value, so nothing a person typed is overwritten (a column with data but no header is
 * skipped).
 *
 * Method: `getUsedRangeOrNullObject(true)` on each candidate column's cells: a null object means
 * no value. Candidates are probed in groups, one sync per group.
 *
 * @param context - the request context
 * @param sheet - the worksheet
 * @param headerRow - 0-based sheet row of the header
 * @param rowCount - data rows under the header
 * @param start - first candidate column, 0-based
 * @param count - columns wanted
 * @returns `count` column indexes, ascending
 * @throws Error when the sheet runs out of columns
 *
 * @example
 * // header in row 3, data in B4:D6, and a note typed in E5
 * await freeColumns(context, sheet, 2, 3, 4, 2) // => [5, 6]
 */
export async function freeColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  headerRow: number,
  rowCount: number,
  start: number,
  count: number,
): Promise<number[]> {
  const free: number[] = [];
  let next = start;
  while (free.length < count) {
    const probes: { column: number; used: Excel.Range }[] = [];
    for (let k = 0; k < count - free.length + EXTRA_PROBES && next <= LAST_COLUMN; k++, next++) {
      probes.push({
        column: next,
        used: sheet.getRangeByIndexes(headerRow, next, rowCount + 1, 1).getUsedRangeOrNullObject(true),
      });
    }
    if (probes.length === 0) throw new Error("The sheet has no free column left for the add-in's columns.");
    // A second pass is needed only when every column of the first group holds data.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const probe of probes) if (probe.used.isNullObject && free.length < count) free.push(probe.column);
  }
  return free;
}
