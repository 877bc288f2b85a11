import type { CellValue as ExcelJsCellValue, Style, Workbook, Worksheet } from "exceljs";
import type {
  CellValue,
  OutputColumn,
  SheetContent,
  ProgressListener,
  TableInfo,
  TableMatrix,
  WorkbookPort,
  WrittenColumn,
} from "../app/ports";
import { findDataBlock } from "../app/findDataBlock";
import { flattenCell } from "./flattenCell";
import { ownedColumnName } from "../app/ownedColumnName";
import { ownedColumnIndex } from "../app/ownedColumnIndex";
import { SETTINGS_SHEET } from "../app/settingsSheet";
import { inputCellRecords, keepEdits } from "../core/plan/layout";
import type { InputCellRecord, PlanSheetLayout, SheetValue } from "../core/plan/layout";
import { writePlanSheet } from "./writePlanSheet";
import { addChartsToXlsx } from "./charts";
import type { SheetCharts } from "./charts";
import { dateOfSerial, isDateFormat } from "./excelDates";
import { escapeSheetText } from "./escapeSheetText";
import { editXlsxPackage } from "./package/editXlsxPackage";
import { OWNED_HEADER_FILL } from "./package/ownedCellFormats";
import { contentSheet, settingsSheet } from "./package/rowSheets";
import type { ColumnEdit, OwnedSheet, SheetColumnEdits } from "./package/editXlsxPackage";
import { exceljsSheets } from "./package/exceljsSheets";
import { PackageNotEditable } from "./package/packageNotEditable";

export { SETTINGS_SHEET };
/** Excel's most characters in a cell is 32,767: a longer setting continues in the next columns. */
const SETTING_PART = 32_000;

/** What a sheet the add-in wrote in this session holds, to write it into the saved package. */
type OwnedWrite =
  | { readonly kind: "rows"; readonly content: SheetContent }
  | { readonly kind: "settings"; readonly rows: readonly (readonly CellValue[])[] }
  | { readonly kind: "plan" };

