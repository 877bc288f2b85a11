// Written by hand: office-addin-mock only hides scalars until load; this models the workbook state behind the Office.js calls the adapter makes.
/** The state behind the fake Office.js proxies: sheets of cells, tables, charts, formats. 0-based rows and columns. */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface BorderModel {
  style?: string;
  weight?: string;
  color?: string;
}

/** One cell: its value (`""` when blank), a formula when it holds one, its number format and look. */
export interface CellModel {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  borders?: Record<string, BorderModel>;
}

export interface ValidationModel {
  rect: Rect;
  rule?: unknown;
  ignoreBlanks?: boolean;
  errorAlert?: unknown;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
}

export interface SeriesModel {
  name?: string;
  values?: Rect;
  xValues?: Rect;
}

export interface ChartModel {
  type: string;
  seriesBy: string;
  title?: string;
  series: SeriesModel[];
  valueAxisFormat?: string;
  position?: { start: Rect; end: Rect };
}

export const MAX_ROW = 1_048_575;
export const MAX_COLUMN = 16_383;

/** Excel's date serial of a `YYYY-MM-DD` date (1900 date system, after 1900-03-01). */
export function serialOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/**
 * What Excel stores when a text is written through `Range.values` (or typed) into a cell that is
 * not formatted as text: numbers, `TRUE`/`FALSE` and ISO dates are converted, a text starting with
 * `=`, `+`, `-` or `@` (or their full-width forms) that is not a number becomes a formula.
 */
export function typedEntry(text: string): { value: string | number | boolean; formula?: string } {
  if (text === "") return { value: "" };
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  if (/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text)) return { value: "#NAME?", formula: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return { value: serialOfIso(trimmed) };
  return { value: text };
}

export class SheetModel {
  /** Row → sparse array of cells. */
  readonly rows = new Map<number, (CellModel | undefined)[]>();
  readonly merges: Rect[] = [];
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;

  constructor(
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.rows.get(row)?.[column];
  }

  /** The cell, created blank when missing. */
  at(row: number, column: number): CellModel {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    let cell = cells[column];
    if (!cell) {
      cell = { value: "" };
      cells[column] = cell;
    }
    return cell;
  }

  /** Sets values directly (as a person typing plain values), for building test workbooks. */
  put(row: number, column: number, value: string | number | boolean | null, numberFormat?: string): void {
    const cell = this.at(row, column);
    cell.value = value ?? "";
    delete cell.formula;
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
  }

  /** Puts rows of values from a top-left cell. */
  putRows(top: number, left: number, rows: readonly (readonly (string | number | boolean | null)[])[]): void {
    rows.forEach((row, i) => row.forEach((v, j) => v !== null && this.put(top + i, left + j, v)));
  }

  hasValue(row: number, column: number): boolean {
    const cell = this.cell(row, column);
    return cell !== undefined && (cell.value !== "" || cell.formula !== undefined);
  }

  /** Visits every stored cell inside `rect`. */
  forEachCell(rect: Rect, visit: (row: number, column: number, cell: CellModel) => void): void {
    for (const [row, cells] of this.rows) {
      if (row < rect.top || row > rect.bottom) continue;
      cells.forEach((cell, column) => {
        if (cell && column >= rect.left && column <= rect.right) visit(row, column, cell);
      });
    }
  }

  /** Bounding box of the cells holding a value inside `within`, or undefined. */
  usedRect(within: Rect): Rect | undefined {
    let box: Rect | undefined;
    this.forEachCell(within, (row, column, cell) => {
      if (cell.value === "" && cell.formula === undefined) return;
      if (!box) box = { top: row, left: column, bottom: row, right: column };
      else {
        box.top = Math.min(box.top, row);
        box.bottom = Math.max(box.bottom, row);
        box.left = Math.min(box.left, column);
        box.right = Math.max(box.right, column);
      }
    });
    return box;
  }

  /** Excel's current region of a cell: grown while any cell next to it (diagonals too) holds a value. */
  surroundingRegion(row: number, column: number): Rect {
    const r = { top: row, left: column, bottom: row, right: column };
    const rowHas = (y: number, from: number, to: number) => {
      if (y < 0 || y > MAX_ROW) return false;
      for (let x = Math.max(0, from); x <= Math.min(MAX_COLUMN, to); x++) if (this.hasValue(y, x)) return true;
      return false;
    };
    const columnHas = (x: number, from: number, to: number) => {
      if (x < 0 || x > MAX_COLUMN) return false;
      for (let y = Math.max(0, from); y <= Math.min(MAX_ROW, to); y++) if (this.hasValue(y, x)) return true;
      return false;
    };
    let changed = true;
    while (changed) {
      changed = false;
      while (rowHas(r.top - 1, r.left - 1, r.right + 1)) {
        r.top--;
        changed = true;
      }
      while (rowHas(r.bottom + 1, r.left - 1, r.right + 1)) {
        r.bottom++;
        changed = true;
      }
      while (columnHas(r.left - 1, r.top - 1, r.bottom + 1)) {
        r.left--;
        changed = true;
      }
      while (columnHas(r.right + 1, r.top - 1, r.bottom + 1)) {
        r.right++;
        changed = true;
      }
    }
    return r;
  }
}

export class TableModel {
  constructor(
    public name: string,
    public sheet: SheetModel,
    /** Header row and columns; `bottom` is the last data row. */
    public rect: Rect,
    public showHeaders = true,
  ) {}

  get names(): string[] {
    const out: string[] = [];
    for (let c = this.rect.left; c <= this.rect.right; c++)
      out.push(String(this.sheet.cell(this.rect.top, c)?.value ?? ""));
    return out;
  }

  get body(): Rect {
    return { top: this.rect.top + 1, left: this.rect.left, bottom: this.rect.bottom, right: this.rect.right };
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  active: SheetModel | undefined;
  selection: { sheet: SheetModel; rect: Rect } | undefined;
  calculationMode: "Automatic" | "Manual" = "Automatic";

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  table(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
