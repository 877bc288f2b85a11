/** True when `header` is `requested (CDP)` or `requested (CDP n)`: the name an earlier run gave its column beside a user's. */
function isRenamedFrom(requested: string, header: string): boolean {
  if (!header.startsWith(`${requested} (CDP`)) return false;
  return /^ \(CDP( \d+)?\)$/.test(header.slice(requested.length));
}

/**
 * Index of the add-in's own column for a requested header, by the command line's rule: the column
 * of that name when the add-in owns it, else the renamed one (`Segment (CDP)`, `Segment (CDP 2)` …)
 * an earlier run wrote beside a user's column and owns; -1 if none. A user's column is never
 * returned, whatever its name.
 *
 * @param requested - the header the use case asks for
 * @param headers - the table's headers, left to right
 * @param owned - the headers the add-in owns in this table (settings `ownedColumns[id]`)
 * @returns the 0-based index in `headers`, or -1
 *
 * @example
 * ownedColumnIndex("Segment", ["ID", "Segment", "Segment (CDP)"], new Set(["Segment (CDP)"])) // => 2
 * ownedColumnIndex("Segment", ["ID", "Segment"], new Set()) // => -1
 */
export function ownedColumnIndex(requested: string, headers: readonly string[], owned: ReadonlySet<string>): number {
  if (owned.has(requested) && headers.includes(requested)) return headers.indexOf(requested);
  return headers.findIndex((h) => owned.has(h) && isRenamedFrom(requested, h));
}
