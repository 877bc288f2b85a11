// Written by hand: no installed library fakes Office.js with load/sync semantics and payload limits (office-addin-mock is not installed and does not queue writes).
// One file over 400 lines on purpose: every proxy class shares the request context's queue and the workbook model, and each is small.
/**
 * An in-memory Excel behind exactly the Office.js calls `src/excel` makes, with Office.js's proxy
 * semantics:
 * - reading a property before `load` + `sync` throws `PropertyNotLoaded`;
 * - writes, method calls and loads are queued and run in order at `context.sync()`;
 * - `isNullObject` is known after the sync that follows a `…OrNullObject` call; using a null object
 *   in a write throws `ItemNotFound` at the sync;
 * - every sync's request size (calls, objects, JSON of the values, formulas and formats sent) and
 *   response size (JSON of the loaded values) is recorded; over the limit (default 5 MB) the sync
 *   throws `RequestPayloadSizeLimitExceeded` (nothing of the batch applied) or
 *   `ResponsePayloadSizeLimitExceeded`;
 * - a text written through `values` or `formulas` into a cell not formatted as text (`@`) is typed
 *   as Excel types it: `=…` (also `+`, `-`, `@`) becomes a formula, `00123` a number, `TRUE` a
 *   boolean, `2025-01-13` a date serial;
 * - a range read of more than 5,000,000 cells returns `values: null`.
 */
import type { Workbook } from "exceljs";
import type { ExcelRun } from "../../src/excel/excelRun";
import { flattenCell } from "../../src/headless/flattenCell";
import {
  type CellModel,
  type ChartModel,
  type ConditionalFormatModel,
  MAX_COLUMN,
  MAX_ROW,
  overlaps,
  type Rect,
  type SeriesModel,
  SheetModel,
  TableModel,
  typedEntry,
  WorkbookModel,
} from "./fakeExcelModel";

export { SheetModel, TableModel, WorkbookModel } from "./fakeExcelModel";
export type { CellModel, Rect } from "./fakeExcelModel";

/** Bytes Office.js spends on each call and each object in a request (its JSON wrapping). */
const CALL_BYTES = 60;
const MB5 = 5 * 1024 * 1024;
const MAX_READ_CELLS = 5_000_000;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The error code when the sync failed. */
  readonly error?: string;
  /** Whether the batch started with `suspendApiCalculationUntilNextSync()`. */
  readonly suspended: boolean;
}

/** A rectangle of cells some call wrote (values, formats, merges, validations …). */
export interface WriteRecord {
  readonly sheet: string;
  readonly rect: Rect;
  readonly what: string;
}

interface Action {
  readonly bytes: number;
  readonly run: () => number | void;
}

/** Bytes of a value as UTF-8 JSON, measured with Node's encoder (independently of the adapter's estimate). */
function jsonBytes(value: unknown): number {
  // Items of a loaded collection travel as their loaded properties.
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof FakeProxy ? v.loadedView() : v));
  return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function rectOf(top: number, left: number, rows: number, columns: number): Rect {
  if (rows < 1 || columns < 1 || top < 0 || left < 0 || top + rows - 1 > MAX_ROW || left + columns - 1 > MAX_COLUMN) {
    throw new FakeOfficeError("InvalidArgument", `Bad range ${top},${left} ${rows}x${columns}.`);
  }
  return { top, left, bottom: top + rows - 1, right: left + columns - 1 };
}

