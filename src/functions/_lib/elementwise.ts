import { DomainError } from "../../core/errors";
import { asMatrix } from "./asMatrix";

/**
 * Lines up the range arguments of an element-wise function (`=CDP.SEGMENT`, `=CDP.PALIVE`, …):
 * the result has the common size of the ranges, and element (i, j) holds each argument's cell
 * (i, j). A single cell (or a single value) stands for every element, as a constant does in
 * Excel's own array arithmetic. Cells are plain values as {@link asMatrix} gives them (blank = `""`,
 * errors as their text).
 *
 * @param args - each argument's name (for messages) and value
 * @returns rows × columns of tuples, one value per argument, in argument order
 * @throws {DomainError} `SIZE_MISMATCH` naming both sizes when two ranges of more than one cell
 *   differ in size
 *
 * @example
 * elementwise([["r", [[5], [1]]], ["f", 3]]) // => [[[5, 3]], [[1, 3]]]
 */
export function elementwise(args: readonly (readonly [name: string, value: unknown])[]): unknown[][][] {
  const grids = args.map(([name, value]) => {
    const m = asMatrix(value);
    const rows = Math.max(m.length, 1);
    const cols = Math.max(m[0]?.length ?? 0, 1);
    return { name, m, rows, cols, single: rows === 1 && cols === 1 };
  });
  const shaped = grids.find((g) => !g.single);
  const rows = shaped?.rows ?? 1;
  const cols = shaped?.cols ?? 1;
  for (const g of grids) {
    if (!g.single && (g.rows !== rows || g.cols !== cols)) {
      throw new DomainError(
        "SIZE_MISMATCH",
        `${shaped!.name} is ${rows}×${cols} but ${g.name} is ${g.rows}×${g.cols}: the ranges must be the same size (or single cells)`,
        `${shaped!.name} 为 ${rows}×${cols}，而 ${g.name} 为 ${g.rows}×${g.cols}：各区域的大小必须相同（或为单个单元格）`,
        { first: shaped!.name, second: g.name },
      );
    }
  }
  const out: unknown[][][] = [];
  for (let i = 0; i < rows; i++) {
    const row: unknown[][] = [];
    for (let j = 0; j < cols; j++) {
      row.push(grids.map((g) => (g.single ? g.m[0]?.[0] : g.m[i]?.[j]) ?? ""));
    }
    out.push(row);
  }
  return out;
}
