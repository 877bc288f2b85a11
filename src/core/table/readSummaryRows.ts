import { isoFromDay } from "../days";
import type { Customer, Day } from "../types";
import { applyStrategicFitScale, type DetailsAtRow } from "./applyStrategicFitScale";
import type { CellReader } from "./CellReader";
import { FIELD_LABELS, ISSUE_MESSAGES } from "./issueMessages";
import { IdRows } from "./IdRows";
import { isBlankRow } from "./isBlankRow";
import { warnAmountSign } from "./warnAmountSign";
import { parseAmount } from "./parseAmount";
import { parseCount } from "./parseCount";
import { parseDate } from "./parseDate";
import { parseText } from "./parseText";
import { presentDetailFields, readDetails } from "./readDetails";
import type { RowsRead } from "./rowsRead";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads a customer summary (one row per customer: ID, last purchase date, purchase count, total
 * amount, optional first purchase date, margin and details) into customers.
 *
 * Per row: blank rows are counted and skipped; a missing or unreadable ID, last purchase date,
 * purchase count or total is an error and drops the row; a purchase count of 0 is an error
 * (`OUT_OF_RANGE`: a customer with no purchase cannot be scored); a negative total is a
 * `NEGATIVE_AMOUNT` warning and a zero total a `ZERO_AMOUNT` warning (both kept); with an `asOf`
 * given, a last or first purchase after it is a `FUTURE_DATE` error; a last purchase before the
 * first purchase is an `INCONSISTENT` error; an ID already used by an earlier kept row is a
 * `DUPLICATE_ID` error (the first kept row wins; rows dropped for other reasons do not claim
 * their ID). Unreadable optional cells are warnings and left out.
 *
 * Customer fields, with `asOf` = the given day or else the latest last purchase among kept rows:
 * - `recencyDays` = asOf − last purchase; `repeatCount` = purchases − 1;
 * - `repeatMean` = total / purchases when purchases > 1 (an estimate: the first purchase's amount
 *   is not in a summary), 0 for one-time buyers;
 * - with a first purchase date: `ageDays` = asOf − first, `repeatSpanDays` = last − first; for a
 *   one-time buyer whose first and last dates differ, `repeatSpanDays` = 0 (one purchase has no
 *   span) and an `INCONSISTENT` warning is recorded;
 * - without one, one-time buyers get first = last (`ageDays` = `recencyDays`, `repeatSpanDays` =
 *   0: exact). Repeat buyers get the lower bounds `ageDays` = `recencyDays` and
 *   `repeatSpanDays` = 0, and one `MODEL_NOTE` warning for the table says that the probabilistic
 *   model needs first purchase dates (RFM is unaffected).
 *
 * One pass over the rows, then one over the customers to fill in the as-of-dependent fields.
 * O(rows × columns).
 *
 * @param matrix - header row first
 * @param reader - the table's reader (layout and issues)
 * @param givenAsOf - the as-of day, when the caller fixed it
 * @returns the customers in row order, the as-of day used and row counts
 *
 * @example
 * const reader = new CellReader({ headers: ["ID", "Last", "N", "Total"],
 *   columns: { id: 0, lastPurchase: 1, purchases: 2, total: 3 }, headerRow: 1, firstColumn: 0 });
 * readSummaryRows([["ID", "Last", "N", "Total"], ["A", "2025-01-01", 1, 50], ["B", "2025-01-11", 2, 80]], reader, undefined)
 *   .customers.map((c) => [c.id, c.recencyDays, c.repeatMean]) // => [["A", 10, 0], ["B", 0, 40]]
 */
