import type { CellRejection } from "./cellRejection";
import { parseNumber } from "./parseNumber";

/** Options of {@link parseAmount}. */
export interface ParseAmountOptions {
  /** Accept `12%` as 0.12 (ratio columns only). Default false. */
  readonly percent?: boolean;
}

/**
 * Reads an amount of money from a cell: everything {@link parseNumber} reads, plus currency signs
 * and words before or after the number: `¥ ￥ $ US$ RMB CNY` before, `元 人民币 RMB CNY` after
 * (letters in any case, spaces allowed between sign and number).
 *
 * Method: one currency word at most on each side; a sign may come before or after a leading
 * currency sign (`-$12`, `$-12`, `¥(12)`); `万` and `亿` may come before `元` (`1.2万元` = 12000).
 * Negative amounts are returned as numbers: whether they are refunds is the caller's decision.
 *
 * @param value - one cell
 * @param options - whether `12%` is accepted
 * @returns the amount, or a {@link CellRejection}: `blank`, `errorValue` or `notANumber`
 *
 * @example
 * parseAmount("¥1,234.50") // => 1234.5
 * parseAmount("US$ (99)") // => -99
 * parseAmount("3亿元") // => 300000000
 * parseAmount("１２３，４５６．７元") // => 123456.7
 * parseAmount("abc") // => { rejected: "notANumber" }
 */
export function parseAmount(value: unknown, options: ParseAmountOptions = {}): number | CellRejection {
  return parseNumber(value, { percent: options.percent === true, currency: true });
}
