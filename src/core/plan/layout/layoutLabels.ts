import type { LocalizedText } from "../../types";
import type { Ambition, PlanUnit, RaciLetter } from "../types";
import type { CellStyle, PlanSectionKey } from "./types";

/** Section titles of the plan sheet, in sheet order (seed 003's chapters of a 客户发展计划书). */
export const SECTION_TITLES: Readonly<Record<PlanSectionKey, LocalizedText>> = Object.freeze({
  title: { en: "Customer development plan", zh: "客户发展计划书" },
  summary: { en: "1. Customer analysis summary", zh: "一、客户分析概要" },
  goals: { en: "2. SMART goals", zh: "二、SMART 目标" },
  strategies: { en: "3. Strategies", zh: "三、发展策略" },
  timeline: { en: "4. Timeline", zh: "四、实施进度" },
  raci: { en: "5. Responsibilities (RACI)", zh: "五、职责分工（RACI）" },
  kpis: { en: "6. KPIs and monitoring", zh: "六、关键指标与监控" },
  risks: { en: "7. Risk register", zh: "七、风险登记" },
  swot: { en: "8. SWOT", zh: "八、SWOT 分析" },
});

/** Status values a person picks for goals and tasks. */
export const STATUS_VALUES: Readonly<Record<"en" | "zh", readonly string[]>> = Object.freeze({
  en: Object.freeze(["Not started", "On track", "At risk", "Done"]),
  zh: Object.freeze(["未开始", "进行中", "有风险", "已完成"]),
});

/** The letters a RACI cell accepts. */
export const RACI_LETTERS: readonly Exclude<RaciLetter, "">[] = Object.freeze(["R", "A", "C", "I"]);

/** Labels of the plan's ambition levels. */
export const AMBITION_LABELS: Readonly<Record<Ambition, LocalizedText>> = Object.freeze({
  conservative: { en: "Conservative", zh: "稳健" },
  moderate: { en: "Moderate", zh: "适中" },
  ambitious: { en: "Ambitious", zh: "进取" },
});

/** Table headers and labels used by more than one section. */
export const WORDS = Object.freeze({
  id: { en: "ID", zh: "编号" },
  owner: { en: "Owner", zh: "负责人" },
  status: { en: "Status", zh: "状态" },
  start: { en: "Start", zh: "开始" },
  end: { en: "End", zh: "结束" },
  baseline: { en: "Baseline", zh: "基线" },
  target: { en: "Target", zh: "目标值" },
  customers: { en: "Customers", zh: "客户数" },
  revenueShare: { en: "Revenue share", zh: "收入占比" },
} satisfies Record<string, LocalizedText>);

/**
 * The cell style a plan figure of the given unit is shown in: shares as percentages, money as
 * whole amounts, NPS points as plain numbers.
 *
 * @param unit - the figure's unit
 * @returns its style key
 *
 * @example
 * unitStyle("share") // => "percent"
 * unitStyle("money") // => "money"
 * unitStyle("nps") // => "number"
 */
export function unitStyle(unit: PlanUnit): CellStyle {
  return unit === "share" ? "percent" : unit === "money" ? "money" : "number";
}
