import type { Lang } from "../../types";
import type { Plan } from "../types";
import { RACI_LETTERS, SECTION_TITLES, WORDS } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

const TASK = { en: "Task", zh: "任务" };

/**
 * The RACI grid: task ID, task, then one column per role. Every letter cell is an input that
 * accepts R, A, C or I, coloured by a `raci` conditional format; an empty cell means not involved.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutRaci(b, plan, "en");
 * b.sections[0].key // => "raci"
 */
export function layoutRaci(b: SheetBuilder, plan: Plan, lang: Lang): void {
  const roles = plan.raci.roles.length;
  b.section("raci", SECTION_TITLES.raci[lang], Math.max(TITLE_WIDTH, 2 + roles));
  b.line([WORDS.id[lang], TASK[lang], ...plan.raci.roles.map((r) => r[lang])], "tableHeader");
  const first = b.row;
  for (const r of plan.raci.rows) {
    const row = b.row;
    b.put(row, 0, r.taskId, "text");
    b.put(row, 1, r.task[lang], "text");
    r.cells.forEach((letter, i) => b.put(row, 2 + i, letter === "" ? null : letter, "input"));
    b.row += 1;
  }
  if (b.row > first && roles > 0) {
    const range = { top: first, left: 2, bottom: b.row - 1, right: 1 + roles };
    b.validations.push({ range, values: RACI_LETTERS });
    b.conditionalFormats.push({ kind: "raci", range });
  }
}
