import { DomainError } from "../../errors";
import type {
  CellRange,
  CellStyle,
  InputFormat,
  LayoutCell,
  LayoutChart,
  LayoutConditionalFormat,
  LayoutSection,
  LayoutValidation,
  PlanSectionKey,
} from "./types";

/**
 * Collects the cells, merges, validations and conditional formats of a sheet layout while the
 * section writers walk down the sheet. `row` is the next free row.
 *
 * Method: writing two cells at one position is a programming error and throws, so a layout never
 * holds overlapping cells.
 *
 * @example
 * const b = new SheetBuilder();
 * b.put(0, 0, "x", "text");
 * b.cells.length // => 1
 */
export class SheetBuilder {
  row = 0;
  readonly cells: LayoutCell[] = [];
  readonly merges: CellRange[] = [];
  readonly validations: LayoutValidation[] = [];
  readonly conditionalFormats: LayoutConditionalFormat[] = [];
  readonly charts: LayoutChart[] = [];
  readonly sections: LayoutSection[] = [];
  private readonly taken = new Set<string>();

  /**
   * Writes one cell.
   *
   * @throws DomainError `BAD_ARGUMENT` when the position already holds a cell
   */
  put(
    row: number,
    column: number,
    value: string | number | null,
    style: CellStyle,
    inputFormat?: InputFormat,
    formula?: string,
  ): void {
    const key = `${row}:${column}`;
    if (this.taken.has(key)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `Two cells at row ${row}, column ${column}.`,
        `第 ${row} 行第 ${column} 列有两个单元格。`,
        { row, column },
      );
    }
    this.taken.add(key);
    this.cells.push({
      row,
      column,
      value,
      style,
      ...(inputFormat ? { inputFormat } : {}),
      ...(formula !== undefined ? { formula } : {}),
    });
  }

  /** Writes a live formula cell whose cached result is `value`. */
  formula(row: number, column: number, formula: string, value: string | number | null, style: CellStyle): void {
    this.put(row, column, value, style, undefined, formula);
  }

  /** Writes a row of cells from `column` on, all in one style, and moves to the next row. */
  line(values: readonly (string | number | null)[], style: CellStyle, column = 0): number {
    const row = this.row;
    values.forEach((value, i) => this.put(row, column + i, value, style));
    this.row += 1;
    return row;
  }

  /** Writes a cell spanning columns `left..right` of one row. */
  span(row: number, left: number, right: number, value: string | number | null, style: CellStyle): void {
    this.put(row, left, value, style);
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
  }

  /** Starts a section: a blank row (except at the top), then its header across `width` columns. */
  section(key: PlanSectionKey, title: string, width: number): void {
    if (this.row > 0) this.row += 1;
    this.sections.push({ key, title, row: this.row });
    this.span(this.row, 0, width - 1, title, "sectionHeader");
    this.row += 1;
  }
}
