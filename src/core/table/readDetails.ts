import type { Customer } from "../types";
import { type CellRejection, rejection } from "./cellRejection";
import type { CellReader } from "./CellReader";
import type { FieldKey } from "./headerSynonyms";
import { parseAmount } from "./parseAmount";
import { parseCount } from "./parseCount";
import { parseNumber } from "./parseNumber";
import { parseText } from "./parseText";

/** The optional descriptive fields a row can carry besides its purchase history and margin. */
export const DETAIL_FIELDS = [
  "name",
  "costToServe",
  "industry",
  "region",
  "size",
  "owner",
  "nps",
  "satisfaction",
  "complaints",
  "complaintsPrevious",
  "currentRatio",
  "netMargin",
  "roa",
  "dso",
  "inventoryDays",
  "monthlyVolume",
  "strategicFit",
  "growth",
] as const satisfies readonly (FieldKey & keyof Customer)[];

/** One of {@link DETAIL_FIELDS}. */
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The descriptive fields of one customer (as read; `strategicFit` not yet scaled). */
export type CustomerDetails = { -readonly [K in DetailField]?: Customer[K] };

const parsePercentNumber = (cell: unknown): number | CellRejection => parseNumber(cell, { percent: true });

/** Money that cannot be negative (a cost): a negative value is rejected, as scoring cannot use it. */
const parseCost = (cell: unknown): number | CellRejection => {
  const n = parseAmount(cell);
  return typeof n === "number" && n < 0 ? rejection("negative") : n;
};

/**
 * How each detail field is read: text; money (`parseAmount`), never negative for the cost to
 * serve; a plain number; a ratio, where `12%` means 0.12; a count (whole number ≥ 0).
 */
export const DETAIL_PARSERS: Readonly<Record<DetailField, (cell: unknown) => string | number | CellRejection>> =
  Object.freeze({
    name: parseText,
    industry: parseText,
    region: parseText,
    size: parseText,
    owner: parseText,
    costToServe: parseCost,
    monthlyVolume: parseAmount,
    nps: parseNumber,
    satisfaction: parseNumber,
    dso: parseNumber,
    inventoryDays: parseNumber,
    complaints: parseCount,
    complaintsPrevious: parseCount,
    currentRatio: parsePercentNumber,
    netMargin: parsePercentNumber,
    roa: parsePercentNumber,
    growth: parsePercentNumber,
    strategicFit: parsePercentNumber,
  });

/**
 * The detail fields a table has (those with a column), in {@link DETAIL_FIELDS} order.
 *
 * @param reader - the table's reader
 * @returns the fields to read from every row
 *
 * @example
 * presentDetailFields(new CellReader({ headers: ["ID", "行业"], columns: { id: 0, industry: 1 }, headerRow: 1, firstColumn: 0 }))
 * // => ["industry"]
 */
export function presentDetailFields(reader: CellReader): DetailField[] {
  return DETAIL_FIELDS.filter((f) => reader.layout.columns[f] !== undefined);
}

/**
 * Reads a row's detail fields. Blank cells are left out silently; unreadable cells are left out
 * with a warning recorded on `reader` (Excel errors as `ERROR_VALUE`, text in a number column as
 * `NOT_A_NUMBER`; a fractional or negative count, a negative cost to serve and a number of 10^15 or
 * more as `OUT_OF_RANGE`).
 *
 * @param cells - the row
 * @param rowIndex - its 0-based matrix row index
 * @param fields - the fields to read (see {@link presentDetailFields})
 * @param reader - where issues are recorded
 * @param into - the object to write the fields into (default: a new one); a row reader passes the
 *   customer it is building, which saves a copy per row
 * @returns `into`, with the fields that were read
 *
 * @example
 * const reader = new CellReader({ headers: ["ID", "行业"], columns: { id: 0, industry: 1 }, headerRow: 1, firstColumn: 0 });
 * readDetails(["C1", " 制造业 "], 1, ["industry"], reader) // => { industry: "制造业" }
 */
export function readDetails(
  cells: readonly unknown[],
  rowIndex: number,
  fields: readonly DetailField[],
  reader: CellReader,
  into: CustomerDetails = {},
): CustomerDetails {
  const target = into as Record<string, string | number>;
  for (const field of fields) {
    const value = reader.optional(cells, rowIndex, field, DETAIL_PARSERS[field]);
    if (value !== undefined) target[field] = value;
  }
  return into;
}
