import { toHalfWidth } from "./toHalfWidth";

/** Bracketed parts (units, notes): `(元)`, `[USD]`, `【必填】`, `<days>`. Full-width brackets are half-width by then. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|<[^<>]*>|〔[^〔〕]*〕/g;
/** Anything that is not a letter or a digit: spaces, `_`, `-`, punctuation, symbols. */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The comparable form of a header: what header recognition matches synonyms against.
 *
 * Method: full-width characters are made half-width; bracketed parts (units such as `销售额(元)`,
 * `Amount ($)`, notes such as `【必填】`) are removed; letters are lower-cased; everything that is
 * not a letter or a digit (spaces, `_`, `-`, `#`, `%`, `/`, `:`, `、`, `·`, …) is removed. When
 * removing the bracketed parts would leave nothing (`(ID)`), only the brackets themselves go.
 *
 * @param header - a header cell's text
 * @returns the normalized header, possibly `""`
 *
 * @example
 * normalizeHeader("Customer_ID") // => "customerid"
 * normalizeHeader("销售额（元）") // => "销售额"
 * normalizeHeader(" Amount ($) ") // => "amount"
 */
export function normalizeHeader(header: string): string {
  const half = toHalfWidth(header).toLowerCase();
  const withoutBrackets = half.replace(BRACKETED, "").replace(NOT_LETTER_OR_DIGIT, "");
  return withoutBrackets.length > 0 ? withoutBrackets : half.replace(NOT_LETTER_OR_DIGIT, "");
}