function parseA1(address: string): Rect {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address);
  if (!m) throw new FakeOfficeError("InvalidArgument", `Bad address ${address}.`);
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function splitProps(spec: string | string[]): string[] {
  return (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter((p) => p !== "");
}

/** Writes `entry` into `cell` the way Excel types it, unless the cell is formatted as text. */
function typeInto(cell: CellModel, entry: string | number | boolean): void {
  delete cell.formula;
  if (typeof entry !== "string" || cell.numberFormat === "@") {
    cell.value = entry;
    return;
  }
  const typed = typedEntry(entry);
  cell.value = typed.value;
  if (typed.formula !== undefined) cell.formula = typed.formula;
}

/** The request context: queues actions, runs them at `sync`. */
export class FakeContext {
  private queue: Action[] = [];
  private created: FakeProxy[] = [];
  private suspendedBatch = false;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(bytes: number, run: () => number | void): void {
    this.queue.push({ bytes: CALL_BYTES + bytes, run });
  }

  created_(proxy: FakeProxy): void {
    this.created.push(proxy);
  }

  suspend(): void {
    this.suspendedBatch = true;
    this.enqueue(0, () => {
      this.excel.suspendCalls++;
    });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const created = this.created;
    const suspended = this.suspendedBatch;
    this.queue = [];
    this.created = [];
    this.suspendedBatch = false;
    const requestBytes = queue.reduce((n, a) => n + a.bytes, 0) + created.length * CALL_BYTES;
    if (requestBytes > this.excel.payloadLimit) {
      const error = new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
      this.excel.syncs.push({ requestBytes, responseBytes: 0, error: error.code, suspended });
      throw error;
    }
    let responseBytes = 0;
    const loaded: FakeProxy[] = [];
    try {
      for (const action of queue) {
        const bytes = action.run();
        if (typeof bytes === "number") responseBytes += bytes;
      }
      for (const proxy of created) proxy.settle();
    } catch (error) {
      const code = error instanceof FakeOfficeError ? error.code : "GeneralException";
      this.excel.syncs.push({ requestBytes, responseBytes, error: code, suspended });
      for (const proxy of [...created, ...this.excel.proxies]) proxy.discardPending();
      throw error;
    }
    if (responseBytes > this.excel.payloadLimit) {
      for (const proxy of this.excel.proxies) proxy.discardPending();
      const error = new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
      this.excel.syncs.push({ requestBytes, responseBytes, error: error.code, suspended });
      throw error;
    }
    for (const proxy of this.excel.proxies) proxy.commit(loaded);
    this.excel.syncs.push({ requestBytes, responseBytes, suspended });
  }
}

/** Base of every proxy: lazily resolved model object, loaded properties, null-object state. */
abstract class FakeProxy {
  private loaded = new Map<string, unknown>();
  private pending = new Map<string, unknown>();
  private settled = false;
  private resolved: { model: unknown } | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    quiet = false,
  ) {
    // Items of a loaded collection come with the response; they are not objects of the request.
    if (!quiet) ctx.created_(this);
    ctx.excel.proxies.add(this);
  }

  /** Where a loaded property is kept: a collection keeps `items/…` loads as `items`. */
  protected keyOf(property: string): string {
    return property;
  }

  /** The model object, or `null` for a null object. */
  protected abstract resolve(): unknown;

  model<T>(): T {
    if (!this.resolved) this.resolved = { model: this.resolve() };
    if (this.resolved.model === null)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return this.resolved.model as T;
  }

  protected modelOrNull<T>(): T | null {
    if (!this.resolved) this.resolved = { model: this.resolve() };
    return this.resolved.model as T | null;
  }

  /** Pins the model object (a sheet just added, a chart just created). */
  protected pin(model: unknown): void {
    this.resolved = { model };
  }

  settle(): void {
    if (!this.resolved) this.resolved = { model: this.resolve() };
    this.settled = true;
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded("isNullObject");
    return this.resolved?.model === null;
  }

  /** The value of a loadable property now, and its response size. */
  protected abstract snapshot(property: string): unknown;

  load(spec?: string | string[]): this {
    const props = splitProps(spec ?? []);
    this.ctx.enqueue(jsonBytes(props), () => {
      if (this.modelOrNull() === null) return 0;
      let bytes = 0;
      for (const prop of props) {
        const value = this.snapshot(prop);
        this.pending.set(this.keyOf(prop), value);
        bytes += jsonBytes(value) + prop.length;
      }
      return bytes;
    });
    return this;
  }

  /** The loaded properties, as the response carries them. */
  loadedView(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  commit(_: FakeProxy[]): void {
    for (const [k, v] of this.pending) this.loaded.set(k, v);
    this.pending.clear();
  }

  discardPending(): void {
    this.pending.clear();
  }

  protected get<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Forgets a loaded property (a write to it makes the loaded value stale). */
  protected setLocal(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }
}

class FakeApplication extends FakeProxy {
  protected resolve(): unknown {
    return this.ctx.excel.model;
  }
  protected snapshot(property: string): unknown {
    if (property === "calculationMode") return this.ctx.excel.model.calculationMode;
    throw new FakeOfficeError("InvalidArgument", `Application has no property ${property} in the fake.`);
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.suspend();
  }
  calculate(type: string): void {
    this.ctx.enqueue(jsonBytes(type), () => {
      this.ctx.excel.recalculations.push(type);
    });
  }
}

class FakeWorkbook {
  readonly tables: FakeTableCollection;
  readonly worksheets: FakeWorksheetCollection;

  constructor(private readonly ctx: FakeContext) {
    this.tables = new FakeTableCollection(ctx, () => ctx.excel.model.tables);
    this.worksheets = new FakeWorksheetCollection(ctx);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const selection = this.ctx.excel.model.selection;
      if (!selection) throw new FakeOfficeError("InvalidSelection", "Nothing is selected.");
      return { sheet: selection.sheet, rect: selection.rect };
    });
  }
}

