/**
 * Why a cell could not be read as the value its column needs.
 *
 * - `blank`: empty, `null`, `undefined` or only spaces;
 * - `errorValue`: an Excel error such as `#N/A` (the error is in {@link CellRejection.errorValue});
 * - `notANumber`, `notADate`, `notText`: the cell holds something else;
 * - `ambiguousDate`: a day/month order that cannot be told apart (`01/02/2025`);
 * - `dateOutOfRange`: a date before 1900-01-01 or after 9999-12-31, or a serial outside 1..2958465;
 * - `notWholeNumber`: a count with a fraction (`2.5`);
 * - `negative`: a count, or a cost, below zero;
 * - `tooLarge`: a number of 10^15 or more in size (more digits than Excel keeps exactly).
 */
export type RejectionReason =
  | "blank"
  | "errorValue"
  | "notANumber"
  | "notADate"
  | "notText"
  | "ambiguousDate"
  | "dateOutOfRange"
  | "notWholeNumber"
  | "negative"
  | "tooLarge";

/** A cell parser's answer when the cell does not hold a usable value. */
export interface CellRejection {
  readonly rejected: RejectionReason;
  /** The Excel error, when `rejected` is `"errorValue"`. */
  readonly errorValue?: string;
}

const SHARED: { readonly [R in RejectionReason]: CellRejection } = Object.freeze({
  blank: Object.freeze({ rejected: "blank" }),
  errorValue: Object.freeze({ rejected: "errorValue" }),
  notANumber: Object.freeze({ rejected: "notANumber" }),
  notADate: Object.freeze({ rejected: "notADate" }),
  notText: Object.freeze({ rejected: "notText" }),
  ambiguousDate: Object.freeze({ rejected: "ambiguousDate" }),
  dateOutOfRange: Object.freeze({ rejected: "dateOutOfRange" }),
  notWholeNumber: Object.freeze({ rejected: "notWholeNumber" }),
  negative: Object.freeze({ rejected: "negative" }),
  tooLarge: Object.freeze({ rejected: "tooLarge" }),
} as const);

/**
 * The rejection for a reason (one shared frozen object per reason, so parsers allocate nothing on
 * the common paths); an error value gets its own object carrying the error text.
 *
 * @param reason - why the cell was rejected
 * @param errorValue - the Excel error, for `"errorValue"`
 * @returns a frozen {@link CellRejection}
 *
 * @example
 * rejection("blank") // => { rejected: "blank" }
 * rejection("errorValue", "#N/A") // => { rejected: "errorValue", errorValue: "#N/A" }
 */
export function rejection(reason: RejectionReason, errorValue?: string): CellRejection {
  if (errorValue !== undefined) return Object.freeze({ rejected: reason, errorValue });
  return SHARED[reason];
}

/**
 * True when a parser's answer is a {@link CellRejection} rather than a value.
 *
 * @param result - what `parseDate`, `parseAmount`, `parseNumber`, `parseCount` or `parseText` returned
 * @returns whether the cell was rejected
 *
 * @example
 * isRejection(parseDate("abc")) // => true
 * isRejection(parseDate("2025-01-23")) // => false
 */
export function isRejection(result: unknown): result is CellRejection {
  return typeof result === "object" && result !== null && "rejected" in result;
}
