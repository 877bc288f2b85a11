import type { PlanSheetPort } from "../app/buildPlanSheet";
import type {
  OutputColumn,
  ProgressListener,
  SheetContent,
  TableInfo,
  TableMatrix,
  WorkbookPort,
  WrittenColumn,
} from "../app/ports";
import { DomainError } from "../core/errors";
import { inputCellRecords, keepEdits } from "../core/plan/layout";
import type { InputCellRecord, PlanSheetLayout, SheetValue } from "../core/plan/layout";
import { SETTINGS_SHEET } from "../app/settingsSheet";
import { cellNumberFormat } from "./cellNumberFormat";
import { claimSheet } from "./claimSheet";
import { columnWidthPoints } from "./columnWidthPoints";
import { officeRun } from "./excelRun";
import type { ExcelRun } from "./excelRun";
import { findSheetBlock } from "./findSheetBlock";
import { headerText } from "./headerText";
import { locateTable } from "./locateTable";
import type { LocatedTable } from "./locateTable";
import { officeCellValue } from "./officeCellValue";
import { DEFAULT_PAYLOAD_BUDGET } from "./payloadBudget";
import { planSheetOps } from "./planSheetOps";
import { recalculate } from "./recalculate";
import { RequestBatcher } from "./requestBatcher";
import { RowBlockReader } from "./rowBlockReader";
import { rowsOp } from "./rowsOp";
import { selectionTable } from "./selectionTable";
import { settingRecord, settingStrings } from "./settingValues";
import { readSettingsIn, writeSettingsIn } from "./workbookSettings";
import { writeColumnsIn } from "./writeColumnsIn";

/** Options of {@link ExcelWorkbook}. */
export interface ExcelWorkbookOptions {
  /** Bytes one request or response may take; default 80 % of Excel on the web's 5 MB limit. */
  readonly payloadBudget?: number;
  /** Most rows read per block; default 20,000. */
  readonly maxReadRows?: number;
}

const CALL_BYTES = 200;

/** A cell read back from the previous plan sheet, as the layout writes it (blanks `null`, booleans `TRUE`/`FALSE`). */
function sheetValue(value: unknown): SheetValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

/** Excel returns `""` for an empty cell; the port's matrix has `null` there, as the command line's does. */
function blankToNull(value: unknown): unknown {
  return value === "" || value === undefined ? null : value;
}

/**
 * The {@link WorkbookPort} and {@link PlanSheetPort} inside Excel, over Office.js: the only code of
 * the add-in that calls `Excel.run`. It has the command line's semantics (`XlsxWorkbook`): the same
 * tables, the same owned columns and sheets, the same settings sheet, the same kept plan edits.
 *
 * - Tables: Excel tables first (id = table name), then each visible sheet without a table whose
 *   used range holds a block of data (id = sheet name, block found as the command line finds it);
 *   the settings sheet and the add-in's own sheets are skipped. An address such as `Sheet1!A1:H321`
 *   (from {@link tableAtSelection}) is also an id.
 * - Reading is done in row blocks sized to keep each response under the payload budget (Excel on
 *   the web answers at most 5 MB), measured and adapted as it goes, halved and retried when the
 *   host still refuses a block; values only, `""` read as `null`. Dates arrive as Excel serial
 *   numbers, which the table reader reads as dates in date columns (serials of the 1900 date
 *   system: a workbook set to the 1904 date system reads 1,462 days early).
 * - Writing columns: an Excel table gets each new column through `table.columns.add` (header only,
 *   never `rows.add`), a plain block gets its header cell; bodies are written in blocks under the
 *   budget, calculation suspended in each batch and recalculated at the end (unless the workbook
 *   calculates manually). Only columns the add-in owns (settings `ownedColumns[id]`) are rewritten;
 *   a person's column with a requested header keeps it and the new column is named `… (CDP)`.
 *   A new column beside a plain block goes in the first column to the right with no value in the
 *   block's rows, so a column of data without a header is never overwritten.
 * - Text is always written as text: string cells get the text number format `@` in the same batch,
 *   before their values (Office.js reads `=1+1`, `00123` or `2025-01-13` written into a General cell
 *   as a formula, a number, a date). See `cellNumberFormat` for the exceptions.
 * - Sheets the add-in owns are deleted and written again (in the same tab position); a person's
 *   sheet of the name is never touched and the new sheet takes another name.
 * - Settings live in the very hidden sheet `CDP_Settings`, as in the command line's files.
 *
 * @example
 * const port = new ExcelWorkbook();
 * const analysis = await analyzeTable(port, { table: (await port.listTables())[0].id, lang: "zh" });
 * await buildPlanSheet(port, { analysis, lang: "zh" }) // => "客户发展计划"
 */