class FakeTableCollection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly list: () => TableModel[],
  ) {
    super(ctx);
  }
  protected resolve(): unknown {
    return this.list();
  }
  protected snapshot(property: string): unknown {
    const [head, ...rest] = property.split("/");
    if (head !== "items") throw new FakeOfficeError("InvalidArgument", `Unknown property ${property}.`);
    return this.list().map((t) => {
      const proxy = new FakeTable(this.ctx, () => t, true);
      proxy.settle();
      if (rest.length > 0) proxy.preload(rest.join("/"));
      return proxy;
    });
  }
  get items(): FakeTable[] {
    return this.get("items");
  }
  protected override keyOf(property: string): string {
    return property.startsWith("items") ? "items" : property;
  }
  override load(spec?: string | string[]): this {
    // "items/name,items/x" loads the items once, each with its properties.
    const props = splitProps(spec ?? []);
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    return super.load(sub.length > 0 ? [`items/${sub.join(",")}`] : props);
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => {
      const t = this.ctx.excel.model.table(name);
      if (!t) throw new FakeOfficeError("ItemNotFound", `No table ${name}.`);
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.ctx.excel.model.table(name) ?? null);
  }
}

class FakeTable extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly find: () => TableModel | null,
    quiet = false,
  ) {
    super(ctx, quiet);
  }
  protected resolve(): unknown {
    return this.find();
  }
  /** Loads properties at once (for items of a loaded collection). */
  preload(spec: string): void {
    for (const prop of splitProps(spec)) this.setLocal(prop, this.snapshot(prop));
  }
  protected snapshot(property: string): unknown {
    const t = this.model<TableModel>();
    if (property === "name") return t.name;
    if (property === "showHeaders") return t.showHeaders;
    throw new FakeOfficeError("InvalidArgument", `Unknown table property ${property}.`);
  }
  get name(): string {
    return this.get("name");
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.model<TableModel>().sheet);
  }
  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.ctx, this);
  }
  get rows(): { add: () => never } {
    return {
      add: () => {
        this.ctx.excel.rowsAddCalls++;
        throw new Error("TableRowCollection.add is not modelled: the add-in must never call it.");
      },
    };
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.model<TableModel>();
      return { sheet: t.sheet, rect: t.body };
    });
  }
}

