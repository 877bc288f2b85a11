import { CHURN_LEVELS } from "../churn";
import { CREDIT_RISK_LABELS } from "../health";
import { segmentScheme } from "../rfm";
import type { SegmentSchemeKey } from "../rfm";
import type { ScoredCustomer } from "./scoreCustomers";
import type { Lang, LocalizedText } from "../types";
import { VALUE_TIERS } from "../value";

/** A value written to a cell: text is always written as text, never as a formula. */
export type ScoreCellValue = string | number | boolean | null;

/** One score column: its header in both languages, its number format and how to read its value. */
export interface ScoreColumn {
  readonly key: string;
  readonly header: LocalizedText;
  readonly numberFormat?: string;
  readonly value: (scored: ScoredCustomer, lang: Lang, scheme: SegmentSchemeKey) => ScoreCellValue;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * The columns Analyze writes next to the customer table, in order; the `=CDP.*` functions and the
 * command line use the same headers and labels. English headers follow the
 * command line's documented names (R, F, M, RFM, Segment, CLV, P_alive, …); Chinese headers avoid
 * the words the table reader recognises as input columns, so a scored table reads back the same.
 */
export const SCORE_COLUMNS: readonly ScoreColumn[] = [
  { key: "r", header: { en: "R", zh: "R评分" }, value: (s) => s.rfm.r },
  { key: "f", header: { en: "F", zh: "F评分" }, value: (s) => s.rfm.f },
  { key: "m", header: { en: "M", zh: "M评分" }, value: (s) => s.rfm.m },
  { key: "rfm", header: { en: "RFM", zh: "RFM代码" }, value: (s) => s.rfm.code },
  {
    key: "segment",
    header: { en: "Segment", zh: "客户细分" },
    value: (s, lang, scheme) => segmentLabel(scheme, s.rfm.segment, lang),
  },
  {
    key: "clv",
    header: { en: "CLV", zh: "客户终身价值" },
    numberFormat: "#,##0.00",
    value: (s) => round(s.clv.clv, 2),
  },
  {
    key: "pAlive",
    header: { en: "P_alive", zh: "存活概率" },
    numberFormat: "0.0%",
    value: (s) => (s.clv.pAlive === undefined ? null : round(s.clv.pAlive, 4)),
  },
  {
    key: "expectedPurchases",
    header: { en: "Expected_purchases", zh: "预期购买次数" },
    numberFormat: "0.00",
    value: (s) => (s.clv.expectedPurchases === undefined ? null : round(s.clv.expectedPurchases, 3)),
  },
  {
    key: "valueTier",
    header: { en: "Value_tier", zh: "价值分层" },
    value: (s, lang) => VALUE_TIERS[s.valueTier].label[lang],
  },
  {
    key: "priorityScore",
    header: { en: "Priority_score", zh: "优先级得分" },
    numberFormat: "0.0",
    value: (s) => round(s.priority.score, 1),
  },
  { key: "priority", header: { en: "Priority", zh: "优先级" }, value: (s) => s.priority.tier },
  {
    key: "churn",
    header: { en: "Churn_warning", zh: "流失预警" },
    value: (s, lang) => CHURN_LEVELS[s.churn.level].label[lang],
  },
  {
    key: "keyAccount",
    header: { en: "Key_account", zh: "重点大客户" },
    value: (s, lang) => (s.health.keyAccount ? (lang === "zh" ? "是" : "Yes") : lang === "zh" ? "否" : "No"),
  },
  {
    key: "creditRisk",
    header: { en: "Credit_risk", zh: "信用风险等级" },
    value: (s, lang) => (s.health.creditAssessed ? CREDIT_RISK_LABELS[s.health.creditRisk][lang] : null),
  },
];

/** The label of a segment key in a scheme, in one language (the key itself if the scheme does not know it). */
export function segmentLabel(scheme: SegmentSchemeKey, key: string, lang: Lang): string {
  const found = segmentScheme(scheme).segments.find((s) => s.key === key);
  return found ? found.label[lang] : key;
}

/** The header of the column that explains why a row was not scored. */
export const NOTE_COLUMN: LocalizedText = { en: "CDP_note", zh: "CDP说明" };
