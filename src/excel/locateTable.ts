import type { TableInfo } from "../app/ports";
import { findSheetBlock } from "./findSheetBlock";
import { headerText } from "./headerText";
import { parseRegionId } from "./regionId";
import type { RowBlockReader } from "./rowBlockReader";

/** A table id resolved against the workbook: what it is, where it is, and its header row. */
export interface LocatedTable {
  /** An Excel table (ListObject), a sheet's data block, or a block given by its address. */
  readonly kind: "table" | "sheet" | "region";
  readonly info: TableInfo;
  /** The header row's cells as Excel holds them (an Excel table's column names). */
  readonly headerCells: readonly unknown[];
  readonly sheet: Excel.Worksheet;
  /** For an Excel table: whether its header row is shown (only then is it formatted). */
  readonly showHeaders: boolean;
}

/**
 * Resolves a table id, in this order: an Excel table of that name; a sheet of that name (its data
 * block, found as the command line finds it; an empty sheet gives no header and no rows); an address
 * such as `Sheet1!A1:H321` (its first row is the header). Excel matches table and sheet names
 * without regard to case; the info keeps `id` as given (settings are stored under it) and carries the
 * sheet and table names as Excel spells them.
 *
 * @param context - the request context
 * @param reader - reads rows in blocks under the payload budget
 * @param id - from `listTables` or `tableAtSelection`
 * @returns where the table is, or `undefined` when nothing has that id
 *
 * @example
 * (await locateTable(context, reader, "Customers"))?.info
 * // => { id: "Customers", sheet: "Customers", headerRow: 3, firstColumn: 1, rowCount: 3, headers: ["ID", "Name", "Segment"] }
 */
export async function locateTable(
  context: Excel.RequestContext,
  reader: RowBlockReader,
  id: string,
): Promise<LocatedTable | undefined> {
  const table = context.workbook.tables.getItemOrNullObject(id);
  const named = context.workbook.worksheets.getItemOrNullObject(id);
  await context.sync();

  if (!table.isNullObject) {
    table.load("name,showHeaders");
    const sheet = table.worksheet;
    sheet.load("name");
    const columns = table.columns;
    columns.load("items/name");
    const body = table.getDataBodyRange();
    body.load("rowIndex,columnIndex,rowCount");
    await context.sync();
    const headers = columns.items.map((c) => c.name);
    return {
      kind: "table",
      info: {
        id,
        sheet: sheet.name,
        tableName: table.name,
        headerRow: body.rowIndex,
        firstColumn: body.columnIndex,
        rowCount: body.rowCount,
        headers,
      },
      headerCells: headers,
      sheet,
      showHeaders: table.showHeaders,
    };
  }

  if (!named.isNullObject) {
    named.load("name");
    await context.sync();
    const block = await findSheetBlock(context, reader, named);
    const info: TableInfo = block
      ? {
          id,
          sheet: named.name,
          headerRow: block.headerRow + 1,
          firstColumn: block.firstColumn,
          rowCount: block.lastRow - block.headerRow,
          headers: block.headerCells.map(headerText),
        }
      : { id, sheet: named.name, headerRow: 1, firstColumn: 0, rowCount: 0, headers: [] };
    return { kind: "sheet", info, headerCells: block?.headerCells ?? [], sheet: named, showHeaders: true };
  }

  const region = parseRegionId(id);
  if (!region) return undefined;
  const sheet = context.workbook.worksheets.getItemOrNullObject(region.sheet);
  await context.sync();
  if (sheet.isNullObject) return undefined;
  const header = sheet.getRangeByIndexes(region.top, region.left, 1, region.right - region.left + 1);
  header.load("values");
  sheet.load("name");
  await context.sync();
  const cells = header.values[0];
  return {
    kind: "region",
    info: {
      id,
      sheet: sheet.name,
      headerRow: region.top + 1,
      firstColumn: region.left,
      rowCount: region.bottom - region.top,
      headers: cells.map(headerText),
    },
    headerCells: cells,
    sheet,
    showHeaders: true,
  };
}
