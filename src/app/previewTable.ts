import { isoFromDay } from "../core/days";
import { isDomainError } from "../core/errors";
import { columnLetters } from "../core/issues";
import { userColumns } from "./userColumns";
import type { Issue } from "../core/issues";
import { detectColumns, FIELD_KEYS, headerText, readCustomers, REQUIRED_FIELDS } from "../core/table";
import type {
  ColumnMapping,
  FieldKey,
  LifetimesUnit,
  ReadCustomersResult,
  ResolvedColumns,
  TableShape,
} from "../core/table";
import type { Day, LocalizedText } from "../core/types";
import type { TableInfo, WorkbookPort } from "./ports";

/** Settings key under which the user's column choices are kept, per table: field → header text. */
export const COLUMN_MAPPINGS_SETTING = "columnMappings";

/** Options of {@link previewTable}: the same reading options Analyze takes. */
export interface PreviewOptions {
  /**
   * The user's column choices (0-based index among the user's columns, or header text). Default:
   * the choices saved in the workbook for this table (settings {@link COLUMN_MAPPINGS_SETTING}),
   * leaving out any whose header is no longer there.
   */
  readonly mapping?: ColumnMapping;
  /** Default `"auto"`: recognised from the headers. */
  readonly shape?: "auto" | TableShape;
  /** Default: the latest purchase date in the data. */
  readonly asOf?: Day;
  /** Time unit of a lifetimes-style table's recency and T. Default `"days"`. */
  readonly unit?: LifetimesUnit;
}

/** Whether Analyze can run on the table as it is read now. */
export type PreviewStatus = "ready" | "mappingNeeded" | "empty";

/** One of the user's columns, as the column-mapping picker offers it. */
export interface PreviewColumn {
  /** 0-based index among the user's columns: the value a {@link ColumnMapping} takes. */
  readonly index: number;
  /** The header as written, trimmed (`""` when blank). */
  readonly header: string;
  /** The sheet column's letters, e.g. `"C"`. */
  readonly letters: string;
}

/** What {@link previewTable} found. */
export interface TablePreview {
  readonly table: TableInfo;
  readonly status: PreviewStatus;
  /** Why Analyze cannot run yet (status `mappingNeeded` or `empty`), in both languages. */
  readonly problem?: LocalizedText;
  /** The user's columns (columns an earlier Analyze wrote are left out, as Analyze leaves them out). */
  readonly columns: readonly PreviewColumn[];
  /** The shape the table is read as (for a table that cannot be read: the shape asked for, or a summary). */
  readonly shape: TableShape;
  /** Field → column index, as recognised and chosen. */
  readonly fields: ResolvedColumns;
  /** The fields whose column the user chose (from `options.mapping` or the saved choices), with that column. */
  readonly userMapping: Readonly<Partial<Record<FieldKey, number>>>;
  /** The fields the shape needs. */
  readonly required: readonly FieldKey[];
  /** Needed fields without a column (empty unless the status is `mappingNeeded`). */
  readonly missing: readonly FieldKey[];
  /** Data rows under the header, blank ones included. */
  readonly rowsRead: number;
  /** Customers that can be scored. */
  readonly customers: number;
  /** The as-of date that would be used, `YYYY-MM-DD`. */
  readonly asOf?: string;
  /** Problems with cells and rows, in sheet order, each with its A1 address on the table's sheet. */
  readonly issues: readonly Issue[];
}

/**
 * Reads a customer table without writing anything and says what Analyze would make of it: the
 * columns and which field each holds, the shape, the number of rows and customers, the as-of date
 * and every issue with its cell address. The task pane's Data panel shows this before Analyze runs.
 *
 * Method: the table is read through the port; columns an earlier Analyze wrote (settings
 * `ownedColumns`) are left out exactly as Analyze leaves them out, so column indexes and addresses
 * agree with Analyze's. Then `readCustomers` runs with the same options Analyze would pass. A table
 * whose needed columns cannot all be found is not an error here: the status is `mappingNeeded`,
 * with the fields found so far and the missing ones. A table without a header row or data rows has
 * the status `empty`. Saved column choices are stored by header text, so they survive columns being
 * moved; a saved choice whose header is gone, or a second choice of the same column, is dropped.
 *
 * One read of the table, O(rows × columns).
 *
 * @param port - the workbook
 * @param tableId - a table's id from `listTables`
 * @param options - column choices, shape, as-of date and lifetimes unit
 * @returns the preview
 * @throws {DomainError} `BAD_ARGUMENT` when `options.mapping` names a column that does not exist,
 *   one column for two fields, or when an option is invalid; the port's errors (an unknown table)
 *
 * @example
 * // a sheet "Customers": Customer ID | Last purchase | Orders | Sales, two one-time buyers, one amount "n/a"
 * const preview = await previewTable(port, "Customers");
 * [preview.status, preview.rowsRead, preview.customers, preview.issues.map((i) => i.address)]
 * // => ["ready", 2, 1, ["D3"]]
 */
