/** How the indexes of a written package map into the package a sheet moves to. */
export interface StyleIndexMaps {
  /** Cell format index (`s`, `style`) in the source → in the target. */
  readonly xf: readonly number[];
  /** Differential format index (`dxfId`) in the source → in the target. */
  readonly dxf: readonly number[];
}

/**
 * A worksheet part written in one package, made valid in another: cell formats and conditional
 * formats point at the target's styles, and shared-string cells point at the same text (runs
 * included) in the target's shared strings.
 *
 * Method: one pass of regular-expression replacements over start tags and `t="s"` cells.
 *
 * @param sheetXml - the worksheet part as written in the source package
 * @param sharedString - the target's index of the source's shared string of an index
 * @param maps - index maps from the source's styles part to the target's
 *
 * @example
 * transplantSheetXml(`<c r="A1" s="1" t="s"><v>0</v></c>`, () => 12, { xf: [0, 7], dxf: [] })
 * // => `<c r="A1" s="7" t="s"><v>12</v></c>`
 */
export function transplantSheetXml(
  sheetXml: string,
  sharedString: (index: number) => number,
  maps: StyleIndexMaps,
): string {
  const xf = (index: string): string => String(maps.xf[Number(index)] ?? 0);
  return sheetXml
    .replace(/(<c\b[^>]*?\st="s"[^>]*>\s*<v>)(\d+)(<\/v>)/g, (_, open: string, id: string, close: string) => {
      return `${open}${sharedString(Number(id))}${close}`;
    })
    .replace(/<(c|row)\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, i: string) => ` s="${xf(i)}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, i: string) => ` style="${xf(i)}"`))
    .replace(/<cfRule\b[^>]*>/g, (tag) =>
      tag.replace(/\sdxfId="(\d+)"/, (_, i: string) => ` dxfId="${maps.dxf[Number(i)] ?? 0}"`),
    );
}

/**
 * The contents of each `<si>` of a shared-strings part, by index.
 *
 * @example
 * sharedStringItems(`<sst><si><t>Plan</t></si><si/></sst>`) // => ["<t>Plan</t>", "<t></t>"]
 */
export function sharedStringItems(sharedStringsXml: string | undefined): string[] {
  if (!sharedStringsXml) return [];
  return (sharedStringsXml.match(/<si\b[^>]*?(?:\/>|>[\s\S]*?<\/si>)/g) ?? []).map((si) =>
    si.endsWith("/>") ? "<t></t>" : si.slice(si.indexOf(">") + 1, -"</si>".length),
  );
}
