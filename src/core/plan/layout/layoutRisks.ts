import { excelSerialFromDay } from "../../days";
import type { Lang } from "../../types";
import type { Plan } from "../types";
import { SECTION_TITLES, WORDS, unitStyle } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";

const HEADERS = {
  risk: { en: "Risk", zh: "风险" },
  category: { en: "Category", zh: "类别" },
  indicator: { en: "Indicator", zh: "预警指标" },
  current: { en: "Current", zh: "当前值" },
  trigger: { en: "Trigger", zh: "预警线" },
  likelihood: { en: "Likelihood", zh: "可能性" },
  impact: { en: "Impact", zh: "影响" },
  score: { en: "Score", zh: "评分" },
  response: { en: "Response", zh: "应对措施" },
  review: { en: "Review date", zh: "复查日期" },
};

/** The response spans four columns (J..M): the columns from H on are narrow month columns. */
const RESPONSE_LEFT = 9;
const RESPONSE_RIGHT = 12;

/** Columns of the risk register. */
export const RISK_COLUMNS = RESPONSE_RIGHT + 3;

/**
 * The risk register: ID, description, category, indicator, current value, trigger, likelihood,
 * impact (H/M/L, coloured by a `riskLevel` conditional format), score 1..9, response (merged
 * over four columns, so it wraps in a readable width), owner and review date (inputs).
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutRisks(b, plan, "en");
 * b.sections[0].key // => "risks"
 */
export function layoutRisks(b: SheetBuilder, plan: Plan, lang: Lang): void {
  b.section("risks", SECTION_TITLES.risks[lang], RISK_COLUMNS);
  const header = b.row;
  [
    WORDS.id[lang],
    HEADERS.risk[lang],
    HEADERS.category[lang],
    HEADERS.indicator[lang],
    HEADERS.current[lang],
    HEADERS.trigger[lang],
    HEADERS.likelihood[lang],
    HEADERS.impact[lang],
    HEADERS.score[lang],
  ].forEach((text, column) => b.put(header, column, text, "tableHeader"));
  b.span(header, RESPONSE_LEFT, RESPONSE_RIGHT, HEADERS.response[lang], "tableHeader");
  b.put(header, RESPONSE_RIGHT + 1, WORDS.owner[lang], "tableHeader");
  b.put(header, RESPONSE_RIGHT + 2, HEADERS.review[lang], "tableHeader");
  b.row += 1;
  const first = b.row;
  for (const r of plan.risks) {
    const row = b.row;
    b.put(row, 0, r.id, "text");
    b.put(row, 1, r.description[lang], "text");
    b.put(row, 2, r.categoryLabel[lang], "text");
    b.put(row, 3, r.indicator[lang], "text");
    b.put(row, 4, r.current.value, unitStyle(r.current.unit));
    b.put(row, 5, r.trigger.value, unitStyle(r.trigger.unit));
    b.put(row, 6, r.likelihood, "text");
    b.put(row, 7, r.impact, "text");
    b.put(row, 8, r.score, "number");
    b.span(row, RESPONSE_LEFT, RESPONSE_RIGHT, r.response[lang], "text");
    b.put(row, RESPONSE_RIGHT + 1, r.owner.label[lang], "input");
    b.put(row, RESPONSE_RIGHT + 2, excelSerialFromDay(r.reviewDate), "input", "date");
    b.row += 1;
  }
  if (b.row > first) {
    b.conditionalFormats.push({ kind: "riskLevel", range: { top: first, left: 6, bottom: b.row - 1, right: 7 } });
  }
}