class FakeTableColumnCollection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly table: FakeTable,
  ) {
    super(ctx);
  }
  protected resolve(): unknown {
    return this.table.model<TableModel>();
  }
  protected snapshot(property: string): unknown {
    if (property !== "items/name") throw new FakeOfficeError("InvalidArgument", `Unknown property ${property}.`);
    return this.model<TableModel>().names.map((name) => ({ name }));
  }
  get items(): { name: string }[] {
    return this.get("items/name");
  }
  add(index?: number, values?: unknown, name?: string): object {
    if (index !== undefined && index !== null && index !== -1) {
      throw new FakeOfficeError("InvalidArgument", "The fake adds table columns at the end only.");
    }
    if (values !== undefined && values !== null)
      throw new FakeOfficeError("InvalidArgument", "The fake adds empty columns only.");
    this.ctx.enqueue(jsonBytes(name ?? ""), () => {
      const t = this.table.model<TableModel>();
      const sheet = t.sheet;
      const column = t.rect.right + 1;
      // Excel inserts the column: cells right of the table, in the table's rows, move one column right.
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        const cells = sheet.rows.get(row);
        if (cells && cells.length > column) cells.splice(column, 0, undefined);
      }
      let header = name ?? `Column${t.names.length + 1}`;
      const taken = new Set(t.names.map((n) => n.toLowerCase()));
      for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${name}${n}`;
      t.rect.right = column;
      const cell = sheet.at(t.rect.top, column);
      cell.value = header;
      this.ctx.excel.columnsAdded.push({ table: t.name, name: header });
      this.ctx.excel.writes.push({
        sheet: sheet.name,
        rect: { top: t.rect.top, left: column, bottom: t.rect.bottom, right: column },
        what: "columns.add",
      });
    });
    return {};
  }
}

class FakeWorksheetCollection extends FakeProxy {
  protected resolve(): unknown {
    return this.ctx.excel.model.sheets;
  }
  protected snapshot(property: string): unknown {
    const [head, ...rest] = property.split("/");
    if (head !== "items") throw new FakeOfficeError("InvalidArgument", `Unknown property ${property}.`);
    return this.ctx.excel.model.sheets.map((s) => {
      const proxy = new FakeWorksheet(this.ctx, () => s, true);
      proxy.settle();
      if (rest.length > 0) proxy.preload(rest.join("/"));
      return proxy;
    });
  }
  override load(spec?: string | string[]): this {
    const props = splitProps(spec ?? []);
    const sub = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    return super.load(sub.length > 0 ? [`items/${sub.join(",")}`] : props);
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  protected override keyOf(property: string): string {
    return property.startsWith("items") ? "items" : property;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.model.sheet(name) ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const active = this.ctx.excel.model.active;
      if (!active) throw new FakeOfficeError("ItemNotFound", "No sheet is active.");
      return active;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.model.sheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet ${name}.`);
      return s;
    });
  }
  add(name: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.ctx, () => null);
    this.ctx.enqueue(jsonBytes(name), () => {
      const model = this.ctx.excel.model;
      if (model.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      if (name.length > 31 || /[:\\/?*[\]]/.test(name))
        throw new FakeOfficeError("InvalidArgument", `Bad sheet name ${name}.`);
      const sheet = new SheetModel(name);
      model.sheets.push(sheet);
      proxy.pinTo(sheet);
    });
    return proxy;
  }
}

