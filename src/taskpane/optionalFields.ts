import { DETAIL_FIELDS } from "../core/table";
import type { FieldKey, TableShape } from "../core/table";

/**
 * The fields a table of each shape can have besides the ones it needs, in the order the Data
 * panel lists them: what the table reader reads for that shape (the first purchase date only in
 * a customer summary; the margin and the descriptive and financial details in every shape).
 *
 * @example
 * OPTIONAL_FIELDS.summary.slice(0, 3) // => ["firstPurchase", "margin", "name"]
 */
export const OPTIONAL_FIELDS: Readonly<Record<TableShape, readonly FieldKey[]>> = Object.freeze({
  summary: Object.freeze(["firstPurchase", "margin", ...DETAIL_FIELDS] as FieldKey[]),
  transactions: Object.freeze(["margin", ...DETAIL_FIELDS] as FieldKey[]),
  lifetimes: Object.freeze(["margin", ...DETAIL_FIELDS] as FieldKey[]),
});
