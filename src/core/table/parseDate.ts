// Written by hand: no installed library reads Excel serials, Chinese dates and full-width digits together, with reasons for rejection.
import { dayFromExcelSerial, dayFromYmd } from "../days";
import type { Day } from "../types";
import { type CellRejection, rejection } from "./cellRejection";
import { excelErrorOf } from "./excelErrorOf";
import { toHalfWidth } from "./toHalfWidth";

const MS_PER_DAY = 86_400_000;
/** Largest Excel serial: 9999-12-31. */
const MAX_SERIAL = 2_958_465;
const MIN_YYYYMMDD = 19_000_101;
const MAX_YYYYMMDD = 99_991_231;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
/** 1900-01-01 and 10000-01-01 (UTC) in milliseconds: the range of `Date` cells, compared without date arithmetic. */
const MIN_DATE_MS = Date.UTC(MIN_YEAR, 0, 1);
const END_DATE_MS = Date.UTC(MAX_YEAR + 1, 0, 1);

/** `2025-01-23`, `2025/1/23`, `2025.1.23` (one separator throughout), optionally followed by a time. */
const YMD =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** `2025年1月23日`, `2025 年 1 月 23 号`. */
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$/;
const EIGHT_DIGITS = /^\d{8}$/;
/** Day and month first with a two- or four-digit year: the order of day and month is unknowable. */
const AMBIGUOUS = /^\d{1,2}([-/.])\d{1,2}\1\d{2}(?:\d{2})?(?:[T ].*)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Checked by arithmetic (no `Date` object per cell): month 1..12, day within the month. */
function fromYmd(year: number, month: number, day: number): Day | CellRejection {
  if (year < MIN_YEAR || year > MAX_YEAR) return rejection("dateOutOfRange");
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return rejection("notADate");
  return dayFromYmd(year, month, day);
}

function fromEightDigits(n: number): Day | CellRejection {
  if (n < MIN_YYYYMMDD || n > MAX_YYYYMMDD) return rejection("dateOutOfRange");
  return fromYmd(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
}

function fromNumber(n: number): Day | CellRejection {
  if (!Number.isFinite(n)) return rejection("notADate");
  if (n >= 1 && n < MAX_SERIAL + 1) return dayFromExcelSerial(n);
  if (Number.isInteger(n) && n >= MIN_YYYYMMDD && n <= MAX_YYYYMMDD) return fromEightDigits(n);
  return rejection("dateOutOfRange");
}

/** Digit value of the character at `i`, or -1. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** `YYYY-MM-DD` exactly (the most common text form), read without a regular expression; else `undefined`. */
function fromIsoDigits(text: string): Day | CellRejection | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const v = digitAt(text, i);
    if (v < 0) return undefined;
    year = year * 10 + v;
  }
  const m1 = digitAt(text, 5);
  const m2 = digitAt(text, 6);
  const d1 = digitAt(text, 8);
  const d2 = digitAt(text, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return undefined;
  return fromYmd(year, m1 * 10 + m2, d1 * 10 + d2);
}

function fromText(raw: string): Day | CellRejection {
  const iso = fromIsoDigits(raw);
  if (iso !== undefined) return iso;
  const text = toHalfWidth(raw).trim();
  let m = YMD.exec(text);
  if (m) return fromYmd(Number(m[1]), Number(m[3]), Number(m[4]));
  m = CHINESE.exec(text);
  if (m) return fromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (EIGHT_DIGITS.test(text)) return fromEightDigits(Number(text));
  if (AMBIGUOUS.test(text)) return rejection("ambiguousDate");
  return rejection("notADate");
}

/**
 * Reads a calendar date from a cell, as a {@link Day}.
 *
 * Accepted forms:
 * - an Excel serial number 1..2958465 (1900 date system; a fraction is the time of day and is
 *   dropped; serials below 61 follow Excel's fictitious 1900-02-29, see `dayFromExcelSerial`);
 * - a JS `Date` (what exceljs gives for date cells), read as a UTC calendar date;
 * - text `2025-01-23` (also `2025-01-23T10:00:00`, `2025-01-23 10:00`, with an optional zone,
 *   which is ignored: the date is taken as written), `2025/1/23`, `2025.1.23`, `2025-1-23`;
 * - text `2025年1月23日`, also with `号` and spaces between the parts;
 * - eight digits `20250123`, as a number or as text (19000101..99991231);
 * - full-width digits and punctuation in any text form (`２０２５－０１－２３`).
 *
 * Rejected: day/month-first text such as `01/23/2025` (`ambiguousDate`: D/M versus M/D cannot be
 * told, so the message asks for YYYY-MM-DD), impossible dates such as `2025-02-30` (`notADate`),
 * years outside 1900..9999 and numbers outside both ranges above (`dateOutOfRange`), booleans,
 * other text and invalid `Date`s (`notADate`), blanks (`blank`) and Excel errors (`errorValue`).
 *
 * Numbers, `Date`s and plain `YYYY-MM-DD` text take a fast path with no regular expression.
 * O(1) per cell.
 *
 * @param value - one cell
 * @returns the day, or a {@link CellRejection} saying why not
 *
 * @example
 * parseDate(45680) // => 20111 (2025-01-23)
 * parseDate("2025年1月23日") // => 20111
 * parseDate("20250123") // => 20111
 * parseDate("01/23/2025") // => { rejected: "ambiguousDate" }
 */
export function parseDate(value: unknown): Day | CellRejection {
  if (typeof value === "number") return fromNumber(value);
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return rejection("notADate");
    if (t < MIN_DATE_MS || t >= END_DATE_MS) return rejection("dateOutOfRange");
    return Math.floor(t / MS_PER_DAY);
  }
  if (value === null || value === undefined) return rejection("blank");
  if (typeof value === "string") {
    if (value.trim().length === 0) return rejection("blank");
    const error = excelErrorOf(value);
    if (error !== undefined) return rejection("errorValue", error);
    return fromText(value);
  }
  const error = excelErrorOf(value);
  if (error !== undefined) return rejection("errorValue", error);
  return rejection("notADate");
}