class FakeWorksheet extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly find: () => SheetModel | null,
    quiet = false,
  ) {
    super(ctx, quiet);
  }
  protected resolve(): unknown {
    return this.find();
  }
  pinTo(sheet: SheetModel): void {
    this.pin(sheet);
  }
  preload(spec: string): void {
    for (const prop of splitProps(spec)) this.setLocal(prop, this.snapshot(prop));
  }
  protected snapshot(property: string): unknown {
    const s = this.model<SheetModel>();
    if (property === "name") return s.name;
    if (property === "visibility") return s.visibility;
    if (property === "position") return this.ctx.excel.model.sheets.indexOf(s);
    throw new FakeOfficeError("InvalidArgument", `Unknown worksheet property ${property}.`);
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.ctx.enqueue(jsonBytes(value), () => {
      this.model<SheetModel>().visibility = value as SheetModel["visibility"];
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.ctx.enqueue(8, () => {
      const sheets = this.ctx.excel.model.sheets;
      const s = this.model<SheetModel>();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
    });
  }
  get freezePanes(): { freezeRows: (count: number) => void } {
    return {
      freezeRows: (count: number) =>
        this.ctx.enqueue(8, () => {
          this.model<SheetModel>().frozenRows = count;
        }),
    };
  }
  get charts(): { add: (type: string, source: FakeRange, seriesBy: string) => FakeChart } {
    return {
      add: (type, source, seriesBy) => {
        const chart = new FakeChart(this.ctx);
        this.ctx.enqueue(jsonBytes([type, seriesBy]), () => {
          const sheet = this.model<SheetModel>();
          const area = source.area();
          if (area.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "Chart data on another sheet.");
          const series: SeriesModel[] = [];
          const r = area.rect;
          if (seriesBy === "Columns") {
            for (let c = r.left; c <= r.right; c++)
              series.push({ values: { top: r.top, left: c, bottom: r.bottom, right: c } });
          } else {
            for (let y = r.top; y <= r.bottom; y++)
              series.push({ values: { top: y, left: r.left, bottom: y, right: r.right } });
          }
          const model: ChartModel = { type, seriesBy, series };
          sheet.charts.push(model);
          chart.pinTo(model);
        });
        return chart;
      },
    };
  }
  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    const rect = rectOf(top, left, rows, columns);
    return new FakeRange(this.ctx, () => ({ sheet: this.model<SheetModel>(), rect }));
  }
  getRange(address?: string): FakeRange {
    const rect = address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN } : parseA1(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.model<SheetModel>(), rect }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true)
      throw new FakeOfficeError("InvalidArgument", "The fake models valuesOnly used ranges only.");
    return new FakeRange(this.ctx, () => {
      const sheet = this.model<SheetModel>();
      const rect = sheet.usedRect({ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN });
      return rect ? { sheet, rect } : null;
    });
  }
  delete(): void {
    this.ctx.enqueue(0, () => {
      const model = this.ctx.excel.model;
      const s = this.model<SheetModel>();
      model.sheets.splice(model.sheets.indexOf(s), 1);
      for (let i = model.tables.length - 1; i >= 0; i--) if (model.tables[i].sheet === s) model.tables.splice(i, 1);
      if (model.active === s) model.active = model.sheets.find((x) => x.visibility === "Visible");
      this.ctx.excel.deletedSheets.push(s.name);
    });
  }
  activate(): void {
    this.ctx.enqueue(0, () => {
      this.ctx.excel.model.active = this.model<SheetModel>();
    });
  }
}

type Area = { sheet: SheetModel; rect: Rect };

