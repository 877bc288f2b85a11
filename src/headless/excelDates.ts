/** Excel date serials: the 1900 date system CDP computes in, and the 1904 system some workbooks use. */

/**
 * The UTC date of an Excel serial number (1900 date system).
 *
 * @example
 * dateOfSerial(45658) // => 2025-01-01T00:00:00.000Z
 */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}

/**
 * True for a number format that shows a date (it has a year and a day).
 *
 * @example
 * isDateFormat("yyyy-mm-dd") // => true
 */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /y/.test(format) && /d/.test(format);
}

/** Days between the 1900 and the 1904 date systems' serial numbers of the same date. */
export const DAYS_1900_TO_1904 = 1_462;