export async function previewTable(
  port: WorkbookPort,
  tableId: string,
  options: PreviewOptions = {},
): Promise<TablePreview> {
  const table = await port.readTable(tableId);
  const { info } = table;
  // The same rule as Analyze: the add-in's own columns are not input.
  const settings = await port.readSettings();
  const { input, keep } = userColumns(table, settings, tableId);
  const headerRow = input[0] ?? [];
  const columns: PreviewColumn[] = keep.map((source, index) => ({
    index,
    header: headerText(headerRow[index]),
    letters: columnLetters(info.firstColumn + source),
  }));
  const mapping = options.mapping ?? savedMapping(settings, tableId, columns);
  const requested = options.shape ?? "auto";

  let read: ReadCustomersResult | undefined;
  let failure: { code: string; problem: LocalizedText; detail?: Readonly<Record<string, unknown>> } | undefined;
  try {
    read = readCustomers(input, {
      mapping,
      shape: requested,
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      ...(options.unit !== undefined ? { unit: options.unit } : {}),
      headerRow: info.headerRow,
      firstColumn: info.firstColumn,
    });
  } catch (e) {
    if (!isDomainError(e) || (e.code !== "MISSING_COLUMN" && e.code !== "EMPTY_INPUT")) throw e;
    failure = { code: e.code, problem: { en: e.message, zh: e.messageZh }, ...(e.detail ? { detail: e.detail } : {}) };
  }

  const fields = read ? read.mapping : recognised(headerRow, mapping, requested);
  const shape: TableShape =
    read?.shape ?? (failure?.detail?.shape as TableShape | undefined) ?? (requested === "auto" ? "summary" : requested);
  const userMapping: Partial<Record<FieldKey, number>> = {};
  for (const key of Object.keys(mapping) as FieldKey[]) {
    const column = fields[key];
    if (mapping[key] !== undefined && column !== undefined) userMapping[key] = column;
  }
  return {
    table: info,
    status: read ? "ready" : failure?.code === "MISSING_COLUMN" ? "mappingNeeded" : "empty",
    ...(failure ? { problem: failure.problem } : {}),
    columns,
    shape,
    fields,
    userMapping,
    required: REQUIRED_FIELDS[shape],
    missing: ((failure?.detail?.missing as FieldKey[] | undefined) ?? []).slice(),
    rowsRead: read ? read.rowsRead : Math.max(0, input.length - 1),
    customers: read ? read.customers.length : 0,
    ...(read?.asOf !== undefined ? { asOf: isoFromDay(read.asOf) } : {}),
    issues: read ? read.issues : [],
  };
}

/** The fields recognised in a header row whose table could not be read, as `readCustomers` recognises them. */
function recognised(headerRow: readonly unknown[], mapping: ColumnMapping, requested: "auto" | TableShape) {
  if (headerRow.length === 0) return {};
  const columns = {
    ...detectColumns(headerRow, {
      mapping,
      lifetimes: requested === "lifetimes" ? true : requested === "auto" ? "auto" : false,
    }).columns,
  };
  // As readCustomers does: a table whose only customer column is headed like a name is keyed by it.
  if (columns.id === undefined && columns.name !== undefined && mapping.id === undefined) columns.id = columns.name;
  return columns;
}

/** The column choices saved for a table, resolved against its current headers. */
function savedMapping(
  settings: Record<string, unknown>,
  tableId: string,
  columns: readonly PreviewColumn[],
): ColumnMapping {
  const all = settings[COLUMN_MAPPINGS_SETTING];
  const saved = typeof all === "object" && all !== null ? (all as Record<string, unknown>)[tableId] : undefined;
  if (typeof saved !== "object" || saved === null) return {};
  const mapping: Partial<Record<FieldKey, number>> = {};
  const taken = new Set<number>();
  for (const field of FIELD_KEYS) {
    const header = (saved as Record<string, unknown>)[field];
    if (typeof header !== "string" || header.trim() === "") continue;
    const column = columns.find((c) => c.header === header.trim());
    if (column === undefined || taken.has(column.index)) continue;
    mapping[field] = column.index;
    taken.add(column.index);
  }
  return mapping;
}