class FakeRange extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly find: () => Area | null,
  ) {
    super(ctx);
  }
  protected resolve(): unknown {
    return this.find();
  }
  area(): Area {
    return this.model<Area>();
  }
  private cells(): number {
    const { rect } = this.area();
    return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  }
  protected snapshot(property: string): unknown {
    const { sheet, rect } = this.area();
    switch (property) {
      case "values": {
        if (this.cells() > MAX_READ_CELLS) return null;
        const out: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const cells = sheet.rows.get(r);
          const row: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++) row.push(cells?.[c]?.value ?? "");
          out.push(row);
        }
        return out;
      }
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake does not load Range.${property}.`);
    }
  }
  get values(): (string | number | boolean)[][] {
    return this.get("values");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.area().sheet);
  }

  /** Queues a write of one matrix (same size as the range) cell by cell. */
  private writeMatrix(what: string, matrix: unknown, write: (cell: CellModel, v: unknown) => void): void {
    this.ctx.enqueue(jsonBytes(matrix), () => {
      const { sheet, rect } = this.area();
      const rows = rect.bottom - rect.top + 1;
      const columns = rect.right - rect.left + 1;
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some((r) => !Array.isArray(r) || r.length !== columns)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The ${what} matrix does not match the range's ${rows} × ${columns} cells.`,
        );
      }
      matrix.forEach((row: unknown[], i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          write(sheet.at(rect.top + i, rect.left + j), v);
        }),
      );
      this.ctx.excel.writes.push({ sheet: sheet.name, rect: { ...rect }, what });
    });
  }

  set values(matrix: (string | number | boolean)[][]) {
    this.writeMatrix("values", matrix, (cell, v) => typeInto(cell, v as string | number | boolean));
  }
  set numberFormat(matrix: string[][]) {
    this.writeMatrix("numberFormat", matrix, (cell, v) => {
      cell.numberFormat = v as string;
    });
  }
  set formulas(matrix: (string | number | boolean)[][]) {
    this.writeMatrix("formulas", matrix, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = v;
        cell.value = "";
      } else typeInto(cell, v as string | number | boolean);
    });
  }

  /** Queues a change of every cell of the range. */
  private eachCell(what: string, bytes: number, change: (cell: CellModel) => void): void {
    this.ctx.enqueue(bytes, () => {
      const { sheet, rect } = this.area();
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) change(sheet.at(r, c));
      this.ctx.excel.writes.push({ sheet: sheet.name, rect: { ...rect }, what });
    });
  }

  get format(): object {
    const range = this;
    const ctx = this.ctx;
    return {
      font: {
        set bold(v: boolean) {
          range.eachCell("font.bold", 8, (c) => (c.bold = v));
        },
        set size(v: number) {
          range.eachCell("font.size", 8, (c) => (c.size = v));
        },
        set color(v: string) {
          range.eachCell("font.color", jsonBytes(v), (c) => (c.color = v));
        },
      },
      fill: {
        set color(v: string) {
          range.eachCell("fill.color", jsonBytes(v), (c) => (c.fill = v));
        },
      },
      set wrapText(v: boolean) {
        range.eachCell("wrapText", 8, (c) => (c.wrapText = v));
      },
      set verticalAlignment(v: string) {
        range.eachCell("verticalAlignment", jsonBytes(v), (c) => (c.verticalAlignment = v));
      },
      set columnWidth(v: number) {
        ctx.enqueue(8, () => {
          const { sheet, rect } = range.area();
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
        });
      },
      set rowHeight(v: number) {
        ctx.enqueue(8, () => {
          const { sheet, rect } = range.area();
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
        });
      },
      borders: {
        getItem: (edge: string) => {
          const set = (key: "style" | "weight" | "color") => (v: string) =>
            range.eachCell(`border.${edge}`, jsonBytes(v), (c) => {
              c.borders ??= {};
              c.borders[edge] ??= {};
              c.borders[edge][key] = v;
            });
          return {
            set style(v: string) {
              set("style")(v);
            },
            set weight(v: string) {
              set("weight")(v);
            },
            set color(v: string) {
              set("color")(v);
            },
          };
        },
      },
    };
  }

  get dataValidation(): object {
    const range = this;
    const ctx = this.ctx;
    const update = (
      what: string,
      value: unknown,
      change: (v: { rule?: unknown; ignoreBlanks?: boolean; errorAlert?: unknown }) => void,
    ) =>
      ctx.enqueue(jsonBytes(value), () => {
        const { sheet, rect } = range.area();
        let found = sheet.validations.find(
          (v) =>
            v.rect.top === rect.top &&
            v.rect.left === rect.left &&
            v.rect.bottom === rect.bottom &&
            v.rect.right === rect.right,
        );
        if (!found) {
          if (sheet.validations.some((v) => overlaps(v.rect, rect)))
            throw new FakeOfficeError("InvalidOperation", "Overlapping validation.");
          found = { rect: { ...rect } };
          sheet.validations.push(found);
        }
        change(found);
        ctx.excel.writes.push({ sheet: sheet.name, rect: { ...rect }, what });
      });
    return {
      set rule(v: unknown) {
        update("dataValidation.rule", v, (x) => (x.rule = v));
      },
      set ignoreBlanks(v: boolean) {
        update("dataValidation.ignoreBlanks", v, (x) => (x.ignoreBlanks = v));
      },
      set errorAlert(v: unknown) {
        update("dataValidation.errorAlert", v, (x) => (x.errorAlert = v));
      },
    };
  }

  get conditionalFormats(): { add: (type: string) => object } {
    return {
      add: (type: string) => {
        let model: ConditionalFormatModel | undefined;
        const ctx = this.ctx;
        ctx.enqueue(jsonBytes(type), () => {
          const { sheet, rect } = this.area();
          model = { rect: { ...rect }, type };
          sheet.conditionalFormats.push(model);
          ctx.excel.writes.push({ sheet: sheet.name, rect: { ...rect }, what: "conditionalFormats.add" });
        });
        const later = (change: (m: ConditionalFormatModel) => void, v: unknown) =>
          ctx.enqueue(jsonBytes(v), () => {
            if (!model) throw new FakeOfficeError("ItemNotFound", "Conditional format not created.");
            change(model);
          });
        return {
          custom: {
            rule: {
              set formula(v: string) {
                later((m) => (m.formula = v), v);
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  later((m) => (m.fill = v), v);
                },
              },
            },
          },
        };
      },
    };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true)
      throw new FakeOfficeError("InvalidArgument", "The fake models valuesOnly used ranges only.");
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.area();
      const used = sheet.usedRect(rect);
      return used ? { sheet, rect: used } : null;
    });
  }
  getSurroundingRegion(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, rect } = this.area();
      return { sheet, rect: sheet.surroundingRegion(rect.top, rect.left) };
    });
  }
  getTables(fullyContained?: boolean): FakeTableCollection {
    return new FakeTableCollection(this.ctx, () => {
      const { sheet, rect } = this.area();
      return this.ctx.excel.model.tables.filter(
        (t) =>
          t.sheet === sheet &&
          (fullyContained
            ? t.rect.top >= rect.top &&
              t.rect.bottom <= rect.bottom &&
              t.rect.left >= rect.left &&
              t.rect.right <= rect.right
            : overlaps(t.rect, rect)),
      );
    });
  }
  merge(across?: boolean): void {
    this.ctx.enqueue(8, () => {
      if (across) throw new FakeOfficeError("InvalidArgument", "The fake merges whole ranges only.");
      const { sheet, rect } = this.area();
      if (sheet.merges.some((m) => overlaps(m, rect)))
        throw new FakeOfficeError("InvalidOperation", "Overlapping merge.");
      sheet.merges.push({ ...rect });
      this.ctx.excel.writes.push({ sheet: sheet.name, rect: { ...rect }, what: "merge" });
    });
  }
  clear(applyTo?: string): void {
    this.ctx.enqueue(jsonBytes(applyTo ?? ""), () => {
      if (applyTo !== "Contents") throw new FakeOfficeError("InvalidArgument", "The fake clears contents only.");
      const { sheet, rect } = this.area();
      sheet.forEachCell(rect, (_r, _c, cell) => {
        cell.value = "";
        delete cell.formula;
      });
      this.ctx.excel.writes.push({ sheet: sheet.name, rect: { ...rect }, what: "clear" });
    });
  }
  select(): void {
    this.ctx.enqueue(0, () => {
      const { sheet, rect } = this.area();
      this.ctx.excel.model.selection = { sheet, rect: { ...rect } };
      this.ctx.excel.model.active = sheet;
    });
  }
}

