/** Where a table argument sits on its sheet: the header's row number and its first column. */
export interface TablePlace {
  /** Sheet row number (1-based) of the table's first row, its header. */
  readonly headerRow: number;
  /** 0-based sheet column index of the table's first column (0 = column A). */
  readonly firstColumn: number;
}

const TOP_LEFT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?(?::|$)/;
const LAST_COLUMN = 16_383; // XFD
const LAST_ROW = 1_048_576;

/**
 * The place of a range from the address Excel reports for a custom-function argument
 * (`invocation.parameterAddresses`, e.g. `Sheet1!B3:F20`, `'My data'!$B$3:$F$20`,
 * `[Book1.xlsx]Sheet1!B:F`), so row messages name the cells the user sees.
 *
 * Only the top-left corner is used: the text after the last `!`, its column letters and row
 * number. A whole-column reference (`B:F`) starts at row 1; a whole-row reference (`3:20`) at
 * column A. Anything else (no address, an unreadable one, a corner outside the sheet) gives the
 * default place: header on row 1, first column A.
 *
 * @param address - the argument's address, if Excel gave one
 * @returns the header row and first column
 *
 * @example
 * tablePlace("Sheet1!B3:F20") // => { headerRow: 3, firstColumn: 1 }
 * tablePlace(undefined) // => { headerRow: 1, firstColumn: 0 }
 */
export function tablePlace(address: string | undefined): TablePlace {
  const fallback: TablePlace = { headerRow: 1, firstColumn: 0 };
  if (typeof address !== "string") return fallback;
  const corner = address.slice(address.lastIndexOf("!") + 1).trim();
  const m = TOP_LEFT.exec(corner);
  if (!m || (m[1] === undefined && m[2] === undefined)) return fallback;
  let column = 0;
  for (const ch of (m[1] ?? "A").toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  const headerRow = m[2] === undefined ? 1 : Number(m[2]);
  if (column - 1 > LAST_COLUMN || headerRow < 1 || headerRow > LAST_ROW) return fallback;
  return { headerRow, firstColumn: column - 1 };
}