/**
 * The {@link WorkbookPort} over an exceljs workbook: the same use cases that run inside Excel run on
 * .xlsx and .csv files in Node and in a browser page.
 *
 * Every sheet except the settings sheet and the sheets the add-in wrote is offered as a table; the
 * table's id is the sheet name.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Charts of the plan sheets written in this session, added to the package by {@link toXlsx}. */
  private readonly charts = new Map<string, SheetCharts>();
  /** Columns written next to tables in this session, by sheet. */
  private readonly columnEdits = new Map<
    string,
    { headerRow: number; rowCount: number; columns: Map<number, ColumnEdit> }
  >();
  /** Sheets the add-in wrote whole in this session, in the order they were (last) written. */
  private readonly ownedWrites = new Map<string, OwnedWrite>();

  /**
   * Columns written but not yet put into the workbook library's cells, by sheet. Putting a large
   * table's columns into its cells takes as long as scoring it, and a save that edits the package
   * never reads them: for a workbook read from a file they are put in only when something reads
   * the sheet.
   */
  private readonly unapplied = new Map<string, { info: TableInfo; edit: ColumnEdit }[]>();
  /** True once the library's workbook was handed out: it may have been changed outside the port. */
  private handedOut = false;

  /**
   * @param book - the workbook, as the workbook library read it (or built it)
   * @param source - the .xlsx bytes it was read from, when it was: a save then edits that package
   *   instead of writing every sheet anew
   */
  constructor(
    private readonly book: Workbook,
    private readonly source?: Uint8Array,
  ) {}

  /**
   * The workbook, as the workbook library holds it, with every written column in its cells. Once
   * it has been handed out, anything may have changed in it, so a save writes it whole.
   */
  get workbook(): Workbook {
    this.applyAllColumns();
    this.handedOut = true;
    return this.book;
  }

  /**
   * The workbook as .xlsx bytes. A workbook opened from an .xlsx file is saved by editing that
   * file's package (see `editXlsxPackage`): the user's sheets, charts and everything else stay as
   * they were, only the written columns, the add-in's sheets and their formats are added. A
   * workbook read from CSV, one whose library workbook was handed out through {@link workbook}, or a
   * package in a form the editor does not read, is written whole by the workbook library, and the
   * native charts of the plan sheets are added to it afterwards; `rewrite` asks for that whole
   * writing in any case.
   */
  async toXlsx(options: { readonly rewrite?: boolean } = {}): Promise<Uint8Array> {
    if (this.source && !this.handedOut && !options.rewrite) {
      try {
        return await this.editedPackage(this.source);
      } catch (e) {
        if (!(e instanceof PackageNotEditable)) throw e;
      }
    }
    return this.rewrittenPackage();
  }

  private async rewrittenPackage(): Promise<Uint8Array> {
    this.applyAllColumns();
    const undo = escapeSheetText(this.book.worksheets);
    try {
      // Deflate level 3 instead of the default 6: about a fifth larger, and a large save takes a third less time.
      const zip = { compression: "DEFLATE", compressionOptions: { level: 3 } } as const;
      const bytes = new Uint8Array(await this.book.xlsx.writeBuffer({ zip }));
      return addChartsToXlsx(bytes, this.liveCharts());
    } finally {
      undo();
    }
  }

  private async editedPackage(source: Uint8Array): Promise<Uint8Array> {
    const planSheets = [...this.ownedWrites]
      .filter(([name, write]) => write.kind === "plan" && this.book.getWorksheet(name))
      .map(([name]) => ({ sheet: this.book.getWorksheet(name) as Worksheet }));
    const plans = new Map(
      (await exceljsSheets(planSheets, this.book.properties.date1904 === true)).map((s) => [s.name, s]),
    );
    const sheets: OwnedSheet[] = [];
    for (const [name, write] of this.ownedWrites) {
      if (!this.book.getWorksheet(name)) continue;
      if (write.kind === "plan") sheets.push(plans.get(name) as OwnedSheet);
      else if (write.kind === "settings") sheets.push(settingsSheet(name, write.rows));
      else sheets.push(contentSheet(write.content));
    }
    const columns: SheetColumnEdits[] = [...this.columnEdits].map(([sheet, edit]) => ({
      sheet,
      headerRow: edit.headerRow,
      rowCount: edit.rowCount,
      columns: [...edit.columns.values()],
    }));
    return editXlsxPackage(source, {
      columns,
      sheets,
      charts: this.liveCharts(),
      fullCalcOnLoad: this.book.calcProperties.fullCalcOnLoad === true,
    });
  }

  private liveCharts(): SheetCharts[] {
    return [...this.charts.values()].filter((s) => this.book.getWorksheet(s.sheet) !== undefined);
  }

  async listTables(): Promise<TableInfo[]> {
    this.applyAllColumns();
    const tables: TableInfo[] = [];
    const owned = new Set(((await this.readSettings()).ownedSheets ?? []) as string[]);
    for (const sheet of this.book.worksheets) {
      if (sheet.name === SETTINGS_SHEET || owned.has(sheet.name) || sheet.state === "veryHidden") continue;
      const info = this.describe(sheet);
      if (info) tables.push(info);
    }
    return tables;
  }

  async readTable(id: string, onProgress?: ProgressListener): Promise<TableMatrix> {
    const sheet = this.sheet(id);
    const rows = sheetRows(sheet);
    const info = this.describe(sheet, rows);
    if (!info) return { info: emptyInfo(sheet.name), matrix: [] };
    const first = info.headerRow - 1;
    const width = info.headers.length;
    const matrix: unknown[][] = [];
    for (let i = first; i <= first + info.rowCount; i++) {
      const source = rows[i] ?? [];
      const out = new Array<unknown>(width);
      for (let c = 0; c < width; c++) out[c] = source[info.firstColumn + c] ?? null;
      matrix.push(out);
    }
    onProgress?.(info.rowCount, info.rowCount);
    return { info, matrix };
  }

  async writeColumns(
    id: string,
    columns: readonly OutputColumn[],
    onProgress?: ProgressListener,
  ): Promise<WrittenColumn[]> {
    const sheet = this.sheet(id);
    const info = this.describe(sheet);
    if (!info) throw new Error(`Sheet "${id}" has no header row to write next to.`);
    const settings = await this.readSettings();
    const ownedByTable = (settings.ownedColumns ?? {}) as Record<string, string[]>;
    const owned = new Set(ownedByTable[id] ?? []);
    const headers = [...info.headers];
    // Cells a person typed to the right of the table, under an empty header cell, are theirs: new
    // columns start after the last cell used in any of the table's rows.
    for (let r = info.headerRow; r <= info.headerRow + info.rowCount; r++) {
      const used = sheet.getRow(r).cellCount - info.firstColumn;
      while (headers.length < used) headers.push("");
    }
    const written: WrittenColumn[] = [];
    let done = 0;
    const total = columns.length * info.rowCount;

    for (const column of columns) {
      const existing = ownedColumnIndex(column.header, headers, owned);
      let target: number;
      let header: string;
      let replaced = false;
      if (existing >= 0) {
        target = existing;
        header = headers[existing];
        replaced = true;
      } else {
        header = headers.includes(column.header) ? ownedColumnName(column.header, headers) : column.header;
        target = headers.length;
        headers.push(header);
      }
      owned.add(header);
      const edit = {
        column: info.firstColumn + target,
        header,
        numberFormat: column.numberFormat,
        values: column.values,
      };
      this.recordColumn(id, info, edit);
      this.unapplied.set(id, [...(this.unapplied.get(id) ?? []), { info, edit }]);
      // A workbook not read from a file may be held by whoever made it: its cells are written now.
      if (!this.source) this.applyColumns(id);
      written.push({ requested: column.header, header, column: info.firstColumn + target, replaced });
      done += info.rowCount;
      onProgress?.(done, total);
    }
    await this.writeSettings({ ...settings, ownedColumns: { ...ownedByTable, [id]: [...owned] } });
    return written;
  }

  private applyAllColumns(): void {
    for (const sheet of [...this.unapplied.keys()]) this.applyColumns(sheet);
  }

  /** Puts a sheet's written columns into the workbook library's cells. */
  private applyColumns(id: string): void {
    const pending = this.unapplied.get(id);
    this.unapplied.delete(id);
    const sheet = this.book.getWorksheet(id);
    if (!pending || !sheet) return;
    for (const { info, edit } of pending) {
      const sheetColumn = edit.column + 1; // exceljs columns are 1-based
      const headerCell = sheet.getRow(info.headerRow).getCell(sheetColumn);
      headerCell.value = edit.header;
      headerCell.font = { bold: true };
      headerCell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: OWNED_HEADER_FILL } };
      // One style object for the whole column: the workbook library then writes the style once
      // instead of once per cell, which is most of the time a large save takes.
      const style: Partial<Style> = edit.numberFormat ? { numFmt: edit.numberFormat } : {};
      for (let i = 0; i < info.rowCount; i++) {
        const row = sheet.getRow(info.headerRow + 1 + i);
        const value = edit.values[i] ?? null;
        if (value === null) {
          // A blank is only written over an earlier value: an untouched cell stays absent from the file.
          const earlier = row.findCell(sheetColumn);
          if (earlier) earlier.value = null;
          continue;
        }
        const cell = row.getCell(sheetColumn);
        cell.value = value;
        cell.style = style;
      }
    }
  }

  private recordColumn(sheet: string, info: TableInfo, column: ColumnEdit): void {
    const edits = this.columnEdits.get(sheet) ?? {
      headerRow: info.headerRow,
      rowCount: info.rowCount,
      columns: new Map(),
    };
    edits.headerRow = info.headerRow;
    edits.rowCount = Math.max(edits.rowCount, info.rowCount);
    edits.columns.set(column.column, column);
    this.columnEdits.set(sheet, edits);
  }

  /** Notes a sheet written whole, as the newest (so it is saved in the workbook's order). */
  private recordSheet(name: string, write: OwnedWrite): void {
    this.ownedWrites.delete(name);
    this.ownedWrites.set(name, write);
  }

  async writeSheet(content: SheetContent): Promise<string> {
    const { name, settings, owned } = await this.claimSheet(content.name);
    const sheet = this.book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    // A number in a date-formatted column is an Excel serial: it is stored as a date, so the workbook
    // library, the CSV output and anyone reading the sheet see a date.
    const dateColumn = (content.columnFormats ?? []).map(isDateFormat);
    content.rows.forEach((row, r) =>
      sheet.addRow(
        row.map((v, c) =>
          v === undefined ? null : r > 0 && dateColumn[c] && typeof v === "number" ? dateOfSerial(v) : v,
        ),
      ),
    );
    sheet.getRow(1).font = { bold: true };
    content.columnFormats?.forEach((format, i) => {
      if (format) sheet.getColumn(i + 1).numFmt = format;
    });
    content.columnWidths?.forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
    owned.add(name);
    this.recordSheet(name, { kind: "rows", content: { ...content, name } });
    await this.writeSettings({ ...settings, ownedSheets: [...owned] });
    return name;
  }

  /**
   * Writes the customer development plan as a sheet the add-in owns, with the same rule as
   * {@link writeSheet}: an earlier plan sheet of that name is replaced, a user's sheet of that name is
   * left alone and the plan gets another name, which is returned.
   */
  async writePlanSheet(name: string, layout: PlanSheetLayout): Promise<string> {
    const settings = await this.readSettings();
    const records = (settings.planInputs ?? {}) as Record<string, InputCellRecord[]>;
    const previous = this.book.getWorksheet(name);
    const ownedBefore = new Set((settings.ownedSheets ?? []) as string[]);
    // What people typed into the previous plan (owners, dates, status, RACI letters) is carried over.
    const toWrite =
      previous && ownedBefore.has(name) && records[name]
        ? keepEdits(layout, records[name], (row, column) => sheetValue(previous.getCell(row + 1, column + 1).value))
            .layout
        : layout;
    const claimed = await this.claimSheet(name);
    writePlanSheet(this.book.addWorksheet(claimed.name), toWrite);
    // Live KPI formulas carry plan-time results; Excel recalculates them when the file opens.
    if (toWrite.cells.some((c) => c.formula !== undefined)) this.book.calcProperties.fullCalcOnLoad = true;
    this.charts.delete(name);
    if (toWrite.charts.length > 0) {
      const values = new Map(toWrite.cells.map((c) => [`${c.row}:${c.column}`, c.value]));
      this.charts.set(claimed.name, {
        sheet: claimed.name,
        charts: toWrite.charts,
        cell: (row, column) => values.get(`${row}:${column}`) ?? null,
      });
    }
    claimed.owned.add(claimed.name);
    this.recordSheet(claimed.name, { kind: "plan" });
    await this.writeSettings({
      ...claimed.settings,
      ownedSheets: [...claimed.owned],
      planInputs: { ...records, [claimed.name]: inputCellRecords(layout) },
    });
    return claimed.name;
  }

  /** Removes the add-in's own sheet called `requested`, or picks a free name when a user's sheet has it. */
  private async claimSheet(
    requested: string,
  ): Promise<{ name: string; settings: Record<string, unknown>; owned: Set<string> }> {
    const settings = await this.readSettings();
    const owned = new Set((settings.ownedSheets ?? []) as string[]);
    let name = requested;
    const existing = this.book.getWorksheet(name);
    if (existing && owned.has(name)) {
      this.book.removeWorksheet(existing.id);
    } else if (existing) {
      const taken = this.book.worksheets.map((w) => w.name);
      name = ownedColumnName(requested, taken);
    }
    return { name, settings, owned };
  }

  async readSettings(): Promise<Record<string, unknown>> {
    const sheet = this.book.getWorksheet(SETTINGS_SHEET);
    if (!sheet) return {};
    const settings: Record<string, unknown> = {};
    sheet.eachRow((row, index) => {
      if (index === 1) return;
      const key = flattenCell(row.getCell(1).value);
      let json = "";
      for (let c = 2; ; c++) {
        const part = flattenCell(row.getCell(c).value);
        if (typeof part !== "string" || part === "") break;
        json += part;
      }
      if (typeof key !== "string" || json === "") return;
      try {
        settings[key] = JSON.parse(json);
      } catch {
        // A setting someone edited by hand into invalid JSON is ignored rather than trusted.
      }
    });
    return settings;
  }

  async writeSettings(settings: Record<string, unknown>): Promise<void> {
    const previous = this.book.getWorksheet(SETTINGS_SHEET);
    if (previous) this.book.removeWorksheet(previous.id);
    const sheet = this.book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    const rows = settingsRows(settings);
    for (const row of rows) sheet.addRow([...row]);
    this.recordSheet(SETTINGS_SHEET, { kind: "settings", rows });
  }

  /** A sheet, with the columns written to it in its cells. */
  private sheet(id: string): Worksheet {
    this.applyColumns(id);
    const sheet = this.book.getWorksheet(id);
    if (!sheet) throw new Error(`The workbook has no sheet named "${id}".`);
    return sheet;
  }

  private describe(sheet: Worksheet, rows = sheetRows(sheet)): TableInfo | undefined {
    const block = findDataBlock(rows);
    if (!block) return undefined;
    const header = rows[block.headerIndex];
    const headers: string[] = [];
    for (let c = block.firstColumn; c <= block.lastColumn; c++) {
      const v = header[c];
      headers.push(v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    }
    return {
      id: sheet.name,
      sheet: sheet.name,
      headerRow: block.headerIndex + 1,
      firstColumn: block.firstColumn,
      rowCount: block.lastRowIndex - block.headerIndex,
      headers,
    };
  }
}

