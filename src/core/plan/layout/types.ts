/**
 * A host-independent description of the plan sheet: cells with style keys, merged ranges, column
 * widths, list validations and conditional formats. Rows and columns are 0-based; a host adapter
 * (exceljs, Office.js) turns it into a real worksheet.
 */

/** How a cell looks; the host maps each key to fonts, fills and number formats. */
export type CellStyle =
  "title" | "sectionHeader" | "tableHeader" | "text" | "number" | "percent" | "money" | "date" | "input";

/** The number format of an `input` cell that holds a date (Excel serial) rather than text. */
export type InputFormat = "date";

/**
 * One cell: position, value and style. Dates are Excel serial numbers with the `date` style.
 *
 * A cell with a `formula` is a live Excel formula (English function names, A1 references, no
 * leading `=`); its `value` is the result when the plan was built, written as the cached result so
 * the sheet reads right before the first recalculation. Only the layout writes formulas: customer
 * text is always a plain value.
 */
export interface LayoutCell {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | null;
  readonly style: CellStyle;
  /** For `input` cells holding a date. */
  readonly inputFormat?: InputFormat;
  /** A live formula without the leading `=`, e.g. `AVERAGE('Customers'!$K$2:$K$321)`. */
  readonly formula?: string;
}

/** A rectangle of cells, bounds inclusive, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A list validation: every cell of `range` accepts one of `values` (or nothing). */
export interface LayoutValidation {
  readonly range: CellRange;
  readonly values: readonly string[];
}

/**
 * A conditional format:
 * - `gantt`: a cell of the month grid is filled when its month (the date in `headerRow` of its
 *   column, the first of the month) overlaps the task from the date in `startColumn` to the date in
 *   `endColumn` of its own row;
 * - `raci`: each letter R, A, C, I gets its own colour;
 * - `riskLevel`: H red, M amber, L green.
 */
export type LayoutConditionalFormat =
  | {
      readonly kind: "gantt";
      readonly range: CellRange;
      readonly headerRow: number;
      readonly startColumn: number;
      readonly endColumn: number;
    }
  | { readonly kind: "raci"; readonly range: CellRange }
  | { readonly kind: "riskLevel"; readonly range: CellRange }
  | {
      /**
       * One cell holding a live KPI value: green when at or better than `green`, red when worse
       * than `red`, amber between; "better" is higher or lower by `direction`. Blank cells stay plain.
       */
      readonly kind: "kpiStatus";
      readonly range: CellRange;
      readonly direction: "higher" | "lower";
      readonly green: number;
      readonly red: number;
    };

/** A series of a chart: its name and a one-column range of numbers on the plan sheet. */
export interface LayoutChartSeries {
  readonly name: string;
  readonly values: CellRange;
}

/**
 * A native chart drawn from cells of the plan sheet: a clustered column chart with one category per
 * row of `categories` (a one-column range of labels) and one bar per series. It floats over
 * `anchor` (its top-left and bottom-right cells). Values are read from the sheet, so the chart follows
 * edits.
 */
export interface LayoutChart {
  readonly kind: "columnClustered";
  readonly title: string;
  readonly categories: CellRange;
  readonly series: readonly LayoutChartSeries[];
  readonly anchor: CellRange;
  /** Number format of the value axis, e.g. `0%`. */
  readonly valueFormat?: string;
}

/** The sections of the plan sheet, in sheet order. */
export type PlanSectionKey =
  "title" | "summary" | "goals" | "strategies" | "timeline" | "raci" | "kpis" | "risks" | "swot";

/** Where a section starts (its header row). */
export interface LayoutSection {
  readonly key: PlanSectionKey;
  readonly title: string;
  readonly row: number;
}

export interface PlanSheetLayout {
  readonly sections: readonly LayoutSection[];
  /** Sorted by row, then column; at most one cell per position. */
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly CellRange[];
  /** Widths in characters, column A first. */
  readonly columnWidths: readonly number[];
  readonly validations: readonly LayoutValidation[];
  readonly conditionalFormats: readonly LayoutConditionalFormat[];
  readonly charts: readonly LayoutChart[];
  /** Rows kept in view when scrolling (the title row). */
  readonly frozenRows: number;
}
