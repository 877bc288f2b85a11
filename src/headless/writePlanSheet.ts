import type { Borders, Cell, Fill, Font, Style, Worksheet } from "exceljs";
import { columnLetters } from "../core/issues";
import { dateOfSerial } from "./excelDates";
import { estimateRowHeights } from "../core/plan/layout";
import { BORDER_COLOR, INPUT_DATE_FORMAT, PLAN_LOOKS, planRules } from "../core/plan/layout";
import type { CellRange, CellStyle, LayoutCell, PlanLook, PlanSheetLayout } from "../core/plan/layout";

/** exceljs colours are ARGB: `#5B9BD5` → `FF5B9BD5`. */
function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

const LIGHT = { style: "thin", color: { argb: argb(BORDER_COLOR) } } as const;
const BORDER: Partial<Borders> = { top: LIGHT, left: LIGHT, bottom: LIGHT, right: LIGHT };

/** The exceljs style of a plan look (see `PLAN_LOOKS`, shared with the Office.js writer). */
function styleOf(look: PlanLook): Partial<Style> {
  const style: Partial<Style> = {};
  if (look.bold || look.size || look.color) {
    style.font = {
      ...(look.bold ? { bold: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
    };
  }
  if (look.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.borders) style.border = BORDER;
  if (look.wrapText || look.verticalAlignment) {
    style.alignment = {
      ...(look.wrapText ? { wrapText: true } : {}),
      ...(look.verticalAlignment ? { vertical: "top" as const } : {}),
    };
  }
  if (look.numberFormat) style.numFmt = look.numberFormat;
  return style;
}

const STYLES = Object.fromEntries(Object.entries(PLAN_LOOKS).map(([key, look]) => [key, styleOf(look)])) as Readonly<
  Record<CellStyle, Partial<Style>>
>;

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function rangeRef(range: CellRange): string {
  return `${address(range.top, range.left)}:${address(range.bottom, range.right)}`;
}

function background(argb: string): { fill: Fill } {
  return { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } };
}

/** True for a layout cell holding a date (an Excel serial in the 1900 date system). */
function isDate(source: LayoutCell): boolean {
  return typeof source.value === "number" && (source.style === "date" || source.inputFormat === "date");
}

function writeCell(cell: Cell, source: LayoutCell): void {
  // Values are written as plain strings and numbers: a text starting with "=" stays text. Only the
  // layout's own live formulas are formulas, with the plan-time value as their cached result. A
  // date is written as a date, so a workbook counting from 1904 stores it in its own system.
  cell.value =
    source.formula !== undefined
      ? { formula: source.formula, result: source.value === null ? "" : source.value, date1904: false }
      : isDate(source)
        ? dateOfSerial(source.value as number)
        : source.value;
  const style = STYLES[source.style];
  if (style.font) cell.font = style.font as Font;
  if (style.fill) cell.fill = style.fill;
  if (style.border) cell.border = style.border;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (source.inputFormat === "date") cell.numFmt = INPUT_DATE_FORMAT;
}

/**
 * Renders a plan sheet layout into an exceljs worksheet: values, fonts, fills, light borders, number
 * formats, merges, column widths, list validations on each cell of a validated range, conditional
 * formats as expression rules, frozen title rows, and a landscape page one page wide for printing.
 *
 * Method: live KPI cells are formulas with their plan-time value as the cached result, coloured
 * green / amber / red by their thresholds. A Gantt cell is filled when its month (header date to the month's end, `EOMONTH`) overlaps
 * the task's start and end dates of its row, so editing a date moves the bar; RACI letters and
 * risk levels get one fill per value. Layout rows and columns are 0-based, exceljs's 1-based.
 * Complexity: linear in cells plus validated cells.
 *
 * @param sheet - an empty worksheet
 * @param layout - from `layoutPlan`
 *
 * @example
 * writePlanSheet(workbook.addWorksheet("Plan"), layoutPlan(plan, "en"));
 * workbook.getWorksheet("Plan")!.getCell("A1").value // => "Customer development plan: <plan name>"
 */
export function writePlanSheet(sheet: Worksheet, layout: PlanSheetLayout): void {
  for (const c of layout.cells) writeCell(sheet.getCell(c.row + 1, c.column + 1), c);
  for (const m of layout.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const [row, height] of estimateRowHeights(layout)) sheet.getRow(row + 1).height = height;
  for (const v of layout.validations) {
    const formula = `"${v.values.join(",")}"`;
    for (let r = v.range.top; r <= v.range.bottom; r++) {
      for (let col = v.range.left; col <= v.range.right; col++) {
        sheet.getCell(r + 1, col + 1).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
        };
      }
    }
  }
  let priority = 1;
  for (const format of layout.conditionalFormats) {
    sheet.addConditionalFormatting({
      ref: rangeRef(format.range),
      rules: planRules(format).map((rule) => ({
        type: "expression",
        priority: priority++,
        formulae: [rule.formula],
        style: background(argb(rule.fill)),
      })),
    });
  }
  if (layout.frozenRows > 0) sheet.views = [{ state: "frozen", ySplit: layout.frozenRows }];
  // Printed or saved as PDF, the plan runs down landscape pages one page wide.
  sheet.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
