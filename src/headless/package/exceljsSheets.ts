import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import JSZip from "jszip";
import { escapeSheetText } from "../escapeSheetText";
import type { OwnedSheet, PackageTables } from "./editXlsxPackage";
import { mergeStyles } from "./mergeStyles";
import { PackageNotEditable } from "./packageNotEditable";
import { partText, relationshipsPath, sheetPartPath } from "./packageXml";
import { sharedStringItems, transplantSheetXml } from "./transplantSheetXml";
import type { StyleIndexMaps } from "./transplantSheetXml";

/**
 * Sheets built with the workbook library (the plan sheet: merges, validations, conditional
 * formats), as {@link OwnedSheet}s for another package: the sheets are copied into a workbook of
 * their own, written, and their parts moved over with {@link transplantSheetXml}, their formats
 * added to the target's styles.
 *
 * @param sheets - the sheets, and whether each is very hidden
 * @param date1904 - true when the target workbook counts dates from 1904
 * @throws {PackageNotEditable} when a sheet's part needs relationships (images, comments)
 *
 * @example
 * await exceljsSheets([{ sheet: workbook.getWorksheet("Plan")! }])
 * // => [{ name: "Plan", render: (styles) => "<worksheet …>" }]
 */
export async function exceljsSheets(
  sheets: readonly { readonly sheet: Worksheet; readonly veryHidden?: boolean }[],
  date1904 = false,
): Promise<OwnedSheet[]> {
  if (sheets.length === 0) return [];
  const own = new ExcelJS.Workbook();
  // Dates are stored in the target workbook's date system.
  own.properties.date1904 = date1904;
  for (const { sheet } of sheets) {
    const copy = own.addWorksheet(sheet.name);
    const model = sheet.model as ExcelJS.WorksheetModel & { merges?: string[] };
    copy.model = { ...model, id: copy.id, name: sheet.name } as ExcelJS.WorksheetModel;
    // Merged again with the master cell's format on every cell, as the sheet was built: a merged
    // range's right and bottom borders are those of its last cells.
    for (const range of model.merges ?? []) copy.mergeCells(range);
  }
  escapeSheetText(own.worksheets);
  const zip = await JSZip.loadAsync(await own.xlsx.writeBuffer());
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  const rels = (await partText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const strings = sharedStringItems(await partText(zip, "xl/sharedStrings.xml"));
  const styles = (await partText(zip, "xl/styles.xml")) ?? "";
  let maps: StyleIndexMaps | undefined;
  const parts = await Promise.all(
    sheets.map(async ({ sheet }) => {
      const path = sheetPartPath(workbook, rels, sheet.name);
      const xml = path ? await partText(zip, path) : undefined;
      if (!path || xml === undefined) throw new PackageNotEditable(`Sheet "${sheet.name}" was not written.`);
      if (zip.file(relationshipsPath(path))) throw new PackageNotEditable(`Sheet "${sheet.name}" has related parts.`);
      return xml;
    }),
  );
  return sheets.map(({ sheet, veryHidden }, i) => ({
    name: sheet.name,
    veryHidden,
    render: (target: PackageTables) => {
      maps ??= mergeStyles(target.styles, styles);
      return transplantSheetXml(parts[i], (id) => target.strings.item(strings[id] ?? "<t></t>"), maps);
    },
  }));
}
