/**
 * Text of a CSV file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, or GBK
 * (GB18030), the encoding Excel on Chinese Windows saves CSV in. UTF-8 is tried first and strictly;
 * bytes that are not valid UTF-8 are read as GB18030.
 *
 * @example
 * decodeText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7])) // => "客户" (GBK bytes)
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("gb18030").decode(body);
  }
}
