import type { StyleSheetEditor } from "./styleSheetEditor";

/** Fill of the header cells of the columns the add-in owns (a light blue). */
export const OWNED_HEADER_FILL = "FFDCEBFA";

/**
 * The cell format of a header the add-in writes: the workbook's default font in bold, with the
 * light fill of the add-in's own columns when `shaded`.
 *
 * @example
 * headerStyle(new StyleSheetEditor(stylesXml)) // => index of an xf with `<font><b/>…</font>` and the fill
 */
export function headerStyle(styles: StyleSheetEditor, shaded = true): number {
  const base = styles.items("fonts")[0] ?? "<font/>";
  const bold = /<b\s*\/>|<b\s+val="(1|true)"\s*\/>/.test(base)
    ? base
    : base.endsWith("/>")
      ? `${base.slice(0, -2)}><b/></font>`
      : base.replace(/^<font\b[^>]*>/, (open) => `${open}<b/>`);
  const font = styles.add("fonts", bold);
  if (!shaded) {
    return styles.add("cellXfs", `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
  }
  const fill = styles.add(
    "fills",
    `<fill><patternFill patternType="solid"><fgColor rgb="${OWNED_HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill>`,
  );
  return styles.add(
    "cellXfs",
    `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0" applyFont="1" applyFill="1"/>`,
  );
}

/**
 * The cell format showing numbers in a number format, otherwise the workbook's default.
 *
 * @example
 * numberFormatStyle(styles, "0.0%") // => index of `<xf numFmtId="164" … applyNumberFormat="1"/>`
 */
export function numberFormatStyle(styles: StyleSheetEditor, format: string): number {
  const id = styles.numberFormatId(format);
  return styles.add(
    "cellXfs",
    `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  );
}
