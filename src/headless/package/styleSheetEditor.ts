import { attribute, withAttribute } from "./packageXml";
import { PackageNotEditable } from "./packageNotEditable";

/** The lists of a styles part the editor appends to, and the element each holds. */
const SECTIONS = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
} as const;
export type StyleSection = keyof typeof SECTIONS;

/** CT_Stylesheet's child order (ECMA-376 part 1, 18.8.39): a missing list is created in its place. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** Number formats every spreadsheet knows by id (ECMA-376 18.8.30), the locale-independent ones. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_FORMAT = 164;

/**
 * Appends formats to a workbook's styles part (`xl/styles.xml`) without touching what is there, so
 * every existing cell keeps its look: fonts, fills, borders, number formats, cell formats and
 * differential formats (for conditional formatting) are added at the end of their lists, an
 * identical entry already present is reused, and each list's `count` is kept right.
 *
 * Method: the lists are found and split with regular expressions (written by hand: the part is a
 * flat sequence of lists and no XML library is bundled); elements are compared as written.
 *
 * @throws {PackageNotEditable} for a styles part whose elements carry a namespace prefix
 *
 * @example
 * const styles = new StyleSheetEditor(stylesXml);
 * styles.add("fonts", "<font><b/><sz val=\"11\"/></font>") // => index of the new (or equal) font
 * styles.numberFormatId("0.0%") // => 164, or the id the workbook already gives that format
 */
export class StyleSheetEditor {
  private xml: string;
  private readonly lists = new Map<StyleSection, string[]>();
  private readonly indexOf = new Map<StyleSection, Map<string, number>>();

  constructor(stylesXml: string) {
    if (!/<styleSheet\b/.test(stylesXml)) throw new PackageNotEditable("The styles part is not a plain styleSheet.");
    this.xml = stylesXml;
  }

  /** The elements of a list, as written. */
  items(section: StyleSection): readonly string[] {
    let list = this.lists.get(section);
    if (!list) {
      const element = SECTIONS[section];
      const found = this.find(section);
      const inner = found?.inner ?? "";
      list = inner.match(new RegExp(`<${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</${element}>)`, "g")) ?? [];
      this.lists.set(section, list);
    }
    return list;
  }

  /**
   * The index of an element in its list: an identical element already there, else the element
   * appended. For `numFmts` the "index" is the format's id.
   */
  add(section: StyleSection, element: string): number {
    const list = this.items(section);
    let index = this.indexOf.get(section);
    if (!index) {
      index = new Map(list.map((item, i) => [item, i]));
      this.indexOf.set(section, index);
    }
    const known = index.get(element);
    if (known !== undefined) return known;
    const position = list.length;
    (list as string[]).push(element);
    index.set(element, position);
    this.write(section, list);
    return position;
  }

  /** The id of a number format: built in, already in the workbook, or added. */
  numberFormatId(code: string): number {
    if (BUILT_IN_FORMATS[code] !== undefined) return BUILT_IN_FORMATS[code];
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const item of this.items("numFmts")) {
      const id = Number(attribute(item, "numFmtId"));
      if (attribute(item, "formatCode") === code) return id;
      if (Number.isFinite(id)) highest = Math.max(highest, id);
    }
    const id = highest + 1;
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** The styles part with everything added. */
  toXml(): string {
    return this.xml;
  }

  private find(section: string): { start: number; end: number; open: string; inner: string } | undefined {
    const match = new RegExp(`<${section}\\b[^>]*?(/?)>`).exec(this.xml);
    if (!match) return undefined;
    const start = match.index;
    if (match[1] === "/") return { start, end: start + match[0].length, open: match[0], inner: "" };
    const close = this.xml.indexOf(`</${section}>`, start);
    if (close < 0) throw new PackageNotEditable(`The styles part's ${section} list is not closed.`);
    return {
      start,
      end: close + section.length + 3,
      open: match[0],
      inner: this.xml.slice(start + match[0].length, close),
    };
  }

  private write(section: StyleSection, list: readonly string[]): void {
    const found = this.find(section);
    const open = withAttribute(
      found ? found.open.replace(/\s*\/>$/, ">") : `<${section}>`,
      "count",
      String(list.length),
    );
    const element = `${open}${list.join("")}</${section}>`;
    if (found) {
      this.xml = this.xml.slice(0, found.start) + element + this.xml.slice(found.end);
      return;
    }
    const later = ORDER.slice(ORDER.indexOf(section) + 1)
      .map((name) => this.find(name)?.start)
      .filter((at): at is number => at !== undefined);
    const at = later.length > 0 ? Math.min(...later) : this.xml.lastIndexOf("</styleSheet>");
    if (at < 0) throw new PackageNotEditable("The styles part is not closed.");
    this.xml = this.xml.slice(0, at) + element + this.xml.slice(at);
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
