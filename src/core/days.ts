import type { Day } from "./types";

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const EXCEL_SERIAL_OF_UNIX_EPOCH = 25_569;

/**
 * The {@link Day} of a calendar date.
 *
 * @example
 * dayFromYmd(2025, 1, 23) // => 20111
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The {@link Day} of an ISO date text `YYYY-MM-DD`, or `undefined` when it is not a real date.
 *
 * @example
 * dayFromIso("2025-01-23") // => 20111
 * dayFromIso("2025-02-30") // => undefined
 */
export function dayFromIso(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The {@link Day} of year/month/day when that is a real calendar date, else `undefined`.
 *
 * @example
 * validDay(2024, 2, 29) // => 19782
 * validDay(2025, 2, 29) // => undefined
 */
export function validDay(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round(d.getTime() / MS_PER_DAY);
}

/**
 * `YYYY-MM-DD` of a {@link Day}.
 *
 * @example
 * isoFromDay(20111) // => "2025-01-23"
 */
export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The {@link Day} of an Excel serial date (1900 date system; the time of day is dropped).
 * Serials below 61 are shifted by one day to undo Excel's fictitious 1900-02-29.
 *
 * @example
 * dayFromExcelSerial(45680) // => 20111 (2025-01-23)
 */
export function dayFromExcelSerial(serial: number): Day {
  const whole = Math.floor(serial);
  const corrected = whole < 61 ? whole + 1 : whole;
  return corrected - EXCEL_SERIAL_OF_UNIX_EPOCH;
}

/**
 * The Excel serial (1900 date system) of a {@link Day}.
 *
 * @example
 * excelSerialFromDay(20111) // => 45680
 */
export function excelSerialFromDay(day: Day): number {
  const serial = day + EXCEL_SERIAL_OF_UNIX_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * Adds whole calendar months to a day, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29).
 *
 * @example
 * addMonths(dayFromYmd(2025, 1, 31), 1) // => dayFromYmd(2025, 2, 28)
 */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(targetYear, targetMonth, Math.min(d.getUTCDate(), lastDay)) / MS_PER_DAY);
}
