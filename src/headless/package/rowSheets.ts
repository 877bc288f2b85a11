import type { CellValue, SheetContent } from "../../app/ports";
import { DAYS_1900_TO_1904, isDateFormat } from "../excelDates";
import { dataSheetXml } from "./dataSheetXml";
import { headerStyle, numberFormatStyle } from "./ownedCellFormats";
import type { OwnedSheet } from "./editXlsxPackage";

/**
 * A sheet of rows the add-in owns (the per-customer score sheet), as a part for the package: a bold
 * header, each column's number format, widths, the header row frozen; date columns in the
 * workbook's date system.
 *
 * @example
 * contentSheet({ name: "CDP Customers", rows: [["ID"], ["C1"]] }).render(tables) // => "<worksheet …>"
 */
export function contentSheet(content: SheetContent): OwnedSheet {
  return {
    name: content.name,
    render: ({ styles, strings, date1904 }) =>
      dataSheetXml(
        date1904 ? in1904System(content) : content.rows,
        {
          headerStyle: headerStyle(styles, false),
          columnStyles: (content.columnFormats ?? []).map((f) => (f ? numberFormatStyle(styles, f) : 0)),
          columnWidths: content.columnWidths,
          frozenRows: 1,
        },
        strings,
      ),
  };
}

/**
 * The very hidden settings sheet as a part for the package: its rows as they are.
 *
 * @example
 * settingsSheet("CDP_Settings", [["key", "value (JSON)"]]).veryHidden // => true
 */
export function settingsSheet(name: string, rows: readonly (readonly CellValue[])[]): OwnedSheet {
  return { name, veryHidden: true, render: ({ strings }) => dataSheetXml(rows, { headerStyle: 0 }, strings) };
}

/** A sheet's rows with the serials of its date columns moved to the 1904 date system. */
function in1904System(content: SheetContent): readonly (readonly CellValue[])[] {
  const dateColumn = (content.columnFormats ?? []).map(isDateFormat);
  return content.rows.map((row, r) =>
    r === 0 ? row : row.map((v, c) => (dateColumn[c] && typeof v === "number" ? v - DAYS_1900_TO_1904 : v)),
  );
}
