import { attribute } from "./packageXml";
import { StyleSheetEditor } from "./styleSheetEditor";
import type { StyleIndexMaps } from "./transplantSheetXml";

/**
 * Adds the formats of one styles part (written for a few sheets) to another (the workbook's), and
 * returns where each of the source's cell formats and differential formats now sits. The source's
 * defaults (its first font, fill, border and cell format, and the gray-125 fill Excel reserves)
 * map onto the target's defaults, so unstyled text looks like the rest of the workbook.
 *
 * Method: fonts, fills and borders are appended (an identical one is reused); each cell format is
 * rewritten with the target's ids; custom number formats are looked up by code.
 *
 * @example
 * const maps = mergeStyles(new StyleSheetEditor(workbookStyles), planStyles);
 * maps.xf[3] // => the target's index of the plan's cell format 3
 */
export function mergeStyles(target: StyleSheetEditor, sourceXml: string): StyleIndexMaps {
  const source = new StyleSheetEditor(sourceXml);
  const formatIds = new Map<string, number>();
  for (const numFmt of source.items("numFmts")) {
    const id = attribute(numFmt, "numFmtId") ?? "";
    formatIds.set(id, target.numberFormatId(attribute(numFmt, "formatCode") ?? "General"));
  }
  const keepDefaults = (section: "fonts" | "fills" | "borders", defaults: number): number[] =>
    source.items(section).map((item, i) => (i < defaults ? i : target.add(section, item)));
  const fonts = keepDefaults("fonts", 1);
  const fills = keepDefaults("fills", 2);
  const borders = keepDefaults("borders", 1);
  const remap = (tag: string, name: string, map: (id: string) => number): string =>
    tag.replace(new RegExp(`\\s${name}="(\\d+)"`), (_, id: string) => ` ${name}="${map(id)}"`);
  const xf = source.items("cellXfs").map((item, i) => {
    if (i === 0) return 0;
    let element = remap(item, "numFmtId", (id) => formatIds.get(id) ?? Number(id));
    element = remap(element, "fontId", (id) => fonts[Number(id)] ?? 0);
    element = remap(element, "fillId", (id) => fills[Number(id)] ?? 0);
    element = remap(element, "borderId", (id) => borders[Number(id)] ?? 0);
    element = remap(element, "xfId", () => 0);
    return target.add("cellXfs", element);
  });
  const dxf = source.items("dxfs").map((item) => target.add("dxfs", item));
  return { xf, dxf };
}
