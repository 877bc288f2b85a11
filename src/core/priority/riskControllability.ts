import type { LocalizedText } from "../types";
import { lazyText } from "../lazyText";
import type { ChurnLevel } from "../churn/churnLevels";
import { CHURN_LEVEL_ORDER, CHURN_LEVELS } from "../churn/churnLevels";
import type { CreditRisk } from "../health/creditRisk";
import { CREDIT_RISK_LABELS } from "../health/creditRisk";
import { formatNumber, formatPercent } from "../value/formatNumber";
import type { SubScore, SubScoreSource } from "./subScore";
import { NEUTRAL_SUB_SCORE } from "./subScore";
import { UNIT_INTERVAL, checkKey, checkNumber } from "./checkInput";

/** Churn risk standing for each warning level when no P(alive) is known: evenly spaced 0..1. */
export const CHURN_LEVEL_RISK: Readonly<Record<ChurnLevel, number>> = Object.freeze({
  none: 0,
  watch: 1 / 3,
  warning: 2 / 3,
  critical: 1,
});

/** Credit risk as a number 0..1 for each level. */
export const CREDIT_RISK_VALUE: Readonly<Record<CreditRisk, number>> = Object.freeze({
  low: 0,
  medium: 0.5,
  high: 1,
});

/** The fields {@link riskControllability} reads. */
export interface RiskInput {
  /** Probability the customer is still active, 0..1. */
  readonly pAlive?: number;
  /** Churn warning level, used when `pAlive` is absent. */
  readonly churnLevel?: ChurnLevel;
  /** Credit risk from key-account screening. */
  readonly creditRisk?: CreditRisk;
}

/**
 * Risk-controllability sub-score (风险可控性), 0..100, for one customer: 100 × (1 − risk).
 *
 * Method: churn risk = 1 − P(alive) when P(alive) is given, else from the churn warning level
 * (none 0, watch 1/3, warning 2/3, critical 1); credit risk low 0, medium 0.5, high 1. With both,
 * risk = (1 − creditShare) × churn risk + creditShare × credit risk (creditShare default 0.5);
 * with one, that one alone; with neither, the neutral 50, marked unknown.
 *
 * @param row - P(alive) or churn level, and credit risk, when known
 * @param creditShare - the credit risk's share of the blend, 0..1 (default 0.5)
 * @returns the sub-score with its sources and reason
 * @throws {DomainError} `BAD_ARGUMENT` when `pAlive` or `creditShare` is not a number from 0 to 1, or a level is
 *   not one of its keys
 *
 * @example
 * riskControllability({ pAlive: 0.8, creditRisk: "medium" }).value // => 65 (risk 0.5·0.2 + 0.5·0.5)
 * riskControllability({ churnLevel: "warning" }).value // => 33.3…
 */
export function riskControllability(row: RiskInput, creditShare = 0.5): SubScore {
  checkNumber("pAlive", row.pAlive, UNIT_INTERVAL);
  checkNumber("creditShare", creditShare, UNIT_INTERVAL);
  checkKey("churnLevel", row.churnLevel, CHURN_LEVEL_ORDER);
  checkKey("creditRisk", row.creditRisk, Object.keys(CREDIT_RISK_VALUE));
  const sources: SubScoreSource[] = [];
  let churn: number | undefined;
  let churnText: LocalizedText = { en: "", zh: "" };
  if (row.pAlive !== undefined) {
    const [risk, pAlive] = [1 - row.pAlive, row.pAlive];
    churn = risk;
    sources.push("pAlive");
    churnText = lazyText(() => ({
      en: `churn risk ${formatPercent(risk, 0)} (P(alive) ${formatPercent(pAlive, 0)})`,
      zh: `流失风险 ${formatPercent(risk, 0)}（存活概率 ${formatPercent(pAlive, 0)}）`,
    }));
  } else if (row.churnLevel !== undefined) {
    churn = CHURN_LEVEL_RISK[row.churnLevel];
    sources.push("churnLevel");
    const label = CHURN_LEVELS[row.churnLevel].label;
    churnText = { en: `churn warning level ${label.en.toLowerCase()}`, zh: `流失预警级别：${label.zh}` };
  }
  const credit = row.creditRisk === undefined ? undefined : CREDIT_RISK_VALUE[row.creditRisk];
  if (row.creditRisk !== undefined) sources.push("creditRisk");

  if (churn === undefined && credit === undefined) {
    return {
      value: NEUTRAL_SUB_SCORE,
      sources,
      known: false,
      reason: {
        en: `risk controllability unknown (no churn or credit data): neutral ${NEUTRAL_SUB_SCORE}`,
        zh: `风险可控性未知（无流失或信用数据）：按中性 ${NEUTRAL_SUB_SCORE} 分计`,
      },
    };
  }
  const risk =
    churn !== undefined && credit !== undefined ? (1 - creditShare) * churn + creditShare * credit : (churn ?? credit)!;
  const value = 100 * (1 - risk);
  const creditLabel = row.creditRisk ? CREDIT_RISK_LABELS[row.creditRisk] : undefined;
  return {
    value,
    sources,
    known: true,
    reason: lazyText(() => {
      const parts = [churnText, creditLabel].filter((p): p is LocalizedText => p !== undefined && p.en !== "");
      const v = formatNumber(value, 1);
      return {
        en: `risk controllability ${v}: ${parts.map((p) => p.en.charAt(0).toLowerCase() + p.en.slice(1)).join(", ")}`,
        zh: `风险可控性 ${v} 分：${parts.map((p) => p.zh).join("，")}`,
      };
    }),
  };
}
