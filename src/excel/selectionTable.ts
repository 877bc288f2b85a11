import type { TableInfo } from "../app/ports";
import { SETTINGS_SHEET } from "../app/settingsSheet";
import { headerText } from "./headerText";
import { locateTable } from "./locateTable";
import { parseRegionId, regionId } from "./regionId";
import type { RowBlockReader } from "./rowBlockReader";
import { settingRecord, settingStrings } from "./settingValues";
import { readSettingsIn, writeSettingsIn } from "./workbookSettings";

/**
 * The table the selection is in: the Excel table under the selection, else the block of data
 * around its top-left cell (Excel's current region, bounded by blank rows and columns), its first
 * row the header.
 *
 * Method: the block's id is its address (`Sheet1!A1:H321`), accepted by `readTable` and
 * `writeColumns`. The add-in's own columns at the block's right end (written by an earlier run on
 * a block with the same top-left cell, settings `ownedColumns`) and blank header cells at its end
 * are left out of it, so the id stays the same after a run; when rows were added, the new id gets
 * the ownership of the old one (written to the settings), so the add-in's columns are still found.
 * Syncs: two to three, plus the settings.
 *
 * @param context - the request context
 * @param reader - reads rows in blocks under the payload budget
 * @param budget - bytes per request, for the settings
 * @returns the table, or `undefined` when the selection is on empty cells, on the settings sheet or
 *   on a sheet the add-in owns
 *
 * @example
 * // C4 selected; B3:D6 holds a header row and three rows
 * await selectionTable(context, reader, 4_000_000)
 * // => { id: "Customers!B3:D6", sheet: "Customers", headerRow: 3, firstColumn: 1, rowCount: 3, headers: ["ID", "Name", "Segment"] }
 */
export async function selectionTable(
  context: Excel.RequestContext,
  reader: RowBlockReader,
  budget: number,
): Promise<TableInfo | undefined> {
  const settings = await readSettingsIn(context);
  const selected = context.workbook.getSelectedRange();
  const tables = selected.getTables(false);
  tables.load("items/name");
  // The selection is always on the active sheet.
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const region = selected.getSurroundingRegion();
  region.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const [table] = tables.items.map((t) => t.name);
  if (table !== undefined) return (await locateTable(context, reader, table))?.info;
  if (sheet.name === SETTINGS_SHEET || settingStrings(settings.ownedSheets).includes(sheet.name)) return undefined;

  const header = sheet.getRangeByIndexes(region.rowIndex, region.columnIndex, 1, region.columnCount);
  header.load("values");
  await context.sync();
  const headers = header.values[0].map(headerText);
  const ownedByTable = settingRecord<string[]>(settings.ownedColumns);
  const anchorOwned = new Set<string>();
  for (const [key, names] of Object.entries(ownedByTable)) {
    const r = parseRegionId(key);
    const sameAnchor =
      r !== undefined &&
      r.sheet.toLowerCase() === sheet.name.toLowerCase() &&
      r.top === region.rowIndex &&
      r.left === region.columnIndex;
    if (sameAnchor) for (const name of settingStrings(names)) anchorOwned.add(name);
  }
  let width = headers.length;
  while (width > 0 && (anchorOwned.has(headers[width - 1]) || headers[width - 1].trim() === "")) width--;
  if (width === 0) return undefined;
  const id = regionId({
    sheet: sheet.name,
    top: region.rowIndex,
    left: region.columnIndex,
    bottom: region.rowIndex + region.rowCount - 1,
    right: region.columnIndex + width - 1,
  });
  if (anchorOwned.size > 0 && ownedByTable[id] === undefined) {
    await writeSettingsIn(context, { ...settings, ownedColumns: { ...ownedByTable, [id]: [...anchorOwned] } }, budget);
  }
  return {
    id,
    sheet: sheet.name,
    headerRow: region.rowIndex + 1,
    firstColumn: region.columnIndex,
    rowCount: region.rowCount - 1,
    headers: headers.slice(0, width),
  };
}
