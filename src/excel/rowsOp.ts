import { jsonBytes } from "./jsonBytes";
import type { BatchOp } from "./requestBatcher";

/** Bytes counted for the calls themselves (range lookup, two property sets), on top of the data. */
const CALL_BYTES = 256;

/**
 * A {@link BatchOp} that writes a block of rows: the number formats first, then the values, on one
 * range, so a text-formatted cell receives its text as text. It splits into its top and bottom
 * halves when it has more than one row.
 *
 * @param sheet - the worksheet
 * @param top - 0-based sheet row of the first row
 * @param left - 0-based sheet column of the first column
 * @param values - the rows, all the same length (as Office.js expects them)
 * @param formats - one number format per value
 * @param done - told how many rows were written once their sync succeeded
 * @returns the op
 *
 * @example
 * rowsOp(sheet, 1, 3, [["A"], [2]], [["@"], ["0"]]).bytes // => 280
 */
export function rowsOp(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  values: readonly (readonly (string | number | boolean)[])[],
  formats: readonly (readonly string[])[],
  done?: (rows: number) => void,
): BatchOp {
  const rows = values.length;
  const columns = rows > 0 ? values[0].length : 0;
  return {
    bytes: CALL_BYTES + jsonBytes(values) + jsonBytes(formats),
    queue: () => {
      const range = sheet.getRangeByIndexes(top, left, rows, columns);
      range.numberFormat = formats as string[][];
      range.values = values as (string | number | boolean)[][];
    },
    ...(rows > 1
      ? {
          split: (): readonly [BatchOp, BatchOp] => {
            const middle = Math.ceil(rows / 2);
            return [
              rowsOp(sheet, top, left, values.slice(0, middle), formats.slice(0, middle), done),
              rowsOp(sheet, top + middle, left, values.slice(middle), formats.slice(middle), done),
            ];
          },
        }
      : {}),
    ...(done ? { done: () => done(rows) } : {}),
  };
}
