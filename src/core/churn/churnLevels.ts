import type { LocalizedText } from "../types";

/** Churn early-warning level, from no signal to critical. */
export type ChurnLevel = "none" | "watch" | "warning" | "critical";

/** The levels from the mildest to the most severe. */
export const CHURN_LEVEL_ORDER: readonly ChurnLevel[] = Object.freeze(["none", "watch", "warning", "critical"]);

export interface ChurnLevelInfo {
  readonly label: LocalizedText;
  /** The default response the plan's risk register proposes. */
  readonly response: LocalizedText;
}

/**
 * Labels and default responses of the churn levels in English and Chinese (seed 002 客户流失风险防控:
 * 流失预警指标体系 and 挽回措施). Data only.
 *
 * @example
 * CHURN_LEVELS.warning.label.zh // => "预警"
 */
export const CHURN_LEVELS: Readonly<Record<ChurnLevel, ChurnLevelInfo>> = Object.freeze({
  none: {
    label: { en: "No signal", zh: "无预警" },
    response: { en: "Keep the regular contact plan.", zh: "保持常规联系计划。" },
  },
  watch: {
    label: { en: "Watch", zh: "关注" },
    response: {
      en: "Contact the customer this month to check satisfaction and upcoming needs.",
      zh: "本月内联系客户，了解满意度和近期需求。",
    },
  },
  warning: {
    label: { en: "Warning", zh: "预警" },
    response: {
      en: "Account manager visits within two weeks with a retention offer; find the cause.",
      zh: "客户经理两周内拜访并提出挽留方案，查明原因。",
    },
  },
  critical: {
    label: { en: "Critical", zh: "严重" },
    response: {
      en: "Escalate now: emergency response team, management contact and a personalised win-back plan.",
      zh: "立即升级：紧急响应团队介入、管理层沟通、个性化挽回方案。",
    },
  },
});

/**
 * The level of a churn score in 0..1: bands of a quarter each, upper edge included, so
 * none = [0, 0.25], watch = (0.25, 0.5], warning = (0.5, 0.75], critical = (0.75, 1].
 * `churnWarning` places every signal's thresholds exactly on these edges.
 *
 * @param score - the churn score, 0..1
 * @returns the level
 *
 * @example
 * churnLevelOfScore(0.25) // => "none"
 * churnLevelOfScore(0.51875) // => "warning"
 */
export function churnLevelOfScore(score: number): ChurnLevel {
  if (score > 0.75) return "critical";
  if (score > 0.5) return "warning";
  if (score > 0.25) return "watch";
  return "none";
}
