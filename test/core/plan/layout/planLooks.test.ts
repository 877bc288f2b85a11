import ExcelJS from "exceljs";
import type { CellStyle, PlanSheetLayout } from "../../../../src/core/plan/layout";
import { BORDER_COLOR, PLAN_LOOKS } from "../../../../src/core/plan/layout/planLooks";
import type { PlanLook } from "../../../../src/core/plan/layout/planLooks";
import { writePlanSheet } from "../../../../src/headless/writePlanSheet";

const STYLES: CellStyle[] = [
  "title",
  "sectionHeader",
  "tableHeader",
  "text",
  "number",
  "percent",
  "money",
  "date",
  "input",
];

/** The look the command line's .xlsx writer gives a cell, in PlanLook terms. */
function lookOf(cell: ExcelJS.Cell): PlanLook {
  const hex = (argb: string | undefined) => (argb ? `#${argb.slice(2)}` : undefined);
  const fill = cell.fill && cell.fill.type === "pattern" ? hex(cell.fill.fgColor?.argb) : undefined;
  const look: Record<string, unknown> = {
    bold: cell.font?.bold,
    size: cell.font?.size,
    color: hex(cell.font?.color?.argb),
    fill,
    borders: cell.border?.top ? true : undefined,
    wrapText: cell.alignment?.wrapText,
    verticalAlignment: cell.alignment?.vertical === "top" ? "Top" : undefined,
    numberFormat: cell.numFmt || undefined,
  };
  return Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined)) as PlanLook;
}

describe("PLAN_LOOKS", () => {
  it("has the looks of its example", () => {
    expect(PLAN_LOOKS.sectionHeader).toEqual({ bold: true, size: 13, color: "#FFFFFF", fill: "#2F5597" });
    expect(PLAN_LOOKS.money.numberFormat).toBe("#,##0");
  });

  it.each(STYLES)("gives %s the look the command line's .xlsx plan gives it", (style) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    const layout: PlanSheetLayout = {
      sections: [],
      cells: [{ row: 0, column: 0, value: 1, style }],
      merges: [],
      columnWidths: [10],
      validations: [],
      conditionalFormats: [],
      charts: [],
      frozenRows: 0,
    };
    writePlanSheet(sheet, layout);
    expect(PLAN_LOOKS[style]).toEqual(lookOf(sheet.getCell(1, 1)));
    const border = sheet.getCell(1, 1).border?.top?.color?.argb;
    if (border) expect(`#${border.slice(2)}`).toBe(BORDER_COLOR);
  });
});
