import { excelErrorOf } from "../../core/table/excelErrorOf";
import { isBlankCell } from "../../core/table/isBlankCell";
import { argumentError } from "./argumentError";

/**
 * The one value of an argument that expects a single cell, as one of three kinds:
 * `blank` (omitted, `null`, `""` or white space), `error` (an Excel error value such as `#N/A`,
 * passed as text or as a `CustomFunctions.Error`), or `value` (anything else).
 *
 * A 1×1 range (`[[x]]`) or a one-element list counts as its one value, because Excel hands a
 * single-cell reference to an `any` parameter either way depending on the host.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, for the error message
 * @returns the kind and, for `error`, the error text; for `value`, the value
 * @throws {DomainError} `BAD_ARGUMENT` when a range of more than one cell was given
 *
 * @example
 * singleValue([[5]], "bins") // => { kind: "value", value: 5 }
 * singleValue("", "bins") // => { kind: "blank" }
 */
export function singleValue(
  value: unknown,
  name: string,
): { kind: "blank" } | { kind: "error"; code: string } | { kind: "value"; value: unknown } {
  let v = value;
  if (Array.isArray(v)) {
    // A 2-D range is a list of rows; a plain list counts as one row.
    const rows: readonly unknown[][] = v.every(Array.isArray) ? (v as unknown[][]) : [v];
    const cols = rows.length === 0 ? 0 : rows[0].length;
    if (rows.length > 1 || cols > 1) throw notSingle(name, rows.length, cols, value);
    v = cols === 0 ? undefined : rows[0][0];
  }
  if (isBlankCell(v)) return { kind: "blank" };
  const code = excelErrorOf(v);
  if (code !== undefined) return { kind: "error", code };
  return { kind: "value", value: v };
}

function notSingle(name: string, rows: number, cols: number, value: unknown) {
  return argumentError(
    name,
    `must be a single value, not a range of ${rows}×${cols} cells`,
    `必须是单个值，不能是 ${rows}×${cols} 的单元格区域`,
    value,
  );
}
