import { ownedColumnName } from "../app/ownedColumnName";
import type { OutputColumn, ProgressListener, WrittenColumn } from "../app/ports";
import { DomainError } from "../core/errors";
import { cellNumberFormat } from "./cellNumberFormat";
import { freeColumns } from "./freeColumns";
import { freeName } from "./freeName";
import { headerText } from "./headerText";
import type { LocatedTable } from "./locateTable";
import { officeCellValue } from "./officeCellValue";
import { ownedColumnIndex } from "../app/ownedColumnIndex";
import { recalculate } from "./recalculate";
import { RequestBatcher } from "./requestBatcher";
import type { BatchOp } from "./requestBatcher";
import { rowsOp } from "./rowsOp";
import { settingRecord, settingStrings } from "./settingValues";
import { readSettingsIn, writeSettingsIn } from "./workbookSettings";

/** Fill of the header cells of the add-in's columns, the command line's colour. */
export const OWNED_HEADER_FILL = "#DCEBFA";

function headerLookOp(sheet: Excel.Worksheet, row: number, column: number): BatchOp {
  return {
    bytes: 600,
    queue: () => {
      const format = sheet.getRangeByIndexes(row, column, 1, 1).format;
      format.font.bold = true;
      format.fill.color = OWNED_HEADER_FILL;
    },
  };
}

/**
 * A block's headers followed by the non-blank header cells right after it, up to the first blank:
 * the add-in's columns written beside the block on an earlier run.
 */
async function regionHeaders(context: Excel.RequestContext, located: LocatedTable): Promise<string[]> {
  const { info, sheet } = located;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("columnIndex,columnCount");
  await context.sync();
  const blockRight = info.firstColumn + info.headers.length - 1;
  const right = used.isNullObject ? blockRight : Math.max(blockRight, used.columnIndex + used.columnCount - 1);
  if (right === blockRight) return [...info.headers];
  const row = sheet.getRangeByIndexes(info.headerRow - 1, blockRight + 1, 1, right - blockRight);
  row.load("values");
  await context.sync();
  const headers = [...info.headers];
  for (const cell of row.values[0]) {
    const text = headerText(cell);
    if (text.trim() === "") break;
    headers.push(text);
  }
  return headers;
}

/**
 * Writes columns next to a located table, by the command line's rules of ownership (see
 * `XlsxWorkbook.writeColumns`), over Office.js.
 *
 * Method:
 * 1. the table's headers: an Excel table's column names; a sheet's block headers; for an address,
 *    its headers plus the non-blank header cells right after it (the add-in's earlier columns);
 * 2. per requested column: the add-in's own column (`ownedColumnIndex`, settings
 *    `ownedColumns[id]`) is refreshed in place; otherwise a new column is named as requested, or
 *    `… (CDP)` when a person's column has that name (ignoring case in an Excel table, where Excel
 *    would rename it);
 * 3. new columns: `table.columns.add` with the header only (never `rows.add`) for an Excel table;
 *    beside a plain block, the first columns to the right with no value in the block's rows
 *    (`freeColumns`), so a column of data without a header is never overwritten;
 * 4. writes: header cells (bold, light-blue fill; an Excel table's header only when shown), then
 *    each body in row blocks under the budget through a `RequestBatcher` with calculation
 *    suspended in every batch; text cells get the text format `@` before their values
 *    (`cellNumberFormat`), other cells the column's number format; values past the table's rows
 *    are ignored, missing ones are blanks; then a recalculation (`recalculate`);
 * 5. settings `ownedColumns[id]` gains the headers written.
 * Progress is reported after each synced block, in rows of all columns.
 *
 * @param context - the request context
 * @param located - the table, from `locateTable`
 * @param columns - the columns to write
 * @param budget - bytes per request
 * @param onProgress - told the rows written so far and the total
 * @returns what was written where
 * @throws DomainError `EMPTY_INPUT` when the table has no header row
 *
 * @example
 * // "Customers": B3:D6 with a person's "Segment" column in D
 * await writeColumnsIn(context, located, [{ header: "Segment", values: ["A", "B", "C"] }], 4_000_000)
 * // => [{ requested: "Segment", header: "Segment (CDP)", column: 4, replaced: false }]
 */
