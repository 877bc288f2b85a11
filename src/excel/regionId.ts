import { columnLetters } from "../core/issues";

/** A rectangle of a sheet, 0-based, bounds inclusive. */
export interface SheetRegion {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet name Excel writes without quotes: letters, digits and `_`, not starting with a digit, not a cell reference. */
const PLAIN_NAME = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;
const REGION = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The id of a block of cells that is not an Excel table: its sheet-qualified A1 address, as Excel
 * writes it (`Sheet1!A1:H321`; the sheet name in single quotes, inner quotes doubled, when it is not
 * a plain name: `'My data'!B2:F40`).
 *
 * @param region - the block
 * @returns the address
 *
 * @example
 * regionId({ sheet: "Sheet1", top: 0, left: 0, bottom: 320, right: 7 }) // => "Sheet1!A1:H321"
 * regionId({ sheet: "Tom's data", top: 1, left: 1, bottom: 39, right: 5 }) // => "'Tom''s data'!B2:F40"
 */
export function regionId(region: SheetRegion): string {
  const { sheet, top, left, bottom, right } = region;
  const name = PLAIN_NAME.test(sheet) && !CELL_LIKE.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
}

/**
 * Reads an id written by {@link regionId} (also a one-cell address, `$` signs and lower-case column
 * letters) back into the sheet and rectangle; `undefined` when the text is not such an address.
 *
 * @param id - a table id
 * @returns the region, or `undefined`
 *
 * @example
 * parseRegionId("'Tom''s data'!B2:F40") // => { sheet: "Tom's data", top: 1, left: 1, bottom: 39, right: 5 }
 * parseRegionId("Customers") // => undefined
 */
export function parseRegionId(id: string): SheetRegion | undefined {
  const m = REGION.exec(id);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const top = Number(m[4]) - 1;
  const left = columnIndex(m[3]);
  const bottom = m[6] !== undefined ? Number(m[6]) - 1 : top;
  const right = m[5] !== undefined ? columnIndex(m[5]) : left;
  if (top < 0 || bottom < 0) return undefined;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
