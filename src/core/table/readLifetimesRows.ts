import type { Customer } from "../types";
import { applyStrategicFitScale, type DetailsAtRow } from "./applyStrategicFitScale";
import type { CellReader } from "./CellReader";
import type { FieldKey } from "./headerSynonyms";
import { FIELD_LABELS, ISSUE_MESSAGES } from "./issueMessages";
import { IdRows } from "./IdRows";
import { isBlankRow } from "./isBlankRow";
import { parseAmount } from "./parseAmount";
import { parseCount } from "./parseCount";
import { parseNumber } from "./parseNumber";
import { parseText } from "./parseText";
import { presentDetailFields, readDetails } from "./readDetails";
import type { RowsRead } from "./rowsRead";

/** The time unit of a lifetimes-style table's `recency` and `T`. */
export type LifetimesUnit = "days" | "weeks";

interface LifetimesRow extends DetailsAtRow {
  readonly id: string;
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
  readonly monetary: number;
  readonly margin: number | undefined;
}

/**
 * Reads a lifetimes-style summary (`frequency`, `recency`, `T`, `monetary_value` per customer, as
 * lifetimes' `summary_data_from_transaction_data` writes it; also `x`, `t_x`, `T`, `zbar` as in the
 * CDNOW summary file) into customers.
 *
 * Per customer, with k = 7 for weeks and 1 for days:
 * `repeatCount` = frequency (must be a whole number ≥ 0), `repeatSpanDays` = recency × k,
 * `ageDays` = T × k, `purchases` = frequency + 1, `recencyDays` = `ageDays` − `repeatSpanDays`,
 * `repeatMean` = monetary_value, and `total` = monetary_value × max(frequency, 1): the repeat
 * purchases' total, the first purchase's amount not being in such a table (a deliberate
 * estimate; for a one-time buyer, the monetary value itself). No calendar dates are known, so
 * `firstPurchase` and `lastPurchase` are left out and the as-of day plays no part.
 *
 * Checks (lifetimes' own): recency ≤ T; recency = 0 when frequency = 0; recency, T and
 * monetary_value ≥ 0. A row failing one is an `INCONSISTENT` error and is dropped. A zero
 * monetary value with repeat purchases is a `ZERO_AMOUNT` warning. Duplicate IDs as in a summary.
 *
 * @param matrix - header row first
 * @param reader - the table's reader (layout and issues)
 * @param unit - the time unit of recency and T
 * @returns the customers in row order and row counts (`asOf` is `undefined`)
 *
 * @example
 * const reader = new CellReader({ headers: ["ID", "x", "t_x", "T", "zbar"],
 *   columns: { id: 0, lifetimesFrequency: 1, lifetimesRecency: 2, lifetimesT: 3, lifetimesMonetary: 4 }, headerRow: 1, firstColumn: 0 });
 * const [c] = readLifetimesRows([["ID", "x", "t_x", "T", "zbar"], [1, 2, 30, 38, 22.35]], reader, "weeks").customers;
 * [c.repeatSpanDays, c.ageDays, c.recencyDays, c.purchases] // => [210, 266, 56, 3]
 */
export function readLifetimesRows(
  matrix: readonly (readonly unknown[])[],
  reader: CellReader,
  unit: LifetimesUnit,
): RowsRead {
  const k = unit === "weeks" ? 7 : 1;
  const detailFields = presentDetailFields(reader);
  const kept: LifetimesRow[] = [];
  const rowOfId = new IdRows();
  const columns = reader.layout.columns;
  let blankRows = 0;

  for (let r = 1; r < matrix.length; r++) {
    const cells = matrix[r]!;
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    const before = reader.issues.length;
    const id = reader.required(cells, r, "id", parseText);
    const frequency = reader.required(cells, r, "lifetimesFrequency", parseCount);
    const recency = reader.required(cells, r, "lifetimesRecency", parseNumber);
    const age = reader.required(cells, r, "lifetimesT", parseNumber);
    const monetary = reader.required(cells, r, "lifetimesMonetary", parseAmount);
    const margin = columns.margin !== undefined ? reader.optional(cells, r, "margin", parseAmount) : undefined;
    const details = detailFields.length > 0 ? readDetails(cells, r, detailFields, reader) : {};
    let ok =
      id !== undefined &&
      frequency !== undefined &&
      recency !== undefined &&
      age !== undefined &&
      monetary !== undefined;
    for (let i = before; i < reader.issues.length; i++) if (reader.issues[i]!.severity === "error") ok = false;
    if (!ok) continue;

    let consistent = true;
    const negative = (field: FieldKey, value: number): void => {
      if (value >= 0) return;
      reader.add(
        "INCONSISTENT",
        "error",
        r,
        field,
        cells[columns[field]!],
        ISSUE_MESSAGES.lifetimesNegative(FIELD_LABELS[field], String(value)),
      );
      consistent = false;
    };
    negative("lifetimesRecency", recency!);
    negative("lifetimesT", age!);
    negative("lifetimesMonetary", monetary!);
    if (consistent && recency! > age!) {
      reader.add(
        "INCONSISTENT",
        "error",
        r,
        "lifetimesRecency",
        cells[columns.lifetimesRecency!],
        ISSUE_MESSAGES.lifetimesRecencyAfterT(String(recency), String(age)),
      );
      consistent = false;
    }
    if (consistent && frequency === 0 && recency !== 0) {
      reader.add(
        "INCONSISTENT",
        "error",
        r,
        "lifetimesRecency",
        cells[columns.lifetimesRecency!],
        ISSUE_MESSAGES.lifetimesRecencyWithoutRepeat(String(recency)),
      );
      consistent = false;
    }
    if (!consistent) continue;
    const seen = rowOfId.get(id!);
    if (seen !== undefined) {
      reader.add("DUPLICATE_ID", "error", r, "id", cells[columns.id!], ISSUE_MESSAGES.duplicateId(id!, seen));
      continue;
    }
    rowOfId.set(id!, reader.sheetRow(r));
    if (monetary === 0 && frequency! > 0) {
      reader.add(
        "ZERO_AMOUNT",
        "warning",
        r,
        "lifetimesMonetary",
        cells[columns.lifetimesMonetary!],
        ISSUE_MESSAGES.zeroAmount(FIELD_LABELS.lifetimesMonetary),
      );
    }
    kept.push({
      id: id!,
      frequency: frequency!,
      recency: recency!,
      age: age!,
      monetary: monetary!,
      margin,
      details,
      rowIndex: r,
    });
  }

  applyStrategicFitScale(kept, reader);
  const customers: Customer[] = kept.map((row) => {
    const repeatSpanDays = row.recency * k;
    const ageDays = row.age * k;
    return {
      id: row.id,
      row: reader.sheetRow(row.rowIndex),
      recencyDays: ageDays - repeatSpanDays,
      purchases: row.frequency + 1,
      total: row.monetary * Math.max(row.frequency, 1),
      repeatCount: row.frequency,
      repeatSpanDays,
      ageDays,
      repeatMean: row.monetary,
      ...(row.margin !== undefined ? { margin: row.margin } : {}),
      ...row.details,
    };
  });
  return { customers, asOf: undefined, rowsUsed: customers.length, blankRows };
}
