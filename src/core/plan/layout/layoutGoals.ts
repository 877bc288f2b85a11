import { excelSerialFromDay } from "../../days";
import type { Lang } from "../../types";
import type { Plan } from "../types";
import { SECTION_TITLES, STATUS_VALUES, WORDS, unitStyle } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

const HEADERS = {
  goal: { en: "Goal (specific, measurable, time-bound)", zh: "目标（具体、可衡量、有时限）" },
  kpi: { en: "KPI", zh: "指标" },
  deadline: { en: "Deadline", zh: "截止日期" },
};

/**
 * The SMART goals table: ID, goal, KPI, baseline, target, deadline, owner, status. Deadline, owner
 * and status are inputs; status accepts the {@link STATUS_VALUES} list.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutGoals(b, plan, "en");
 * b.sections[0].key // => "goals"
 */
export function layoutGoals(b: SheetBuilder, plan: Plan, lang: Lang): void {
  b.section("goals", SECTION_TITLES.goals[lang], TITLE_WIDTH);
  b.line(
    [
      WORDS.id[lang],
      HEADERS.goal[lang],
      HEADERS.kpi[lang],
      WORDS.baseline[lang],
      WORDS.target[lang],
      HEADERS.deadline[lang],
      WORDS.owner[lang],
      WORDS.status[lang],
    ],
    "tableHeader",
  );
  const first = b.row;
  for (const goal of plan.goals) {
    const row = b.row;
    b.put(row, 0, goal.id, "text");
    b.put(row, 1, goal.specific[lang], "text");
    b.put(row, 2, goal.kpi[lang], "text");
    b.put(row, 3, goal.baseline, unitStyle(goal.unit));
    b.put(row, 4, goal.target, unitStyle(goal.unit));
    b.put(row, 5, excelSerialFromDay(goal.deadline), "input", "date");
    b.put(row, 6, goal.owner.label[lang], "input");
    b.put(row, 7, STATUS_VALUES[lang][0], "input");
    b.row += 1;
  }
  if (b.row > first) {
    b.validations.push({ range: { top: first, left: 7, bottom: b.row - 1, right: 7 }, values: STATUS_VALUES[lang] });
  }
}