export async function writeColumnsIn(
  context: Excel.RequestContext,
  located: LocatedTable,
  columns: readonly OutputColumn[],
  budget: number,
  onProgress?: ProgressListener,
): Promise<WrittenColumn[]> {
  const { info, sheet } = located;
  const id = info.id;
  if (info.headers.length === 0) {
    throw new DomainError(
      "EMPTY_INPUT",
      `"${id}" has no header row to write columns next to.`,
      `“${id}”没有标题行，无法在旁边写入列。`,
      { id },
    );
  }
  const settings = await readSettingsIn(context);
  const ownedByTable = settingRecord<string[]>(settings.ownedColumns);
  const owned = new Set(settingStrings(ownedByTable[id]));
  const headers = located.kind === "region" ? await regionHeaders(context, located) : [...info.headers];
  const blockWidth = headers.length;

  const planned: { requested: string; header: string; index: number; replaced: boolean }[] = [];
  for (const column of columns) {
    const existing = ownedColumnIndex(column.header, headers, owned);
    if (existing >= 0) {
      planned.push({ requested: column.header, header: headers[existing], index: existing, replaced: true });
      continue;
    }
    const header =
      located.kind === "table"
        ? freeName(column.header, headers)
        : headers.includes(column.header)
          ? ownedColumnName(column.header, headers)
          : column.header;
    planned.push({ requested: column.header, header, index: headers.length, replaced: false });
    headers.push(header);
  }

  const headerRow = info.headerRow - 1;
  const added = planned.filter((p) => !p.replaced);
  const sheetColumn = new Map<number, number>();
  for (const p of planned) if (p.replaced) sheetColumn.set(p.index, info.firstColumn + p.index);
  if (located.kind === "table" && added.length > 0) {
    const table = context.workbook.tables.getItem(info.tableName ?? id);
    for (const p of added) table.columns.add(undefined, undefined, p.header);
    await context.sync();
    for (const p of added) sheetColumn.set(p.index, info.firstColumn + p.index);
  } else if (added.length > 0) {
    const start = info.firstColumn + blockWidth;
    const free = await freeColumns(context, sheet, headerRow, info.rowCount, start, added.length);
    added.forEach((p, k) => sheetColumn.set(p.index, free[k]));
  }

  const batcher = new RequestBatcher(context, { budget, suspendCalculation: true });
  const total = columns.length * info.rowCount;
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  const written: WrittenColumn[] = [];
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k];
    const p = planned[k];
    const target = sheetColumn.get(p.index) as number;
    if (located.kind !== "table") {
      await batcher.add(rowsOp(sheet, headerRow, target, [[p.header]], [[cellNumberFormat(p.header)]]));
    }
    if (located.kind !== "table" || located.showHeaders) await batcher.add(headerLookOp(sheet, headerRow, target));
    if (info.rowCount > 0) {
      const values: (string | number | boolean)[][] = [];
      const formats: string[][] = [];
      for (let i = 0; i < info.rowCount; i++) {
        const value = column.values[i];
        values.push([officeCellValue(value)]);
        formats.push([cellNumberFormat(value, column.numberFormat)]);
      }
      await batcher.add(rowsOp(sheet, headerRow + 1, target, values, formats, progress));
    }
    owned.add(p.header);
    written.push({ requested: p.requested, header: p.header, column: target, replaced: p.replaced });
  }
  await batcher.flush();
  await recalculate(context);
  await writeSettingsIn(context, { ...settings, ownedColumns: { ...ownedByTable, [id]: [...owned] } }, budget);
  return written;
}
