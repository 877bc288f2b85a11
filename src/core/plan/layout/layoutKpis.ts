import type { Lang } from "../../types";
import { REVIEW_CADENCES } from "../reviewCadences";
import type { Plan } from "../types";
import { SECTION_TITLES, WORDS, unitStyle } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

const HEADERS = {
  kpi: { en: "KPI", zh: "指标" },
  definition: { en: "Definition", zh: "定义" },
  threshold: { en: "Green / amber / red", zh: "绿 / 黄 / 红" },
  cadence: { en: "Review", zh: "回顾频率" },
};

/** The KPI table: ID, name, definition, baseline, target, thresholds, review cadence, owner (input). *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutKpis(b, plan, "en");
 * b.sections[0].key // => "kpis"
 */
export function layoutKpis(b: SheetBuilder, plan: Plan, lang: Lang): void {
  b.section("kpis", SECTION_TITLES.kpis[lang], TITLE_WIDTH);
  b.line(
    [
      WORDS.id[lang],
      HEADERS.kpi[lang],
      HEADERS.definition[lang],
      WORDS.baseline[lang],
      WORDS.target[lang],
      HEADERS.threshold[lang],
      HEADERS.cadence[lang],
      WORDS.owner[lang],
    ],
    "tableHeader",
  );
  for (const k of plan.kpis) {
    const row = b.row;
    b.put(row, 0, k.id, "text");
    b.put(row, 1, k.name[lang], "text");
    b.put(row, 2, k.definition[lang], "text");
    b.put(row, 3, k.baseline, unitStyle(k.unit));
    b.put(row, 4, k.target, unitStyle(k.unit));
    b.put(row, 5, k.threshold.text[lang], "text");
    b.put(row, 6, REVIEW_CADENCES[k.cadence][lang], "text");
    b.put(row, 7, k.owner.label[lang], "input");
    b.row += 1;
  }
}
