/**
 * The one port every host implements: Office.js inside Excel, exceljs over .xlsx/.csv files in
 * Node or in a browser page. The use cases (analyze, build plan) only ever talk to this interface,
 * so the task pane, the command line and the tests share one path for data.
 */

/** A value the port writes into a cell. Strings are always written as text, never as formulas. */
export type CellValue = string | number | boolean | null;

/** A customer table found in the workbook: an Excel table, or a sheet's block of data under a header row. */
export interface TableInfo {
  /** Stable handle for {@link WorkbookPort.readTable} (a table name, or a sheet name). */
  readonly id: string;
  readonly sheet: string;
  /** The Excel table (ListObject) name, when the data is one. */
  readonly tableName?: string;
  /** Sheet row of the header, 1-based. */
  readonly headerRow: number;
  /** 0-based sheet column index of the table's first column. */
  readonly firstColumn: number;
  /** Data rows under the header (blank rows inside the block included). */
  readonly rowCount: number;
  readonly headers: readonly string[];
}

/** A table's cells: the header row first, then the data rows, as plain values (see {@link flattenCell}). */
export interface TableMatrix {
  readonly info: TableInfo;
  readonly matrix: readonly (readonly unknown[])[];
}

/** A column the add-in writes next to a table. */
export interface OutputColumn {
  readonly header: string;
  /** One value per data row of the table, in row order. */
  readonly values: readonly CellValue[];
  /** Excel number format, e.g. `0.00`, `#,##0`, `0%`. */
  readonly numberFormat?: string;
}

/** What happened to each requested column. */
export interface WrittenColumn {
  /** The header the use case asked for. */
  readonly requested: string;
  /** The header actually written: different when a user's column already had the requested name. */
  readonly header: string;
  /** 0-based sheet column index it was written to. */
  readonly column: number;
  /** True when an earlier run's column (owned by the add-in) was refreshed in place. */
  readonly replaced: boolean;
}

/** A whole sheet the add-in owns (a per-customer score sheet, later the plan). */
export interface SheetContent {
  readonly name: string;
  /** Header row first. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Excel number format per column (undefined = General). */
  readonly columnFormats?: readonly (string | undefined)[];
  /** Column widths in characters. */
  readonly columnWidths?: readonly number[];
}

/** Progress of a long read or write: `done` of `total` rows. */
export type ProgressListener = (done: number, total: number) => void;

export interface WorkbookPort {
  /** The customer tables the user can pick from. */
  listTables(): Promise<TableInfo[]>;
  /** Reads a table's header and data rows. */
  readTable(id: string, onProgress?: ProgressListener): Promise<TableMatrix>;
  /**
   * Writes columns to the right of a table. Only columns the add-in owns are ever overwritten: a
   * user's column with a requested header is left alone and the new column gets another name.
   */
  writeColumns(id: string, columns: readonly OutputColumn[], onProgress?: ProgressListener): Promise<WrittenColumn[]>;
  /**
   * Writes a sheet the add-in owns, replacing its previous version. A user's sheet with the same
   * name is never touched: the new sheet gets another name, which is returned.
   */
  writeSheet(content: SheetContent): Promise<string>;
  /** Settings stored in the workbook itself, so colleagues who open the file see the same. */
  readSettings(): Promise<Record<string, unknown>>;
  writeSettings(settings: Record<string, unknown>): Promise<void>;
}
