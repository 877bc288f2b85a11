import { findDataBlock } from "../app/findDataBlock";
import type { RowBlockReader } from "./rowBlockReader";

/** Where a sheet's data block is: 0-based sheet rows and columns, bounds inclusive. */
export interface SheetBlock {
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly lastRow: number;
  /** The header row's cells from `firstColumn` to `lastColumn`, as Excel returned them. */
  readonly headerCells: readonly unknown[];
}

/** Rows read first when looking for the header, and for the last row: the answer is nearly always near. */
const FIRST_LOOK_ROWS = 64;

/**
 * Finds a sheet's block of data by the same rule as the command line (`findDataBlock`): the first
 * non-blank row is the header; the block runs from the header's first to its last non-blank cell,
 * and down to the last row holding any value in those columns.
 *
 * Method: the used range (values only) bounds the search. Its rows are read from the top in blocks
 * (the first one small) until a non-blank row appears; then the block's columns are read from the
 * bottom up in blocks until a row with a value appears. So a 100,000-row table costs two small reads,
 * not a read of the whole sheet. Syncs: one for the used range, then usually one for each search.
 *
 * @param context - the request context
 * @param reader - reads rows in blocks under the payload budget
 * @param sheet - the worksheet
 * @returns the block, or `undefined` when the sheet holds no value
 *
 * @example
 * // B3:D6 holds a header row and three rows, the rest of the sheet is empty
 * await findSheetBlock(context, reader, sheet)
 * // => { headerRow: 2, firstColumn: 1, lastColumn: 3, lastRow: 5, headerCells: ["ID", "Name", "Segment"] }
 */
export async function findSheetBlock(
  context: Excel.RequestContext,
  reader: RowBlockReader,
  sheet: Excel.Worksheet,
): Promise<SheetBlock | undefined> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return undefined;
  const top = used.rowIndex;
  const left = used.columnIndex;
  const bottom = top + used.rowCount - 1;

  let header: { row: number; cells: unknown[] } | undefined;
  let firstColumn = 0;
  let lastColumn = 0;
  const area = { top, left, rows: used.rowCount, columns: used.columnCount };
  for await (const block of reader.read(sheet, area, "down", FIRST_LOOK_ROWS)) {
    const found = findDataBlock(block.values);
    if (found) {
      const cells = block.values[found.headerIndex];
      header = { row: block.top + found.headerIndex, cells: cells.slice(found.firstColumn, found.lastColumn + 1) };
      firstColumn = left + found.firstColumn;
      lastColumn = left + found.lastColumn;
      break;
    }
  }
  if (!header) return undefined;

  let lastRow = header.row;
  if (bottom > header.row) {
    const below = {
      top: header.row + 1,
      left: firstColumn,
      rows: bottom - header.row,
      columns: lastColumn - firstColumn + 1,
    };
    for await (const block of reader.read(sheet, below, "up", FIRST_LOOK_ROWS)) {
      // The header row first, so that findDataBlock measures the block's columns exactly.
      const found = findDataBlock([header.cells, ...block.values]);
      if (found && found.lastRowIndex > 0) {
        lastRow = block.top + found.lastRowIndex - 1;
        break;
      }
    }
  }
  return { headerRow: header.row, firstColumn, lastColumn, lastRow, headerCells: header.cells };
}