class FakeChart extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  protected resolve(): unknown {
    return null;
  }
  pinTo(model: ChartModel): void {
    this.pin(model);
  }
  protected snapshot(property: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `The fake does not load Chart.${property}.`);
  }
  private change(bytes: number, apply: (chart: ChartModel) => void): void {
    this.ctx.enqueue(bytes, () => apply(this.model<ChartModel>()));
  }
  get title(): { text: string } {
    const chart = this;
    return {
      set text(v: string) {
        chart.change(jsonBytes(v), (c) => (c.title = v));
      },
      get text(): string {
        throw notLoaded("text");
      },
    };
  }
  get axes(): { valueAxis: { numberFormat: string } } {
    const chart = this;
    return {
      valueAxis: {
        set numberFormat(v: string) {
          chart.change(jsonBytes(v), (c) => (c.valueAxisFormat = v));
        },
        get numberFormat(): string {
          throw notLoaded("numberFormat");
        },
      },
    };
  }
  get series(): { getItemAt: (i: number) => object; add: (name?: string) => object } {
    const seriesProxy = (find: (c: ChartModel) => SeriesModel) => {
      const chart = this;
      return {
        set name(v: string) {
          chart.change(jsonBytes(v), (c) => (find(c).name = v));
        },
        setValues(range: FakeRange) {
          chart.change(16, (c) => (find(c).values = { ...range.area().rect }));
        },
        setXAxisValues(range: FakeRange) {
          chart.change(16, (c) => (find(c).xValues = { ...range.area().rect }));
        },
      };
    };
    return {
      getItemAt: (i: number) =>
        seriesProxy((c) => {
          const s = c.series[i];
          if (!s) throw new FakeOfficeError("ItemNotFound", `No series ${i}.`);
          return s;
        }),
      add: (name?: string) => {
        let created: SeriesModel | undefined;
        this.change(jsonBytes(name ?? ""), (c) => {
          created = { ...(name !== undefined ? { name } : {}) };
          c.series.push(created);
        });
        return seriesProxy(() => {
          if (!created) throw new FakeOfficeError("ItemNotFound", "Series not created.");
          return created;
        });
      },
    };
  }
  setPosition(start: FakeRange, end: FakeRange): void {
    this.change(32, (c) => (c.position = { start: { ...start.area().rect }, end: { ...end.area().rect } }));
  }
}

