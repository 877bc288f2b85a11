/**
 * Argument values in the shapes Excel hands to custom functions, for the `_lib` tests: a cell with an
 * error arrives as a `CustomFunctions.Error` (the test global stands in for it), a blank cell as `""`
 * (or `null` in some hosts), a range as rows of cells, a date cell as its serial number.
 */
export function excelError(code: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
}

/** What a custom function sees for a blank cell or an omitted argument, host by host. */
export const BLANKS: readonly unknown[] = Object.freeze(["", null, undefined, "   ", [[""]], [[null]], [], [[]]]);
