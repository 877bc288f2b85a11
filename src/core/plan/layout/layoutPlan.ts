import type { Lang } from "../../types";
import type { Plan } from "../types";
import { layoutGoals } from "./layoutGoals";
import { layoutKpis } from "./layoutKpis";
import { layoutRaci } from "./layoutRaci";
import { layoutRisks } from "./layoutRisks";
import { layoutStrategies } from "./layoutStrategies";
import { layoutSummary } from "./layoutSummary";
import { layoutSwot } from "./layoutSwot";
import { GANTT_FIRST_COLUMN, layoutTimeline } from "./layoutTimeline";
import { layoutTitle } from "./layoutTitle";
import { SheetBuilder } from "./sheetBuilder";
import type { PlanSheetLayout } from "./types";
import type { LiveTable } from "./liveTable";

/** Options of {@link layoutPlan}. */
export interface LayoutPlanOptions {
  /** Where the scored customer table is: the KPIs' current values become live formulas over it. */
  readonly live?: LiveTable;
}

/** Widths of columns A..G in characters; the month columns from H on are {@link MONTH_WIDTH} wide. */
const WIDTHS = [8, 44, 20, 28, 14, 14, 14];
const MONTH_WIDTH = 11;

/**
 * Lays out a plan as one sheet, independent of the host: title block, summary by segment / value
 * tier / priority, SMART goals, strategies, timeline with a Gantt grid of month columns, RACI grid,
 * KPIs, risk register and SWOT, in that order, each section headed by a section header and separated
 * by a blank row.
 *
 * Method: dates are Excel serial numbers with the `date` style (so Excel sorts and filters them);
 * cells a person is expected to edit (owners, statuses, goal deadlines, task dates, risk review
 * dates, RACI letters, empty SWOT rows) have the `input` style. Texts come from the plan in `lang`.
 * Customer texts are values only; the only formulas are the KPIs' live current values over the
 * scored table, when `options.live` says where it is. Column A holds IDs, column B the main
 * text; the Gantt month columns start at H, so a task's dates are in D and E of its row.
 * Complexity: linear in the plan's rows and the month count.
 *
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of every text
 * @param options - where the scored customer table is, for live KPIs
 * @returns the layout; cells sorted by row then column, at most one per position
 *
 * @example
 * const layout = layoutPlan(buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS), "en");
 * layout.sections.map((s) => s.key)
 * // => ["title", "summary", "goals", "strategies", "timeline", "raci", "kpis", "risks", "swot"]
 */
export function layoutPlan(plan: Plan, lang: Lang, options: LayoutPlanOptions = {}): PlanSheetLayout {
  const b = new SheetBuilder();
  for (const section of [
    layoutTitle,
    layoutSummary,
    layoutGoals,
    layoutStrategies,
    layoutTimeline,
    layoutRaci,
    (builder: SheetBuilder, p: Plan, l: Lang) => layoutKpis(builder, p, l, options.live),
    layoutRisks,
    layoutSwot,
  ]) {
    section(b, plan, lang);
  }
  const lastColumn = Math.max(...b.cells.map((c) => c.column), ...b.merges.map((m) => m.right));
  const columnWidths = Array.from({ length: lastColumn + 1 }, (_, i) =>
    i < WIDTHS.length ? WIDTHS[i] : i >= GANTT_FIRST_COLUMN ? MONTH_WIDTH : 14,
  );
  const cells = [...b.cells].sort((x, y) => x.row - y.row || x.column - y.column);
  return {
    sections: b.sections,
    cells,
    merges: b.merges,
    columnWidths,
    validations: b.validations,
    conditionalFormats: b.conditionalFormats,
    charts: b.charts,
    frozenRows: 1,
  };
}
