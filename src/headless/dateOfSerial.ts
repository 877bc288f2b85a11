/**
 * The UTC date of an Excel serial number (1900 date system).
 *
 * @example
 * dateOfSerial(45658) // => 2025-01-01T00:00:00.000Z
 */
export function dateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}
