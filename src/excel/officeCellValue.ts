import type { CellValue } from "../app/ports";
import { DomainError } from "../core/errors";

/**
 * The value sent to Office.js for a cell: blanks become `""` (in `Range.values`, `null` means
 * "leave this cell unchanged", so a blank must be written as an empty string to clear an earlier
 * value); text, numbers and booleans go as they are.
 *
 * @param value - the port's cell value
 * @returns the value for `Range.values`
 * @throws DomainError `BAD_ARGUMENT` for `NaN` or an infinite number (JSON would send `null`,
 *   silently leaving the cell's old value)
 *
 * @example
 * officeCellValue(null) // => ""
 * officeCellValue(12.5) // => 12.5
 */
export function officeCellValue(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `A cell value must be a finite number, not ${value}.`,
      `单元格的值必须是有限数字，不能是 ${value}。`,
      { value: String(value) },
    );
  }
  return value;
}
