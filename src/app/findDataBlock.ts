/**
 * Where the data sits on a sheet: the first non-blank row is the header; the block runs from the
 * header's first to its last non-blank cell, and down to the last row holding any value.
 *
 * @example
 * findDataBlock([[null, null], [null, "ID", "Amount"], [null, "C1", 5]])
 * // => { headerIndex: 1, firstColumn: 1, lastColumn: 2, lastRowIndex: 2 }
 */
export interface DataBlock {
  /** 0-based index of the header row in `rows`. */
  readonly headerIndex: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** 0-based index of the last row with any value inside the block's columns. */
  readonly lastRowIndex: number;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

export function findDataBlock(rows: readonly (readonly unknown[])[]): DataBlock | undefined {
  const headerIndex = rows.findIndex((row) => row && row.some((v) => !isBlank(v)));
  if (headerIndex < 0) return undefined;
  const header = rows[headerIndex];
  let firstColumn = 0;
  while (isBlank(header[firstColumn])) firstColumn++;
  let lastColumn = header.length - 1;
  while (isBlank(header[lastColumn])) lastColumn--;
  let lastRowIndex = headerIndex;
  for (let i = rows.length - 1; i > headerIndex; i--) {
    const row = rows[i];
    if (!row) continue;
    let found = false;
    for (let c = firstColumn; c <= lastColumn && !found; c++) found = !isBlank(row[c]);
    if (found) {
      lastRowIndex = i;
      break;
    }
  }
  return { headerIndex, firstColumn, lastColumn, lastRowIndex };
}
