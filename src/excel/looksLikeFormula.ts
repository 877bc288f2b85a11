/** A formula trigger after optional leading white space: `=`, `+`, `-`, `@` or their full-width forms. */
const TRIGGER = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * True when Excel would turn this text into a formula if it were typed (or written through
 * `Range.values`) into a cell that is not formatted as text.
 *
 * Method: the first character after any leading white space (tab, CR, LF, spaces, the ideographic
 * space) is `=`, `+`, `-` or `@`, or full-width `＝`, `＋`, `－`, `＠`. The rule is deliberately
 * wider than Excel's own (which ignores leading spaces): a leading space is how a formula slips past
 * filters that check only the first character.
 *
 * @param text - a cell text
 * @returns whether the text must be stored as text to stay text
 *
 * @example
 * looksLikeFormula("=1+1") // => true
 * looksLikeFormula("\t+cmd") // => true
 * looksLikeFormula("＝SUM(A1)") // => true
 * looksLikeFormula("华东精密") // => false
 */
export function looksLikeFormula(text: string): boolean {
  return TRIGGER.test(text);
}
