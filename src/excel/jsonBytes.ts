/**
 * Size in bytes of a value as JSON text encoded in UTF-8: what a request or response carrying it
 * costs against Excel on the web's 5 MB payload limit.
 *
 * Method: `JSON.stringify`, then one byte per ASCII character, two up to U+07FF, three for other
 * BMP characters and four per surrogate pair (two per half). `undefined` costs nothing.
 * Complexity: linear in the JSON length.
 *
 * @param value - anything `JSON.stringify` accepts
 * @returns bytes, 0 for `undefined`
 *
 * @example
 * jsonBytes([["C1", 12.5]]) // => 13
 * jsonBytes("客户") // => 8
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  if (text === undefined) return 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}
