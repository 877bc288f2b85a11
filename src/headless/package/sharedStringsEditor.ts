import { xmlText } from "../charts/xmlText";
import { escapeXstring, needsEscape } from "../xstring";
import { withAttribute } from "./packageXml";
import { PackageNotEditable } from "./packageNotEditable";

/**
 * Adds text to a workbook's shared-strings part (`xl/sharedStrings.xml`) without touching the
 * strings already there: new strings are appended, so every existing cell keeps its index; a
 * string already there, or added twice, is stored once, so saving a rebuilt plan again and again
 * does not grow the part. Text a cell holds goes here rather than inline because
 * spreadsheet readers decode the `_xHHHH_` escapes (a carriage return, control characters) in
 * shared strings everywhere, and not always in inline strings.
 *
 * Method: the existing `<si>` items are indexed as written; new ones are kept in a map and
 * appended once, with `count` and `uniqueCount` kept right.
 *
 * @example
 * const strings = new SharedStringsEditor(sstXml); // holding 3 strings
 * strings.text("Champions") // => 3
 * strings.text("Champions") // => 3
 */
export class SharedStringsEditor {
  /** How many `<si>` items the part held when opened. */
  private readonly existing: number;
  private readonly existingCount: number;
  private readonly added: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly indexOfText = new Map<string, number>();
  private references = 0;

  constructor(private readonly xml: string | undefined) {
    if (xml !== undefined && !/<sst\b/.test(xml)) throw new PackageNotEditable("The shared strings part is not plain.");
    let existing = 0;
    for (const match of xml?.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g) ?? []) {
      if (match[1] !== undefined && !this.indexOf.has(match[1])) this.indexOf.set(match[1], existing);
      existing++;
    }
    this.existing = existing;
    this.existingCount = Number(/<sst\b[^>]*\scount="(\d+)"/.exec(xml ?? "")?.[1] ?? this.existing);
  }

  /** The index of a text, stored in its escaped .xlsx form. */
  text(value: string): number {
    const known = this.indexOfText.get(value);
    if (known !== undefined) return this.noteReference(known);
    const escaped = xmlText(needsEscape(value) ? escapeXstring(value) : value);
    // The form spreadsheet programs write, when the workbook already holds the text that way.
    const plain = this.indexOf.get(`<t>${escaped}</t>`);
    const index =
      plain !== undefined && value.trim() === value
        ? this.noteReference(plain)
        : this.item(`<t xml:space="preserve">${escaped}</t>`);
    this.indexOfText.set(value, index);
    return index;
  }

  /** The index of an item given as the content of an `<si>` element (text or runs). */
  item(content: string): number {
    this.references++;
    const known = this.indexOf.get(content);
    if (known !== undefined) return known;
    const index = this.existing + this.added.length;
    this.added.push(content);
    this.indexOf.set(content, index);
    return index;
  }

  private noteReference(index: number): number {
    this.references++;
    return index;
  }

  /** True when anything was added. */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The shared-strings part with the added strings. */
  toXml(): string {
    const items = this.added.map((content) => `<si>${content}</si>`).join("");
    const total = String(this.existingCount + this.references);
    const unique = String(this.existing + this.added.length);
    if (this.xml === undefined) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${total}" uniqueCount="${unique}">${items}</sst>`;
    }
    const open = /<sst\b[^>]*?(\/?)>/.exec(this.xml) as RegExpExecArray;
    let start = withAttribute(withAttribute(open[0].replace(/\s*\/>$/, ">"), "count", total), "uniqueCount", unique);
    if (open[1] === "/") start += `${items}</sst>`;
    const body = this.xml.slice(0, open.index) + start + this.xml.slice(open.index + open[0].length);
    return open[1] === "/" ? body : body.replace(/<\/sst>\s*$/, `${items}</sst>`);
  }
}
