import { planTitle } from "./planTitle";
import { excelSerialFromDay } from "../../days";
import type { Lang } from "../../types";
import type { Plan } from "../types";
import { AMBITION_LABELS, SECTION_TITLES } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";

/** Width of the title block and of the section headers, in columns. */
export const TITLE_WIDTH = 8;

const LABELS = {
  asOf: { en: "Data as of", zh: "数据截止日" },
  start: { en: "Plan start", zh: "计划开始" },
  end: { en: "Plan end", zh: "计划结束" },
  quarters: { en: "Quarters", zh: "季度数" },
  ambition: { en: "Ambition", zh: "目标力度" },
  customers: { en: "Customers", zh: "客户数" },
  revenue: { en: "Revenue", zh: "销售额" },
  scheme: { en: "Segments", zh: "客户分类" },
  clv: { en: "CLV method", zh: "CLV 方法" },
  notes: { en: "Notes", zh: "说明" },
};

/**
 * The title block: the plan's name across the sheet, then one line per fact (label in A:B, value
 * in C, dates as serials), then the notes, one per row, across C:H.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutTitle(b, plan, "en");
 * b.sections[0].key // => "title"
 */
export function layoutTitle(b: SheetBuilder, plan: Plan, lang: Lang): void {
  const { info } = plan;
  b.sections.push({ key: "title", title: SECTION_TITLES.title[lang], row: b.row });
  b.span(b.row, 0, TITLE_WIDTH - 1, planTitle(info.name, lang), "title");
  b.row += 1;
  const facts: [keyof typeof LABELS, string | number, "text" | "number" | "money" | "date"][] = [
    ["asOf", excelSerialFromDay(info.asOf), "date"],
    ["start", excelSerialFromDay(info.start), "date"],
    ["end", excelSerialFromDay(info.end), "date"],
    ["quarters", info.quarters, "number"],
    ["ambition", AMBITION_LABELS[info.ambition][lang], "text"],
    ["customers", info.customers, "number"],
    ["revenue", info.revenue, "money"],
    ["scheme", info.scheme.name[lang], "text"],
    ["clv", info.clv.label[lang], "text"],
  ];
  for (const [key, value, style] of facts) {
    b.span(b.row, 0, 1, LABELS[key][lang], "tableHeader");
    b.span(b.row, 2, TITLE_WIDTH - 1, value, style);
    b.row += 1;
  }
  info.notes.forEach((note, i) => {
    b.span(b.row, 0, 1, i === 0 ? LABELS.notes[lang] : null, "tableHeader");
    b.span(b.row, 2, TITLE_WIDTH - 1, note[lang], "text");
    b.row += 1;
  });
}
