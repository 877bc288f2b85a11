import type { Borders, Cell, Fill, Font, Style, Worksheet } from "exceljs";
import { columnLetters } from "../core/issues";
import { estimateRowHeights } from "./estimateRowHeights";
import type { CellRange, CellStyle, LayoutCell, LayoutConditionalFormat, PlanSheetLayout } from "../core/plan/layout";

const LIGHT = { style: "thin", color: { argb: "FFD9D9D9" } } as const;
const BORDER: Partial<Borders> = { top: LIGHT, left: LIGHT, bottom: LIGHT, right: LIGHT };

function solid(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** The exceljs look of each layout style. */
const STYLES: Readonly<Record<CellStyle, Partial<Style>>> = {
  title: { font: { bold: true, size: 16, color: { argb: "FF1F3864" } } },
  sectionHeader: { font: { bold: true, size: 13, color: { argb: "FFFFFFFF" } }, fill: solid("FF2F5597") },
  tableHeader: {
    font: { bold: true },
    fill: solid("FFDCEBFA"),
    border: BORDER,
    alignment: { wrapText: true, vertical: "top" },
  },
  text: { border: BORDER, alignment: { wrapText: true, vertical: "top" } },
  number: { border: BORDER, numFmt: "#,##0.##", alignment: { vertical: "top" } },
  percent: { border: BORDER, numFmt: "0.0%", alignment: { vertical: "top" } },
  money: { border: BORDER, numFmt: "#,##0", alignment: { vertical: "top" } },
  date: { border: BORDER, numFmt: "yyyy-mm-dd", alignment: { vertical: "top" } },
  input: { border: BORDER, fill: solid("FFFFF2CC"), alignment: { wrapText: true, vertical: "top" } },
};

/** Fills of the conditional formats (background colours). */
const GANTT_FILL = "FF5B9BD5";
const RACI_FILLS: Readonly<Record<string, string>> = { R: "FFC6EFCE", A: "FFFFC7CE", C: "FFFFEB9C", I: "FFDDEBF7" };
const RISK_FILLS: Readonly<Record<string, string>> = { H: "FFFFC7CE", M: "FFFFEB9C", L: "FFC6EFCE" };
const KPI_FILLS = { green: "FFC6EFCE", amber: "FFFFEB9C", red: "FFFFC7CE" } as const;

function address(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

function rangeRef(range: CellRange): string {
  return `${address(range.top, range.left)}:${address(range.bottom, range.right)}`;
}

function background(argb: string): { fill: Fill } {
  return { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } };
}

function writeCell(cell: Cell, source: LayoutCell): void {
  // Values are written as plain strings and numbers: a text starting with "=" stays text. Only the
  // layout's own live formulas are formulas, with the plan-time value as their cached result.
  cell.value =
    source.formula === undefined
      ? source.value
      : { formula: source.formula, result: source.value === null ? "" : source.value, date1904: false };
  const style = STYLES[source.style];
  if (style.font) cell.font = style.font as Font;
  if (style.fill) cell.fill = style.fill;
  if (style.border) cell.border = style.border;
  if (style.alignment) cell.alignment = style.alignment;
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (source.inputFormat === "date") cell.numFmt = "yyyy-mm-dd";
}

/** The exceljs rules of one conditional format; formulas are relative to the range's top-left cell. */
function rules(format: LayoutConditionalFormat): { formula: string; fill: string }[] {
  const { top, left } = format.range;
  const here = address(top, left);
  if (format.kind === "gantt") {
    const month = `${columnLetters(left)}$${format.headerRow + 1}`;
    const start = `$${columnLetters(format.startColumn)}${top + 1}`;
    const end = `$${columnLetters(format.endColumn)}${top + 1}`;
    return [
      {
        formula: `AND(ISNUMBER(${start}),ISNUMBER(${end}),${month}<=${end},EOMONTH(${month},0)>=${start})`,
        fill: GANTT_FILL,
      },
    ];
  }
  if (format.kind === "kpiStatus") return kpiStatusRules(here, format);
  const fills = format.kind === "raci" ? RACI_FILLS : RISK_FILLS;
  return Object.entries(fills).map(([letter, fill]) => ({ formula: `${here}="${letter}"`, fill }));
}

/** Green, amber and red rules of a live KPI cell; blank or text cells stay plain. */
function kpiStatusRules(
  here: string,
  format: Extract<LayoutConditionalFormat, { kind: "kpiStatus" }>,
): { formula: string; fill: string }[] {
  const g = number(format.green);
  const r = number(format.red);
  const [green, red, amber] =
    format.direction === "higher"
      ? [`${here}>=${g}`, `${here}<${r}`, `${here}<${g},${here}>=${r}`]
      : [`${here}<=${g}`, `${here}>${r}`, `${here}>${g},${here}<=${r}`];
  return [
    { formula: `AND(ISNUMBER(${here}),${green})`, fill: KPI_FILLS.green },
    { formula: `AND(ISNUMBER(${here}),${red})`, fill: KPI_FILLS.red },
    { formula: `AND(ISNUMBER(${here}),${amber})`, fill: KPI_FILLS.amber },
  ];
}

/** A number as a formula literal: 12 significant digits, no exponent for ordinary magnitudes. */
function number(x: number): string {
  return String(Number(x.toPrecision(12)));
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
      rules: rules(format).map((rule) => ({
        type: "expression",
        priority: priority++,
        formulae: [rule.formula],
        style: background(rule.fill),
      })),
    });
  }
  if (layout.frozenRows > 0) sheet.views = [{ state: "frozen", ySplit: layout.frozenRows }];
  // Printed or saved as PDF, the plan runs down landscape pages one page wide.
  sheet.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
