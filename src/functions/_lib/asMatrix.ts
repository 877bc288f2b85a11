import { excelErrorOf } from "../../core/table/excelErrorOf";

/**
 * A range argument as a fresh 2-D array of plain cell values, in the shape the core's table readers
 * take (the same shape the task pane reads with Office.js).
 *
 * - a 2-D array (Excel's shape for ranges) keeps its rows;
 * - a single value where a range was expected (one cell, or a host that unwraps 1×1 ranges) becomes
 *   a 1×1 range; a plain list becomes one row;
 * - omitted (`undefined`/`null` for the whole argument) becomes an empty range `[]`;
 * - blank cells (`null`/`undefined` in some hosts, `""` in others) become `""`;
 * - Excel error values (a `CustomFunctions.Error` or its text) become their text, e.g. `"#N/A"`;
 * - numbers (including date serials), text and booleans are kept as they are.
 *
 * The input is not modified. Runs in O(cells).
 *
 * @param value - the argument as Excel passed it
 * @returns rows of cells
 *
 * @example
 * asMatrix(5) // => [[5]]
 * asMatrix([[1, null], ["#n/a", "x"]]) // => [[1, ""], ["#N/A", "x"]]
 */
export function asMatrix(value: unknown): unknown[][] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [[cell(value)]];
  if (value.length > 0 && !value.every(Array.isArray)) return [value.map(cell)];
  return (value as unknown[][]).map((row) => row.map(cell));
}

function cell(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  return excelErrorOf(v) ?? v;
}
