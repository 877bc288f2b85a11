// Written by hand: no installed library reads thousands groups, 万/亿, full-width digits and accounting negatives with exact decimal scaling.
import { type CellRejection, rejection } from "./cellRejection";
import { excelErrorOf } from "./excelErrorOf";
import { toHalfWidth } from "./toHalfWidth";

/** Options of {@link parseNumber}. */
export interface ParseNumberOptions {
  /** Accept `12%` as 0.12 (for ratio columns only). Default false: `12%` is not a number. */
  readonly percent?: boolean;
  /** Accept currency signs and words (`¥ ￥ $ US$ RMB CNY 元 人民币`) around the number. Default false. */
  readonly currency?: boolean;
}

/**
 * Numbers read must be smaller than this in size: Excel keeps 15 significant digits, so a value of
 * 10^15 or more in a customer table is a pasted ID or a typing error, and sums of such values could
 * overflow to Infinity.
 */
export const MAX_NUMBER_MAGNITUDE = 1e15;

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const GROUPED_OR_PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?[eE][-+]?\d{1,3}$/;
const CURRENCY_PREFIXES: readonly string[] = ["US$", "$", "¥", "RMB", "CNY", "人民币"];
const CURRENCY_SUFFIXES: readonly string[] = ["元", "人民币", "RMB", "CNY"];

/** True when `token` (upper case) occurs in `text` at `at`, ignoring the case of ASCII letters; no copies made. */
function tokenAt(text: string, at: number, token: string): boolean {
  if (at < 0 || at + token.length > text.length) return false;
  for (let i = 0; i < token.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== token.charCodeAt(i)) return false;
  }
  return true;
}

function startsWithToken(text: string, tokens: readonly string[]): number {
  for (const token of tokens) if (tokenAt(text, 0, token)) return token.length;
  return 0;
}

function endsWithToken(text: string, tokens: readonly string[]): number {
  for (const token of tokens) if (tokenAt(text, text.length - token.length, token)) return token.length;
  return 0;
}

/** The number a text spells under the grammar of {@link parseNumber}, or `undefined`. */
function numberFromText(raw: string, options: ParseNumberOptions): number | undefined {
  let text = toHalfWidth(raw).trim();
  if (text.includes("\u2212")) text = text.replace(/\u2212/g, "-");
  let negative = false;
  let signed = false;
  let currencyPrefixSeen = false;

  for (;;) {
    const c = text.charAt(0);
    if (c === "-" || c === "+") {
      if (signed) return undefined;
      signed = true;
      negative = c === "-";
      text = text.slice(1).trimStart();
      continue;
    }
    if (c === "(" && text.endsWith(")")) {
      if (signed) return undefined;
      signed = true;
      negative = true;
      text = text.slice(1, -1).trim();
      continue;
    }
    if (options.currency && !currencyPrefixSeen) {
      const n = startsWithToken(text, CURRENCY_PREFIXES);
      if (n > 0) {
        currencyPrefixSeen = true;
        text = text.slice(n).trimStart();
        continue;
      }
    }
    break;
  }

  if (options.currency) {
    const n = endsWithToken(text, CURRENCY_SUFFIXES);
    if (n > 0) text = text.slice(0, -n).trimEnd();
  }

  let exponent = 0;
  const last = text.charAt(text.length - 1);
  if (last === "%") {
    if (!options.percent) return undefined;
    exponent = -2;
  } else if (last === "万") exponent = 4;
  else if (last === "亿") exponent = 8;
  if (exponent !== 0) text = text.slice(0, -1).trimEnd();

  let value: number;
  if (GROUPED_OR_PLAIN.test(text)) {
    // Decimal exponent in the text, so 1.2万 is exactly 12000 (no binary rounding from 1.2 × 10000).
    const digits = text.includes(",") ? text.replace(/,/g, "") : text;
    value = exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
  } else if (exponent === 0 && SCIENTIFIC.test(text)) {
    value = Number(text);
  } else {
    return undefined;
  }
  if (!Number.isFinite(value)) return undefined;
  if (negative) value = -value;
  return value === 0 ? 0 : value;
}

/** `n` (finite) as read: `-0` becomes `0`; 10^15 or more in size is rejected as `tooLarge`. */
function inRange(n: number): number | CellRejection {
  if (n >= MAX_NUMBER_MAGNITUDE || n <= -MAX_NUMBER_MAGNITUDE) return rejection("tooLarge");
  return n === 0 ? 0 : n;
}

/**
 * Reads a number from a cell.
 *
 * Method:
 * - a finite JS number is returned as is (the fast path; `-0` becomes `0`);
 * - text is read after turning full-width characters half-width (`１２３，４５６．７`) and trimming:
 *   digits with optional `,` thousands groups (groups of exactly three) and one decimal point,
 *   or scientific notation `1.5E+3`; a leading `-`/`+`/`−`, or parentheses `(123)` for a negative;
 *   a trailing `万` (× 10,000) or `亿` (× 100,000,000); a trailing `%` (÷ 100) only with
 *   `percent: true`; currency signs and words only with `currency: true` (see {@link parseAmount});
 * - anything else (`abc`, `12.3.4`, `1,2,3,,`, `1.234,5`, booleans, dates, infinities) is rejected;
 * - a number of 10^15 or more in size ({@link MAX_NUMBER_MAGNITUDE}) is rejected as `tooLarge`:
 *   Excel keeps 15 digits, and sums of such values could overflow.
 *
 * Decimal scaling (`万`, `%`) is done in decimal, so `1.2万` is exactly 12000 and `12%` exactly 0.12.
 *
 * @param value - one cell
 * @param options - whether percent and currency forms are accepted
 * @returns the number, or a {@link CellRejection}: `blank`, `errorValue` (with the error), `notANumber`
 *   or `tooLarge`
 *
 * @example
 * parseNumber("1,234.5") // => 1234.5
 * parseNumber("(123)") // => -123
 * parseNumber("1.2万") // => 12000
 * parseNumber("12%", { percent: true }) // => 0.12
 * parseNumber("12%") // => { rejected: "notANumber" }
 * parseNumber("1E+16") // => { rejected: "tooLarge" }
 */
export function parseNumber(value: unknown, options: ParseNumberOptions = {}): number | CellRejection {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return rejection("notANumber");
    return inRange(value);
  }
  if (value === null || value === undefined) return rejection("blank");
  if (typeof value === "string") {
    if (PLAIN_NUMBER.test(value)) return inRange(Number(value));
    if (value.trim().length === 0) return rejection("blank");
    const error = excelErrorOf(value);
    if (error !== undefined) return rejection("errorValue", error);
    const n = numberFromText(value, options);
    return n === undefined ? rejection("notANumber") : inRange(n);
  }
  const error = excelErrorOf(value);
  if (error !== undefined) return rejection("errorValue", error);
  return rejection("notANumber");
}
