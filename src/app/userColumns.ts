import type { TableMatrix } from "./ports";

/** A table's cells without the columns the add-in wrote, and where each remaining column came from. */
export interface UserColumns {
  /** The table's rows with only the user's columns. */
  readonly input: readonly (readonly unknown[])[];
  /** For each remaining column, its index among the table's columns. */
  readonly keep: readonly number[];
}

/**
 * Leaves out of a table the columns an earlier Analyze wrote (settings `ownedColumns[table]`), so a
 * scored table reads back exactly as the user's own. The add-in always appends its columns to the
 * right of the user's, so the user's columns keep their positions and cell addresses stay right.
 *
 * @param table - the table as the port read it
 * @param settings - the workbook's settings
 * @param tableId - the id the table was read by
 * @returns the user's columns and their source indexes
 *
 * @example
 * userColumns({ info: { id: "T", headers: ["ID", "CLV"], … }, matrix: [["ID", "CLV"], ["C1", 9]] },
 *   { ownedColumns: { T: ["CLV"] } }, "T") // => { input: [["ID"], ["C1"]], keep: [0] }
 */
export function userColumns(table: TableMatrix, settings: Record<string, unknown>, tableId: string): UserColumns {
  const owned = new Set(((settings.ownedColumns ?? {}) as Record<string, string[]>)[tableId] ?? []);
  const keep = table.info.headers.map((h, i) => (owned.has(h) ? -1 : i)).filter((i) => i >= 0);
  const input =
    keep.length === table.info.headers.length ? table.matrix : table.matrix.map((row) => keep.map((i) => row[i]));
  return { input, keep };
}