/** The fake Excel: the workbook model, `run` for the adapter, and what happened. */
export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  readonly writes: WriteRecord[] = [];
  readonly columnsAdded: { table: string; name: string }[] = [];
  readonly deletedSheets: string[] = [];
  readonly recalculations: string[] = [];
  /** Proxies alive, to commit their loads at a sync. */
  readonly proxies = new Set<{ commit(l: unknown[]): void; discardPending(): void }>();
  rowsAddCalls = 0;
  suspendCalls = 0;
  runs = 0;

  constructor(public payloadLimit = MB5) {}

  /** `Excel.run` over the fake: a fresh context per batch. */
  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    const context = new FakeContext(this);
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      this.proxies.clear();
    }
  };

  addSheet(name: string, visibility: SheetModel["visibility"] = "Visible"): SheetModel {
    const sheet = new SheetModel(name, visibility);
    this.model.sheets.push(sheet);
    this.model.active ??= sheet;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`No sheet ${name}`);
    return s;
  }

  /** Adds an Excel table over `address` of `sheet` (header row first). */
  addTable(sheet: string, name: string, address: string): TableModel {
    const table = new TableModel(name, this.sheet(sheet), parseA1(address));
    this.model.tables.push(table);
    return table;
  }

  /** Selects cells as a person would: their sheet becomes the active sheet. */
  select(sheet: string, address: string): void {
    this.model.selection = { sheet: this.sheet(sheet), rect: parseA1(address) };
    this.model.active = this.sheet(sheet);
  }

  /** Every cell of a sheet with everything stored about it, plus the sheet's other parts, as text. */
  snapshot(sheet: string, skipColumns: ReadonlySet<number> = new Set()): string {
    const s = this.sheet(sheet);
    const lines: string[] = [];
    for (const [row, cells] of [...s.rows].sort((a, b) => a[0] - b[0])) {
      cells.forEach((cell, column) => {
        if (cell && !skipColumns.has(column)) lines.push(`${row},${column}:${JSON.stringify(cell)}`);
      });
    }
    lines.push(
      JSON.stringify({
        name: s.name,
        visibility: s.visibility,
        merges: s.merges,
        validations: s.validations,
        conditionalFormats: s.conditionalFormats,
        charts: s.charts,
        frozen: s.frozenRows,
        widths: [...s.columnWidths],
        heights: [...s.rowHeights],
      }),
    );
    return lines.join("\n");
  }

  /**
   * A fake holding an exceljs workbook's sheets: values as Office.js returns them (dates as Excel
   * serials, formulas with their cached results), number formats, visibility.
   */
  static fromWorkbook(workbook: Workbook, payloadLimit = MB5): FakeExcel {
    const excel = new FakeExcel(payloadLimit);
    for (const ws of workbook.worksheets) {
      const visibility = ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
      const sheet = excel.addSheet(ws.name, visibility);
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          const flat = flattenCell(cell.value);
          const value = flat instanceof Date ? flat.getTime() / 86_400_000 + 25_569 : flat;
          const model = sheet.at(rowNumber - 1, columnNumber - 1);
          model.value = value ?? "";
          if (cell.formula) model.formula = `=${cell.formula}`;
          if (cell.numFmt) model.numberFormat = cell.numFmt;
        });
      });
    }
    return excel;
  }
}