export class ExcelWorkbook implements WorkbookPort, PlanSheetPort {
  private readonly budget: number;

  /**
   * @param run - runs a batch against Excel; default Office.js's `Excel.run` (tests pass a fake)
   * @param options - payload budget and read block limit
   */
  constructor(
    private readonly run: ExcelRun = officeRun,
    private readonly options: ExcelWorkbookOptions = {},
  ) {
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  }

  async listTables(): Promise<TableInfo[]> {
    return this.run(async (context) => {
      const owned = new Set(settingStrings((await readSettingsIn(context)).ownedSheets));
      const skip = (name: string, visibility: string) =>
        name === SETTINGS_SHEET || owned.has(name) || visibility !== "Visible";
      const tables = context.workbook.tables;
      tables.load("items/name");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      const found = tables.items.map((table) => {
        const sheet = table.worksheet;
        sheet.load("name,visibility");
        const columns = table.columns;
        columns.load("items/name");
        const body = table.getDataBodyRange();
        body.load("rowIndex,columnIndex,rowCount");
        return { table, sheet, columns, body };
      });
      await context.sync();

      const out: TableInfo[] = [];
      const withTables = new Set<string>();
      for (const { table, sheet, columns, body } of found) {
        withTables.add(sheet.name);
        if (skip(sheet.name, sheet.visibility)) continue;
        out.push({
          id: table.name,
          sheet: sheet.name,
          tableName: table.name,
          headerRow: body.rowIndex,
          firstColumn: body.columnIndex,
          rowCount: body.rowCount,
          headers: columns.items.map((c) => c.name),
        });
      }
      const reader = this.reader(context);
      for (const sheet of sheets.items) {
        if (skip(sheet.name, sheet.visibility) || withTables.has(sheet.name)) continue;
        const block = await findSheetBlock(context, reader, sheet);
        if (!block) continue;
        out.push({
          id: sheet.name,
          sheet: sheet.name,
          headerRow: block.headerRow + 1,
          firstColumn: block.firstColumn,
          rowCount: block.lastRow - block.headerRow,
          headers: block.headerCells.map(headerText),
        });
      }
      return out;
    });
  }

  /**
   * The table the selection is in: the Excel table under it, else the block of data around it, its
   * id the block's address (`Sheet1!A1:H321`); see `selectionTable`. `undefined` when the
   * selection is on empty cells, on the settings sheet or on a sheet the add-in owns.
   */
  async tableAtSelection(): Promise<TableInfo | undefined> {
    return this.run((context) => selectionTable(context, this.reader(context), this.budget));
  }

  async readTable(id: string, onProgress?: ProgressListener): Promise<TableMatrix> {
    return this.run(async (context) => {
      const reader = this.reader(context);
      const located = await this.locate(context, reader, id);
      const { info } = located;
      if (info.headers.length === 0) return { info, matrix: [] };
      const matrix: unknown[][] = [located.headerCells.map(blankToNull)];
      const total = info.rowCount;
      let done = 0;
      const area = { top: info.headerRow, left: info.firstColumn, rows: total, columns: info.headers.length };
      for await (const block of reader.read(located.sheet, area)) {
        for (const row of block.values) matrix.push(row.map(blankToNull));
        done += block.values.length;
        onProgress?.(done, total);
      }
      if (total === 0) onProgress?.(0, 0);
      return { info, matrix };
    });
  }

  async writeColumns(
    id: string,
    columns: readonly OutputColumn[],
    onProgress?: ProgressListener,
  ): Promise<WrittenColumn[]> {
    return this.run(async (context) => {
      const located = await this.locate(context, this.reader(context), id);
      return writeColumnsIn(context, located, columns, this.budget, onProgress);
    });
  }

