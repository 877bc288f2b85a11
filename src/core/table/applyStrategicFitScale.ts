import type { CellReader } from "./CellReader";
import { ISSUE_MESSAGES } from "./issueMessages";
import type { CustomerDetails } from "./readDetails";
import { strategicFitScale } from "./strategicFitScale";

/** A row's details together with its matrix row, for messages. */
export interface DetailsAtRow {
  readonly details: CustomerDetails;
  readonly rowIndex: number;
}

/**
 * Brings a table's strategic-fit values to 0..1: each is divided by the column's scale (see
 * {@link strategicFitScale}); a value below 0 or above 100 is removed with an `OUT_OF_RANGE`
 * warning on its cell. Changes the `details` objects in place (they are the reader's own
 * working records). O(rows).
 *
 * @param rows - the rows read so far, with their details
 * @param reader - where warnings are recorded
 *
 * @example
 * const rows = [{ details: { strategicFit: 4 }, rowIndex: 1 }, { details: { strategicFit: 5 }, rowIndex: 2 }];
 * applyStrategicFitScale(rows, reader);
 * rows.map((r) => r.details.strategicFit) // => [0.8, 1]
 */
export function applyStrategicFitScale(rows: readonly DetailsAtRow[], reader: CellReader): void {
  const values: number[] = [];
  for (const r of rows) if (r.details.strategicFit !== undefined) values.push(r.details.strategicFit);
  if (values.length === 0) return;
  const scale = strategicFitScale(values);
  for (const { details, rowIndex } of rows) {
    const v = details.strategicFit;
    if (v === undefined) continue;
    if (scale === undefined || v < 0 || v > 100) {
      reader.add(
        "OUT_OF_RANGE",
        "warning",
        rowIndex,
        "strategicFit",
        v,
        ISSUE_MESSAGES.strategicFitOutOfRange(String(v)),
      );
      delete details.strategicFit;
    } else {
      details.strategicFit = v / scale;
    }
  }
}
