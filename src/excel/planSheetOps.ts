import type { CellRange, LayoutChart, PlanSheetLayout } from "../core/plan/layout";
import { estimateRowHeights } from "../core/plan/layout";
import { cellNumberFormat, GENERAL_FORMAT } from "./cellNumberFormat";
import { columnWidthPoints } from "./columnWidthPoints";
import { jsonBytes } from "./jsonBytes";
import { officeCellValue } from "./officeCellValue";
import { BORDER_COLOR, INPUT_DATE_FORMAT, PLAN_LOOKS, planRules } from "../core/plan/layout";
import type { BatchOp } from "./requestBatcher";
import { rowsOp } from "./rowsOp";
import { styleRectangles } from "./styleRectangles";

/** Bytes counted per Office.js call (object lookup plus one property set or method call). */
const CALL_BYTES = 200;

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function op(calls: number, queue: () => void, text = ""): BatchOp {
  return { bytes: calls * CALL_BYTES + jsonBytes(text), queue };
}

/** The values and number formats of every position in the layout's bounding box, as one block of rows. */
function valuesOp(sheet: Excel.Worksheet, layout: PlanSheetLayout): BatchOp | undefined {
  if (layout.cells.length === 0) return undefined;
  const height = Math.max(...layout.cells.map((c) => c.row)) + 1;
  const width = Math.max(...layout.cells.map((c) => c.column)) + 1;
  const values: (string | number | boolean)[][] = Array.from({ length: height }, () => Array(width).fill(""));
  const formats: string[][] = Array.from({ length: height }, () => Array(width).fill(GENERAL_FORMAT));
  for (const cell of layout.cells) {
    const format = cell.inputFormat === "date" ? INPUT_DATE_FORMAT : PLAN_LOOKS[cell.style].numberFormat;
    if (cell.formula !== undefined) {
      formats[cell.row][cell.column] = format ?? GENERAL_FORMAT;
      continue;
    }
    values[cell.row][cell.column] = officeCellValue(cell.value);
    formats[cell.row][cell.column] = cellNumberFormat(cell.value, format);
  }
  return rowsOp(sheet, 0, 0, values, formats);
}

function chartOp(sheet: Excel.Worksheet, chart: LayoutChart): BatchOp {
  const calls = 6 + chart.series.length * 3;
  return op(
    calls,
    () => {
      const [first, ...rest] = chart.series;
      const created = sheet.charts.add("ColumnClustered", rangeOf(sheet, first.values), "Columns");
      created.title.text = chart.title;
      const categories = rangeOf(sheet, chart.categories);
      const firstSeries = created.series.getItemAt(0);
      firstSeries.name = first.name;
      firstSeries.setXAxisValues(categories);
      for (const s of rest) {
        const series = created.series.add(s.name);
        series.setValues(rangeOf(sheet, s.values));
        series.setXAxisValues(rangeOf(sheet, chart.categories));
      }
      if (chart.valueFormat !== undefined) created.axes.valueAxis.numberFormat = chart.valueFormat;
      const { top, left, bottom, right } = chart.anchor;
      created.setPosition(
        rangeOf(sheet, { top, left, bottom: top, right: left }),
        rangeOf(sheet, { top: bottom, left: right, bottom, right }),
      );
    },
    JSON.stringify(chart),
  );
}

