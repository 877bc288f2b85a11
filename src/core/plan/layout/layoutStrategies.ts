import type { Lang } from "../../types";
import { REVIEW_CADENCES } from "../reviewCadences";
import type { Plan } from "../types";
import { SECTION_TITLES, WORDS } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

const HEADERS = {
  strategy: { en: "Strategy", zh: "策略" },
  objective: { en: "Objective", zh: "目的" },
  actions: { en: "Actions", zh: "行动" },
  review: { en: "Review", zh: "回顾频率" },
};

/**
 * The strategies table: ID, title, objective, actions (one text, numbered), owner (input), review
 * cadence, customers, revenue share.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutStrategies(b, plan, "en");
 * b.sections[0].key // => "strategies"
 */
export function layoutStrategies(b: SheetBuilder, plan: Plan, lang: Lang): void {
  b.section("strategies", SECTION_TITLES.strategies[lang], TITLE_WIDTH);
  b.line(
    [
      WORDS.id[lang],
      HEADERS.strategy[lang],
      HEADERS.objective[lang],
      HEADERS.actions[lang],
      WORDS.owner[lang],
      HEADERS.review[lang],
      WORDS.customers[lang],
      WORDS.revenueShare[lang],
    ],
    "tableHeader",
  );
  for (const s of plan.strategies) {
    const row = b.row;
    b.put(row, 0, s.id, "text");
    b.put(row, 1, s.title[lang], "text");
    b.put(row, 2, s.objective[lang], "text");
    b.put(row, 3, s.actions.map((a, i) => `${i + 1}. ${a[lang]}`).join("\n"), "text");
    b.put(row, 4, s.owner.label[lang], "input");
    b.put(row, 5, REVIEW_CADENCES[s.cadence][lang], "text");
    b.put(row, 6, s.customers.count, "number");
    b.put(row, 7, s.revenueShare, "percent");
    b.row += 1;
  }
}