export function readSummaryRows(
  matrix: readonly (readonly unknown[])[],
  reader: CellReader,
  givenAsOf: Day | undefined,
): RowsRead {
  const columns = reader.layout.columns;
  const hasFirst = columns.firstPurchase !== undefined;
  const hasMargin = columns.margin !== undefined;
  const detailFields = presentDetailFields(reader);
  const hasFit = columns.strategicFit !== undefined;
  // Customers are built in the row loop with provisional values for the as-of-dependent fields, which the
  // second loop fills in once the default as-of day (the latest kept last purchase) is known.
  const customers: Mutable<Customer>[] = [];
  const fits: DetailsAtRow[] = [];
  const rowOfId = new IdRows();
  let blankRows = 0;
  let latest = -Infinity;

  for (let r = 1; r < matrix.length; r++) {
    const cells = matrix[r]!;
    if (isBlankRow(cells)) {
      blankRows++;
      continue;
    }
    const before = reader.issues.length;
    const id = reader.required(cells, r, "id", parseText);
    const last = reader.required(cells, r, "lastPurchase", parseDate);
    const purchases = reader.required(cells, r, "purchases", parseCount);
    const total = reader.required(cells, r, "total", parseAmount);
    const first = hasFirst ? reader.optional(cells, r, "firstPurchase", parseDate) : undefined;
    const margin = hasMargin ? reader.optional(cells, r, "margin", parseAmount) : undefined;
    let ok = id !== undefined && last !== undefined && purchases !== undefined && total !== undefined;
    for (let i = before; ok && i < reader.issues.length; i++) if (reader.issues[i]!.severity === "error") ok = false;

    if (purchases === 0) {
      reader.add("OUT_OF_RANGE", "error", r, "purchases", cells[columns.purchases!], ISSUE_MESSAGES.noPurchase());
      ok = false;
    }
    warnAmountSign(reader, cells, r, total);
    if (ok && givenAsOf !== undefined) {
      if (last! > givenAsOf) {
        reader.add(
          "FUTURE_DATE",
          "error",
          r,
          "lastPurchase",
          cells[columns.lastPurchase!],
          ISSUE_MESSAGES.futureDateSummary(FIELD_LABELS.lastPurchase, isoFromDay(last!), isoFromDay(givenAsOf)),
        );
        ok = false;
      }
      if (first !== undefined && first > givenAsOf) {
        reader.add(
          "FUTURE_DATE",
          "error",
          r,
          "firstPurchase",
          cells[columns.firstPurchase!],
          ISSUE_MESSAGES.futureDateSummary(FIELD_LABELS.firstPurchase, isoFromDay(first), isoFromDay(givenAsOf)),
        );
        ok = false;
      }
    }
    if (ok && first !== undefined && last! < first) {
      reader.add(
        "INCONSISTENT",
        "error",
        r,
        "lastPurchase",
        cells[columns.lastPurchase!],
        ISSUE_MESSAGES.lastBeforeFirst(isoFromDay(last!), isoFromDay(first)),
      );
      ok = false;
    }
    const seen = ok ? rowOfId.get(id!) : undefined;
    if (seen !== undefined) {
      reader.add("DUPLICATE_ID", "error", r, "id", cells[columns.id!], ISSUE_MESSAGES.duplicateId(id!, seen));
      ok = false;
    }
    if (!ok) {
      // The row is dropped, but its optional cells are still checked so every bad cell is reported.
      if (detailFields.length > 0) readDetails(cells, r, detailFields, reader);
      continue;
    }

    const row = reader.sheetRow(r);
    rowOfId.set(id!, row);
    if (first !== undefined && purchases === 1 && first !== last) {
      reader.add(
        "INCONSISTENT",
        "warning",
        r,
        "firstPurchase",
        cells[columns.firstPurchase!],
        ISSUE_MESSAGES.oneTimeBuyerSpan(isoFromDay(first), isoFromDay(last!)),
      );
    }
    if (last! > latest) latest = last!;
    const customer: Mutable<Customer> = {
      id: id!,
      row,
      recencyDays: 0,
      purchases: purchases!,
      total: total!,
      lastPurchase: last!,
      repeatCount: purchases! - 1,
      repeatSpanDays: 0,
      ageDays: 0,
      repeatMean: purchases! > 1 ? total! / purchases! : 0,
    };
    if (first !== undefined) customer.firstPurchase = first;
    if (margin !== undefined) customer.margin = margin;
    if (detailFields.length > 0) {
      readDetails(cells, r, detailFields, reader, customer);
      if (hasFit && customer.strategicFit !== undefined) fits.push({ details: customer, rowIndex: r });
    }
    customers.push(customer);
  }

  applyStrategicFitScale(fits, reader);
  const asOf = givenAsOf ?? (customers.length > 0 ? latest : undefined);
  let repeatBuyersWithoutFirst = 0;
  for (const c of customers) {
    const last = c.lastPurchase!;
    c.recencyDays = asOf! - last;
    if (c.firstPurchase !== undefined) {
      c.ageDays = asOf! - c.firstPurchase;
      c.repeatSpanDays = c.purchases === 1 ? 0 : last - c.firstPurchase;
    } else {
      c.ageDays = c.recencyDays;
      if (c.purchases === 1) c.firstPurchase = last;
      else repeatBuyersWithoutFirst++;
    }
  }
  if (repeatBuyersWithoutFirst > 0) {
    reader.add(
      "MODEL_NOTE",
      "warning",
      0,
      undefined,
      undefined,
      ISSUE_MESSAGES.modelNeedsFirstPurchase(repeatBuyersWithoutFirst),
    );
  }
  return { customers, asOf, rowsUsed: customers.length, blankRows };
}
