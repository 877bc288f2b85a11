// Written by hand: a two-line character mapping that no maintained library offers without DOM or Node APIs.

/** First and last full-width forms of printable ASCII (`！` U+FF01 … `～` U+FF5E). */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const FULL_WIDTH_YEN = 0xffe5;

/**
 * Turns full-width (全角) ASCII forms into their half-width equivalents: digits `０-９`, letters,
 * punctuation such as `，．－（）％＄`, the ideographic space `U+3000` (→ space) and the full-width yen
 * sign `￥` (→ `¥`). Everything else, Chinese characters included, is kept as is.
 *
 * Method: one scan over the UTF-16 code units; text without full-width characters is returned
 * unchanged (same string, no copy). O(length).
 *
 * @param text - any text
 * @returns the text with full-width ASCII forms replaced
 *
 * @example
 * toHalfWidth("１２３，４５６．７") // => "123,456.7"
 * toHalfWidth("销售额（元）") // => "销售额(元)"
 */
export function toHalfWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) || c === IDEOGRAPHIC_SPACE || c === FULL_WIDTH_YEN) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) out += String.fromCharCode(c - FULL_WIDTH_OFFSET);
    else if (c === IDEOGRAPHIC_SPACE) out += " ";
    else if (c === FULL_WIDTH_YEN) out += "¥";
    else out += text[i];
  }
  return out;
}
