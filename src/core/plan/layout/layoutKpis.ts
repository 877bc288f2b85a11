import type { Lang } from "../../types";
import { REVIEW_CADENCES } from "../reviewCadences";
import type { Plan } from "../types";
import { SECTION_TITLES, WORDS, unitStyle } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { kpiFormula } from "./kpiFormula";
import type { LiveTable } from "./liveTable";

const HEADERS = {
  kpi: { en: "KPI", zh: "指标" },
  definition: { en: "Definition", zh: "定义" },
  threshold: { en: "Green / amber / red", zh: "绿 / 黄 / 红" },
  cadence: { en: "Review", zh: "回顾频率" },
  current: { en: "Current (live)", zh: "当前值（实时）" },
};

/** The column of the live current values (G); the definition spans C..D and the thresholds H..K. */
export const KPI_CURRENT_COLUMN = 6;
const KPI_COLUMNS = 13;

const LIVE_NOTE = {
  live: {
    en: (sheet: string) =>
      `"Current (live)" is calculated by Excel from the scored customer table on sheet "${sheet}" and updates when that table changes; it is coloured green / amber / red by the thresholds.`,
    zh: (sheet: string) =>
      `“当前值（实时）”由 Excel 根据工作表“${sheet}”中的客户评分表计算，评分表变化时自动更新，并按阈值显示绿 / 黄 / 红。`,
  },
  none: {
    en: "Excel counts the numbers in the table: an amount typed as text (e.g. ¥27,227) is left out, and a blank current value means the table has no column for that KPI.",
    zh: "Excel 只统计表中的数值：以文本形式输入的金额（如 ¥27,227）不计入；当前值为空表示客户表中没有该指标所需的列。",
  },
};

/**
 * The KPI table: ID, name, definition, baseline, target, current value, thresholds, review cadence,
 * owner (input). The current value is a live formula over the scored customer table (see
 * `kpiFormula`) coloured green / amber / red by the KPI's thresholds; it is blank when `live` is not
 * given or the table lacks the KPI's column. A note under the table says where the values come from.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 * @param live - where the scored customer table is, when known
 *
 * @example
 * const b = new SheetBuilder();
 * layoutKpis(b, plan, "en");
 * b.sections[0].key // => "kpis"
 */
export function layoutKpis(b: SheetBuilder, plan: Plan, lang: Lang, live?: LiveTable): void {
  b.section("kpis", SECTION_TITLES.kpis[lang], KPI_COLUMNS);
  const header = b.row;
  b.put(header, 0, WORDS.id[lang], "tableHeader");
  b.put(header, 1, HEADERS.kpi[lang], "tableHeader");
  b.span(header, 2, 3, HEADERS.definition[lang], "tableHeader");
  b.put(header, 4, WORDS.baseline[lang], "tableHeader");
  b.put(header, 5, WORDS.target[lang], "tableHeader");
  b.put(header, KPI_CURRENT_COLUMN, HEADERS.current[lang], "tableHeader");
  b.span(header, 7, 10, HEADERS.threshold[lang], "tableHeader");
  b.put(header, 11, HEADERS.cadence[lang], "tableHeader");
  b.put(header, 12, WORDS.owner[lang], "tableHeader");
  b.row += 1;
  for (const k of plan.kpis) {
    const row = b.row;
    b.put(row, 0, k.id, "text");
    b.put(row, 1, k.name[lang], "text");
    b.span(row, 2, 3, k.definition[lang], "text");
    b.put(row, 4, k.baseline, unitStyle(k.unit));
    b.put(row, 5, k.target, unitStyle(k.unit));
    const formula = live ? kpiFormula(k.live, live) : undefined;
    if (formula === undefined) {
      b.put(row, KPI_CURRENT_COLUMN, null, unitStyle(k.unit));
    } else {
      b.formula(row, KPI_CURRENT_COLUMN, formula, k.baseline, unitStyle(k.unit));
      b.conditionalFormats.push({
        kind: "kpiStatus",
        range: { top: row, left: KPI_CURRENT_COLUMN, bottom: row, right: KPI_CURRENT_COLUMN },
        direction: k.threshold.direction,
        green: k.threshold.green,
        red: k.threshold.red,
      });
    }
    b.span(row, 7, 10, k.threshold.text[lang], "text");
    b.put(row, 11, REVIEW_CADENCES[k.cadence][lang], "text");
    b.put(row, 12, k.owner.label[lang], "input");
    b.row += 1;
  }
  const note = live ? `${LIVE_NOTE.live[lang](live.sheet)} ${LIVE_NOTE.none[lang]}` : LIVE_NOTE.none[lang];
  b.span(b.row, 0, KPI_COLUMNS - 1, note, "text");
  b.row += 1;
}
