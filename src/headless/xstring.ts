/** A C0 control character other than tab and line feed: .xlsx text cannot hold it as it is. */
const isControl = (c: number): boolean => c < 0x20 && c !== 0x09 && c !== 0x0a;
const ESCAPE_LOOKALIKE = /_x[0-9a-fA-F]{4}_/;
const ESCAPE_LOOKALIKE_AT_START = /^_x[0-9a-fA-F]{4}_/;

/** True when text holds a character .xlsx cannot hold as it is, or text that reads as an escape. */
export function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return ESCAPE_LOOKALIKE.test(text);
}

/**
 * Text in the escaped form .xlsx uses for characters XML cannot carry (ECMA-376 ST_Xstring,
 * `_xHHHH_`): a carriage return becomes `_x000D_` (written as it is, XML readers would turn it into a
 * line feed), other control characters likewise (else they are dropped), and a `_` that starts text
 * looking like an escape becomes `_x005F_`, so `_x000D_` typed by a person stays those seven characters.
 *
 * @example
 * escapeXstring("a\rb") // => "a_x000D_b"
 */
export function escapeXstring(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) out += `_x${c.toString(16).toUpperCase().padStart(4, "0")}_`;
    else if (c === 0x5f && ESCAPE_LOOKALIKE_AT_START.test(text.slice(i, i + 7))) out += "_x005F_";
    else out += text[i];
  }
  return out;
}