  async writeSheet(content: SheetContent): Promise<string> {
    return this.run(async (context) => {
      const settings = await readSettingsIn(context);
      const owned = new Set(settingStrings(settings.ownedSheets));
      const { name, sheet } = await claimSheet(context, content.name, owned);
      const batcher = new RequestBatcher(context, { budget: this.budget, suspendCalculation: true });
      const width = content.rows.reduce((most, row) => Math.max(most, row.length), 0);
      if (content.rows.length > 0 && width > 0) {
        const values = content.rows.map((row) => Array.from({ length: width }, (_, j) => officeCellValue(row[j])));
        const formats = content.rows.map((row, i) =>
          Array.from({ length: width }, (_, j) =>
            cellNumberFormat(row[j], i === 0 ? undefined : content.columnFormats?.[j]),
          ),
        );
        await batcher.add(rowsOp(sheet, 0, 0, values, formats));
        await batcher.add({
          bytes: 2 * CALL_BYTES,
          queue: () => {
            sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
          },
        });
      }
      await batcher.add({ bytes: CALL_BYTES, queue: () => sheet.freezePanes.freezeRows(1) });
      for (const [i, w] of (content.columnWidths ?? []).entries()) {
        const points = columnWidthPoints(w);
        await batcher.add({
          bytes: CALL_BYTES,
          queue: () => {
            sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = points;
          },
        });
      }
      await batcher.flush();
      await recalculate(context);
      owned.add(name);
      await writeSettingsIn(context, { ...settings, ownedSheets: [...owned] }, this.budget);
      return name;
    });
  }

  /**
   * Writes the customer development plan as a sheet the add-in owns (same rule as
   * {@link writeSheet}), then activates it. What people typed into the input cells of the previous
   * plan sheet of that name (owners, dates, statuses, RACI letters, SWOT rows), found through the
   * records stored in settings `planInputs[name]`, is carried over with `keepEdits`, exactly as the
   * command line does; the new sheet's records are stored for the next rebuild.
   */
  async writePlanSheet(name: string, layout: PlanSheetLayout): Promise<string> {
    return this.run(async (context) => {
      const settings = await readSettingsIn(context);
      const records = settingRecord<InputCellRecord[]>(settings.planInputs);
      const owned = new Set(settingStrings(settings.ownedSheets));
      const previous = context.workbook.worksheets.getItemOrNullObject(name);
      previous.load("name");
      await context.sync();
      let toWrite = layout;
      const kept = records[name];
      if (!previous.isNullObject && owned.has(previous.name) && Array.isArray(kept) && kept.length > 0) {
        const rows = Math.max(...kept.map((r) => r.row)) + 1;
        const columns = Math.max(...kept.map((r) => r.column)) + 1;
        const cells: unknown[][] = [];
        for await (const block of this.reader(context).read(previous, { top: 0, left: 0, rows, columns })) {
          cells.push(...block.values);
        }
        toWrite = keepEdits(layout, kept, (row, column) => sheetValue(cells[row]?.[column])).layout;
      }
      const claimed = await claimSheet(context, name, owned);
      const batcher = new RequestBatcher(context, { budget: this.budget });
      for (const op of planSheetOps(claimed.sheet, toWrite)) await batcher.add(op);
      await batcher.add({ bytes: CALL_BYTES, queue: () => claimed.sheet.activate() });
      await batcher.flush();
      owned.add(claimed.name);
      await writeSettingsIn(
        context,
        { ...settings, ownedSheets: [...owned], planInputs: { ...records, [claimed.name]: inputCellRecords(layout) } },
        this.budget,
      );
      return claimed.name;
    });
  }

  /**
   * Shows a cell to the user: activates its sheet and selects it (the task pane does this when an
   * issue is clicked).
   *
   * @param sheet - the sheet's name
   * @param address - an A1 address on that sheet, e.g. `D7` or `B5:F5`
   * @throws DomainError `BAD_ARGUMENT` when the workbook has no such sheet
   */
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const target = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (target.isNullObject) {
        throw new DomainError(
          "BAD_ARGUMENT",
          `The workbook has no sheet named "${sheet}".`,
          `工作簿中没有名为“${sheet}”的工作表。`,
          { sheet },
        );
      }
      target.activate();
      target.getRange(address).select();
      await context.sync();
    });
  }

  async readSettings(): Promise<Record<string, unknown>> {
    return this.run((context) => readSettingsIn(context));
  }

  async writeSettings(settings: Record<string, unknown>): Promise<void> {
    await this.run((context) => writeSettingsIn(context, settings, this.budget));
  }

  private reader(context: Excel.RequestContext): RowBlockReader {
    return new RowBlockReader(context, {
      budget: this.budget,
      ...(this.options.maxReadRows !== undefined ? { maxRows: this.options.maxReadRows } : {}),
    });
  }

  private async locate(context: Excel.RequestContext, reader: RowBlockReader, id: string): Promise<LocatedTable> {
    const located = await locateTable(context, reader, id);
    if (!located) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `The workbook has no table, sheet or range "${id}".`,
        `工作簿中没有名为“${id}”的表、工作表或区域。`,
        { id },
      );
    }
    return located;
  }
}