/**
 * The Office.js work that draws a plan sheet layout on an empty worksheet, as {@link BatchOp}s for a
 * `RequestBatcher`, in this order:
 * 1. values and number formats of the whole bounding box in one block (text cells get the text
 *    format before their value, so a plan text starting with `=` stays text);
 * 2. live formulas (`=` + the cell's `formula`) through `Range.formulas`, one cell each;
 * 3. fonts, fills, thin light-grey borders, wrapping and top alignment by style (`PLAN_LOOKS`), on
 *    few rectangles (`styleRectangles`); a merged cell's style covers the merged range;
 * 4. merges, column widths (characters → points), row heights (`estimateRowHeights`);
 * 5. list validations (in-cell drop-down, blanks allowed, a stop alert), one per validated range;
 * 6. conditional formats as custom formula rules (`planRules`), one per rule;
 * 7. native clustered column charts, one series per layout series, categories from the layout,
 *    title, value-axis number format, placed over the anchor cells (a chart with no series is left
 *    out);
 * 8. frozen title rows.
 * Each op builds its own proxies, so a batch the host refuses can be queued again.
 * Complexity: linear in cells.
 *
 * @param sheet - a new, empty worksheet
 * @param layout - from `layoutPlan`
 * @returns the ops, in order
 *
 * @example
 * planSheetOps(sheet, {
 *   sections: [], cells: [{ row: 0, column: 0, value: "Plan", style: "title" }], merges: [],
 *   columnWidths: [8], validations: [], conditionalFormats: [], charts: [], frozenRows: 1,
 * }).length
 * // => 4 (values, the title's look, the column width, the frozen row)
 */
export function planSheetOps(sheet: Excel.Worksheet, layout: PlanSheetLayout): BatchOp[] {
  const ops: BatchOp[] = [];
  const values = valuesOp(sheet, layout);
  if (values) ops.push(values);

  for (const cell of layout.cells) {
    if (cell.formula === undefined) continue;
    const formula = `=${cell.formula}`;
    ops.push(
      op(
        1,
        () => {
          sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).formulas = [[formula]];
        },
        formula,
      ),
    );
  }

  for (const rect of styleRectangles(layout.cells, layout.merges)) {
    const look = PLAN_LOOKS[rect.style];
    const multiRow = rect.bottom > rect.top;
    const multiColumn = rect.right > rect.left;
    const edges = look.borders
      ? [...EDGES, ...(multiRow ? ["InsideHorizontal"] : []), ...(multiColumn ? ["InsideVertical"] : [])]
      : [];
    const calls = 1 + 6 + edges.length * 3;
    ops.push(
      op(calls, () => {
        const format = rangeOf(sheet, rect).format;
        if (look.bold !== undefined) format.font.bold = look.bold;
        if (look.size !== undefined) format.font.size = look.size;
        if (look.color !== undefined) format.font.color = look.color;
        if (look.fill !== undefined) format.fill.color = look.fill;
        if (look.wrapText !== undefined) format.wrapText = look.wrapText;
        if (look.verticalAlignment !== undefined) format.verticalAlignment = look.verticalAlignment;
        for (const edge of edges) {
          const border = format.borders.getItem(edge as Excel.BorderIndex);
          border.style = "Continuous";
          border.weight = "Thin";
          border.color = BORDER_COLOR;
        }
      }),
    );
  }

  for (const merge of layout.merges) {
    ops.push(op(1, () => rangeOf(sheet, merge).merge(false)));
  }
  layout.columnWidths.forEach((width, column) => {
    const points = columnWidthPoints(width);
    ops.push(
      op(1, () => {
        sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
      }),
    );
  });
  for (const [row, height] of estimateRowHeights(layout)) {
    ops.push(
      op(1, () => {
        sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
      }),
    );
  }

  for (const validation of layout.validations) {
    const source = validation.values.join(",");
    ops.push(
      op(
        3,
        () => {
          const dv = rangeOf(sheet, validation.range).dataValidation;
          dv.rule = { list: { inCellDropDown: true, source } };
          dv.ignoreBlanks = true;
          dv.errorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
        },
        source,
      ),
    );
  }

  for (const format of layout.conditionalFormats) {
    for (const rule of planRules(format)) {
      const formula = `=${rule.formula}`;
      ops.push(
        op(
          3,
          () => {
            const cf = rangeOf(sheet, format.range).conditionalFormats.add("Custom");
            cf.custom.rule.formula = formula;
            cf.custom.format.fill.color = rule.fill;
          },
          formula,
        ),
      );
    }
  }

  for (const chart of layout.charts) if (chart.series.length > 0) ops.push(chartOp(sheet, chart));

  if (layout.frozenRows > 0) {
    const rows = layout.frozenRows;
    ops.push(op(1, () => sheet.freezePanes.freezeRows(rows)));
  }
  return ops;
}
