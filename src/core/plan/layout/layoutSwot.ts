import type { Lang, LocalizedText } from "../../types";
import type { Plan } from "../types";
import { SECTION_TITLES } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

/** Empty input rows under each SWOT quadrant for the team's own points. */
export const SWOT_TEAM_ROWS = 3;

const QUADRANTS = {
  strengths: { en: "Strengths", zh: "优势（S）" },
  weaknesses: { en: "Weaknesses", zh: "劣势（W）" },
  opportunities: { en: "Opportunities", zh: "机会（O）" },
  threats: { en: "Threats", zh: "威胁（T）" },
};

/**
 * The SWOT 2×2: strengths (A:C) beside weaknesses (D:H), then opportunities beside threats; each
 * quadrant lists the facts from the data and {@link SWOT_TEAM_ROWS} empty input rows.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutSwot(b, plan, "en");
 * b.sections[0].key // => "swot"
 */
export function layoutSwot(b: SheetBuilder, plan: Plan, lang: Lang): void {
  b.section("swot", SECTION_TITLES.swot[lang], TITLE_WIDTH);
  const pairs: [keyof typeof QUADRANTS, keyof typeof QUADRANTS][] = [
    ["strengths", "weaknesses"],
    ["opportunities", "threats"],
  ];
  for (const [left, right] of pairs) {
    b.span(b.row, 0, 2, QUADRANTS[left][lang], "tableHeader");
    b.span(b.row, 3, TITLE_WIDTH - 1, QUADRANTS[right][lang], "tableHeader");
    b.row += 1;
    const l: readonly LocalizedText[] = plan.swot[left];
    const r: readonly LocalizedText[] = plan.swot[right];
    const rows = Math.max(l.length, r.length) + SWOT_TEAM_ROWS;
    for (let i = 0; i < rows; i++) {
      b.span(b.row, 0, 2, i < l.length ? l[i][lang] : null, i < l.length ? "text" : "input");
      b.span(b.row, 3, TITLE_WIDTH - 1, i < r.length ? r[i][lang] : null, i < r.length ? "text" : "input");
      b.row += 1;
    }
  }
}
