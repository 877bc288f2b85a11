import { addMonths, excelSerialFromDay } from "../../days";
import type { Lang } from "../../types";
import type { Plan } from "../types";
import { SECTION_TITLES, STATUS_VALUES, WORDS } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

/** Column of the first month of the Gantt grid (H). */
export const GANTT_FIRST_COLUMN = 7;

const HEADERS = {
  task: { en: "Task", zh: "任务" },
  phase: { en: "Phase", zh: "阶段" },
};

/**
 * The timeline table: ID, task, phase, start, end, owner, status, then one column per month of the
 * plan (3 × quarters), headed by the month's first day. Start, end, owner and status are inputs;
 * the month cells are empty and coloured by a `gantt` conditional format, so moving a date moves
 * the bar.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutTimeline(b, plan, "en");
 * b.sections[0].key // => "timeline"
 */
export function layoutTimeline(b: SheetBuilder, plan: Plan, lang: Lang): void {
  const months = 3 * plan.info.quarters;
  b.section("timeline", SECTION_TITLES.timeline[lang], TITLE_WIDTH);
  const headerRow = b.line(
    [
      WORDS.id[lang],
      HEADERS.task[lang],
      HEADERS.phase[lang],
      WORDS.start[lang],
      WORDS.end[lang],
      WORDS.owner[lang],
      WORDS.status[lang],
    ],
    "tableHeader",
  );
  for (let m = 0; m < months; m++) {
    b.put(headerRow, GANTT_FIRST_COLUMN + m, excelSerialFromDay(addMonths(plan.info.start, m)), "date");
  }
  const phaseLabel = new Map(plan.timeline.phases.map((p) => [p.key, p.label[lang]]));
  const first = b.row;
  for (const task of plan.timeline.tasks) {
    const row = b.row;
    b.put(row, 0, task.id, "text");
    b.put(row, 1, task.name[lang], "text");
    b.put(row, 2, phaseLabel.get(task.phase) ?? task.phase, "text");
    b.put(row, 3, excelSerialFromDay(task.start), "input", "date");
    b.put(row, 4, excelSerialFromDay(task.end), "input", "date");
    b.put(row, 5, task.owner.label[lang], "input");
    b.put(row, 6, STATUS_VALUES[lang][0], "input");
    b.row += 1;
  }
  if (b.row > first) {
    const bottom = b.row - 1;
    b.validations.push({ range: { top: first, left: 6, bottom, right: 6 }, values: STATUS_VALUES[lang] });
    b.conditionalFormats.push({
      kind: "gantt",
      range: { top: first, left: GANTT_FIRST_COLUMN, bottom, right: GANTT_FIRST_COLUMN + months - 1 },
      headerRow,
      startColumn: 3,
      endColumn: 4,
    });
  }
  b.span(b.row, 0, TITLE_WIDTH - 1, plan.timeline.bufferRule[lang], "text");
  b.row += 1;
}