/** The settings sheet's rows: a header, then a key and its JSON per row, split over cells when long. */
function settingsRows(settings: Record<string, unknown>): string[][] {
  const rows = [["key", "value (JSON)"]];
  for (const [key, value] of Object.entries(settings)) {
    const json = JSON.stringify(value);
    if (json === undefined) continue;
    const parts: string[] = [];
    for (let i = 0; i < json.length; i += SETTING_PART) parts.push(json.slice(i, i + SETTING_PART));
    rows.push([key, ...parts]);
  }
  return rows;
}

/** A plan cell's value as the layout writes it: dates as Excel serials, everything else as text or number. */
function sheetValue(value: ExcelJsCellValue): SheetValue {
  const flat = flattenCell(value);
  if (flat instanceof Date) return flat.getTime() / 86_400_000 + 25_569;
  if (typeof flat === "boolean") return String(flat).toUpperCase();
  return flat;
}

/** All rows of a sheet as 0-based arrays of flattened values (index 0 = sheet row 1, column A). */
function sheetRows(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const out: unknown[] = [];
    for (let c = 1; c < values.length; c++) out.push(flattenCell(values[c] as never));
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return rows;
}

function emptyInfo(sheet: string): TableInfo {
  return { id: sheet, sheet, headerRow: 1, firstColumn: 0, rowCount: 0, headers: [] };
}
