import { type CellRejection, isRejection, rejection } from "./cellRejection";
import { MAX_NUMBER_MAGNITUDE, parseNumber } from "./parseNumber";

/**
 * Reads a count (purchases, complaints) from a cell: a whole number ≥ 0, as a number or as text
 * in any form {@link parseNumber} reads (`"1,200"`, `"3.0"`, `"１２"`).
 *
 * @param value - one cell
 * @returns the count, or a {@link CellRejection}: `blank`, `errorValue`, `notANumber`,
 *   `notWholeNumber` (`2.5`), `negative` (`-1`) or `tooLarge` (10^15 or more)
 *
 * @example
 * parseCount("3.0") // => 3
 * parseCount(2.5) // => { rejected: "notWholeNumber" }
 * parseCount(-1) // => { rejected: "negative" }
 */
export function parseCount(value: unknown): number | CellRejection {
  const n =
    typeof value === "number" && Number.isInteger(value) && value >= 0 && value < MAX_NUMBER_MAGNITUDE
      ? value
      : parseNumber(value);
  if (isRejection(n)) return n;
  if (!Number.isInteger(n)) return rejection("notWholeNumber");
  if (n < 0) return rejection("negative");
  return n;
}
