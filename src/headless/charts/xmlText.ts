/**
 * Text escaped for an XML attribute or element body.
 *
 * @example
 * xmlText(`Tom & "Jerry" <3`) // => "Tom &amp; &quot;Jerry&quot; &lt;3"
 */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
