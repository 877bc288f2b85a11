import type { LocalizedText } from "../types";
import { formatNumber, formatPercent } from "../value/formatNumber";
import type { CreditRisk } from "./creditRisk";
import { CREDIT_RISK_LABELS } from "./creditRisk";
import type { HealthMetric } from "./healthMetrics";
import { HEALTH_METRIC_ORDER, HEALTH_METRICS } from "./healthMetrics";
import type { KeyAccountThresholds } from "./keyAccountThresholds";
import { resolveKeyAccountThresholds } from "./keyAccountThresholds";

/** The fields {@link screenKeyAccount} reads; the core's `Customer` satisfies it. All optional. */
export interface KeyAccountInput {
  readonly currentRatio?: number;
  /** Net profit margin as a ratio (0.08 = 8%). */
  readonly netMargin?: number;
  /** Return on assets as a ratio (0.06 = 6%). */
  readonly roa?: number;
  /** Days sales outstanding (回款周期), in days. */
  readonly dso?: number;
  /** Inventory days (存货周期), in days. */
  readonly inventoryDays?: number;
  /** Average purchase volume per month, in money. */
  readonly monthlyVolume?: number;
}

/** Red / amber / green status of one metric, or unknown when the value is missing or invalid. */
export type HealthRag = "green" | "amber" | "red" | "unknown";

/** The outcome of one metric's check. */
export interface HealthCheck {
  readonly metric: HealthMetric;
  /** The value checked; `undefined` when missing or not valid. */
  readonly value: number | undefined;
  /** The pass line. */
  readonly threshold: number;
  /** How the value is compared with the pass line: `value >= threshold` and so on. */
  readonly comparison: ">=" | ">" | "<=";
  /** `true` pass, `false` fail, `undefined` unknown (a missing metric is never a fail). */
  readonly pass: boolean | undefined;
  readonly rag: HealthRag;
  /** True when the value crosses the metric's credit-risk alert line. */
  readonly creditFlag: boolean;
}

export interface KeyAccountScreening {
  readonly keyAccount: boolean;
  readonly creditRisk: CreditRisk;
  /** False when none of the five financial metrics was known, so `creditRisk` rests on no evidence. */
  readonly creditAssessed: boolean;
  /** The conclusion first, then the credit-risk reason, failed checks, and missing or invalid metrics. */
  readonly reasons: readonly LocalizedText[];
  /** One check per metric, in the order of `HEALTH_METRIC_ORDER`. */
  readonly checks: readonly HealthCheck[];
}

const FINANCIAL: readonly HealthMetric[] = ["currentRatio", "netMargin", "roa", "dso", "inventoryDays"];
const NON_NEGATIVE: readonly HealthMetric[] = ["currentRatio", "dso", "inventoryDays", "monthlyVolume"];

const NO_OVERRIDES: Partial<KeyAccountThresholds> = Object.freeze({});
/** Thresholds resolved per overrides object: a table's customers share one, so it is checked once. */
const RESOLVED = new WeakMap<Partial<KeyAccountThresholds>, KeyAccountThresholds>();

/** Each metric's rule under some thresholds, and its check when the value is unknown (shared, frozen). */
interface ResolvedRules {
  readonly rules: Readonly<Record<HealthMetric, Rule>>;
  readonly unknown: Readonly<Record<HealthMetric, HealthCheck>>;
}
/** Rules are built once per thresholds object: a table of 100,000 customers shares one set. */
const RULES = new WeakMap<KeyAccountThresholds, ResolvedRules>();

function rulesFor(t: KeyAccountThresholds): ResolvedRules {
  let resolved = RULES.get(t);
  if (resolved === undefined) {
    const rules = {} as Record<HealthMetric, Rule>;
    const unknown = {} as Record<HealthMetric, HealthCheck>;
    for (const metric of HEALTH_METRIC_ORDER) {
      rules[metric] = ruleOf(metric, t);
      unknown[metric] = Object.freeze({
        metric,
        value: undefined,
        ...rules[metric].line,
        pass: undefined,
        rag: "unknown",
        creditFlag: false,
      });
    }
    resolved = { rules, unknown };
    RULES.set(t, resolved);
  }
  return resolved;
}

/**
 * Key-account screening (seed 004 大客户开发): checks a customer's financial health and purchase
 * volume against thresholds, and says whether it is a key account and how risky its credit is.
 *
 * Checks (defaults in `DEFAULT_KEY_ACCOUNT_THRESHOLDS`, with sources): current ratio ≥ 1.5;
 * net margin > 0 (green from 5%); ROA ≥ 5%; DSO ≤ 60 days; inventory days ≤ 90; monthly volume
 * ≥ 50,000. A value exactly on a pass line passes, except net margin, where exactly 0 fails.
 *
 * Credit risk, from the five financial metrics (volume is not a credit metric):
 * - `high` when any alert line is crossed: current ratio < 1.0 or DSO > 90 days;
 * - `medium` when no alert line is crossed but at least one financial check fails;
 * - `low` otherwise — including when no financial metric is known (`creditAssessed` is then false).
 *
 * Key account: **the monthly volume is known and meets its threshold, and credit risk is not
 * `high`**. Medium credit risk does not disqualify (it is reported). Unknown volume → not a key
 * account, and the reason says the volume is missing.
 *
 * Missing metrics (undefined or null) are "unknown", never a fail; a value that is not a finite
 * number, or is negative where that is impossible (current ratio, days, volume), is also treated as
 * unknown and named in the reasons. RAG: green = passes (net margin: ≥ 5%); amber = passes below
 * "good" (net margin 0–5%) or fails without crossing an alert line; red = crosses an alert line.
 *
 * @param customer - the customer's financial metrics; ratios as plain numbers (0.12 = 12%)
 * @param thresholds - thresholds to change; the rest keep their defaults
 * @returns the key-account flag, credit risk, reasons in English and Chinese, and one check per metric
 * @throws {DomainError} `BAD_ARGUMENT` for invalid thresholds (see `resolveKeyAccountThresholds`)
 *
 * @example
 * screenKeyAccount({ currentRatio: 1.8, netMargin: 0.08, roa: 0.06, dso: 45, inventoryDays: 60, monthlyVolume: 80000 })
 * // => keyAccount true, creditRisk "low", every check passes
 * screenKeyAccount({ currentRatio: 0.8, dso: 120, monthlyVolume: 80000 })
 * // => keyAccount false, creditRisk "high" (current ratio below 1.0 and DSO above 90 days)
 */
export function screenKeyAccount(
  customer: KeyAccountInput,
  thresholds: Partial<KeyAccountThresholds> = NO_OVERRIDES,
): KeyAccountScreening {
  let t = RESOLVED.get(thresholds);
  if (t === undefined) {
    t = resolveKeyAccountThresholds(thresholds);
    RESOLVED.set(thresholds, t);
  }
  const { rules, unknown } = rulesFor(t);
  const invalid: LocalizedText[] = [];
  const missing: HealthMetric[] = [];
  const checks = HEALTH_METRIC_ORDER.map((metric): HealthCheck => {
    const raw: unknown = customer[metric];
    const rule = rules[metric];
    if (raw === undefined || raw === null) {
      missing.push(metric);
      return unknown[metric];
    }
    if (typeof raw !== "number" || !Number.isFinite(raw) || (NON_NEGATIVE.includes(metric) && raw < 0)) {
      const label = HEALTH_METRICS[metric].label;
      invalid.push({
        en: `${label.en} ${String(raw)} is not a valid value; treated as unknown`,
        zh: `${label.zh} ${String(raw)} 不是有效数值，视为未知`,
      });
      return unknown[metric];
    }
    const pass = rule.passes(raw);
    const creditFlag = rule.alert(raw);
    const rag: HealthRag = creditFlag ? "red" : pass && rule.good(raw) ? "green" : "amber";
    return { metric, value: raw, ...rule.line, pass, rag, creditFlag };
  });

  const financial = checks.filter((c) => FINANCIAL.includes(c.metric));
  const flagged = financial.filter((c) => c.creditFlag);
  const failedFinancial = financial.filter((c) => c.pass === false);
  const creditAssessed = financial.some((c) => c.pass !== undefined);
  const creditRisk: CreditRisk = flagged.length > 0 ? "high" : failedFinancial.length > 0 ? "medium" : "low";

  const volume = checks.find((c) => c.metric === "monthlyVolume")!;
  const keyAccount = volume.pass === true && creditRisk !== "high";

  // The reasons are composed when first read: most callers need only the flags.
  const composeReasons = (): LocalizedText[] => {
    const reasons: LocalizedText[] = [conclusion(keyAccount, volume, creditRisk, t)];
    reasons.push(creditReason(creditRisk, creditAssessed, flagged, failedFinancial));
    for (const c of checks) {
      if (c.pass === false && c.metric !== "monthlyVolume") reasons.push(describeCheck(c, t));
    }
    reasons.push(...invalid);
    if (missing.length > 0) {
      reasons.push({
        en: `Not known: ${missing.map((m) => HEALTH_METRICS[m].label.en.toLowerCase()).join(", ")} (treated as unknown, not as failures)`,
        zh: `未知：${missing.map((m) => HEALTH_METRICS[m].label.zh).join("、")}（视为未知，不计为不达标）`,
      });
    }
    return reasons;
  };
  let reasons: LocalizedText[] | undefined;
  return {
    keyAccount,
    creditRisk,
    creditAssessed,
    get reasons() {
      return (reasons ??= composeReasons());
    },
    checks,
  };
}

interface Rule {
  readonly line: { readonly threshold: number; readonly comparison: ">=" | ">" | "<=" };
  readonly passes: (v: number) => boolean;
  readonly good: (v: number) => boolean;
  readonly alert: (v: number) => boolean;
}

function ruleOf(metric: HealthMetric, t: KeyAccountThresholds): Rule {
  const always = () => true;
  const never = () => false;
  switch (metric) {
    case "currentRatio":
      return {
        line: { threshold: t.currentRatioMin, comparison: ">=" },
        passes: (v) => v >= t.currentRatioMin,
        good: always,
        alert: (v) => v < t.currentRatioAlert,
      };
    case "netMargin":
      return {
        line: { threshold: t.netMarginMin, comparison: ">" },
        passes: (v) => v > t.netMarginMin,
        good: (v) => v >= t.netMarginGood,
        alert: never,
      };
    case "roa":
      return {
        line: { threshold: t.roaMin, comparison: ">=" },
        passes: (v) => v >= t.roaMin,
        good: always,
        alert: never,
      };
    case "dso":
      return {
        line: { threshold: t.dsoMax, comparison: "<=" },
        passes: (v) => v <= t.dsoMax,
        good: always,
        alert: (v) => v > t.dsoAlert,
      };
    case "inventoryDays":
      return {
        line: { threshold: t.inventoryDaysMax, comparison: "<=" },
        passes: (v) => v <= t.inventoryDaysMax,
        good: always,
        alert: never,
      };
    case "monthlyVolume":
      return {
        line: { threshold: t.monthlyVolumeMin, comparison: ">=" },
        passes: (v) => v >= t.monthlyVolumeMin,
        good: always,
        alert: never,
      };
  }
}

/** A metric's value as display text in its unit. */
function show(metric: HealthMetric, value: number): { en: string; zh: string } {
  switch (HEALTH_METRICS[metric].unit) {
    case "percent":
      return { en: formatPercent(value), zh: formatPercent(value) };
    case "days":
      return { en: `${formatNumber(value, 1)} days`, zh: `${formatNumber(value, 1)} 天` };
    case "money":
      return { en: formatNumber(value, 2), zh: formatNumber(value, 2) };
    case "ratio":
      return { en: formatNumber(value, 2), zh: formatNumber(value, 2) };
  }
}

function alertLine(metric: HealthMetric, t: KeyAccountThresholds): number {
  return metric === "currentRatio" ? t.currentRatioAlert : t.dsoAlert;
}

/** "DSO 75 days is above 60 days" for a failed check. */
function describeCheck(c: HealthCheck, t: KeyAccountThresholds): LocalizedText {
  const label = HEALTH_METRICS[c.metric].label;
  const v = show(c.metric, c.value!);
  const limit = c.creditFlag ? alertLine(c.metric, t) : c.threshold;
  const th = show(c.metric, limit);
  const below = c.comparison !== "<=";
  const word = below ? (c.comparison === ">" && !c.creditFlag ? "not above" : "below") : "above";
  const wordZh = below ? (c.comparison === ">" && !c.creditFlag ? "未高于" : "低于") : "高于";
  const flag = c.creditFlag ? { en: " (credit-risk alert)", zh: "（信用风险预警）" } : { en: "", zh: "" };
  return {
    en: `${label.en} ${v.en} is ${word} ${th.en}${flag.en}`,
    zh: `${label.zh} ${v.zh}，${wordZh} ${th.zh}${flag.zh}`,
  };
}

function conclusion(
  keyAccount: boolean,
  volume: HealthCheck,
  creditRisk: CreditRisk,
  t: KeyAccountThresholds,
): LocalizedText {
  const min = formatNumber(t.monthlyVolumeMin, 2);
  if (volume.value === undefined) {
    return {
      en: `Not a key account: the monthly purchase volume is not known (needs at least ${min})`,
      zh: `非大客户：月采购量未知（需不低于 ${min}）`,
    };
  }
  const v = formatNumber(volume.value, 2);
  if (!volume.pass) {
    return {
      en: `Not a key account: monthly purchase volume ${v} is below ${min}`,
      zh: `非大客户：月采购量 ${v}，低于 ${min}`,
    };
  }
  if (!keyAccount) {
    return {
      en: `Not a key account: monthly purchase volume ${v} meets ${min}, but credit risk is high`,
      zh: `非大客户：月采购量 ${v} 达到 ${min}，但信用风险高`,
    };
  }
  const risk = CREDIT_RISK_LABELS[creditRisk];
  return {
    en: `Key account: monthly purchase volume ${v} meets ${min}; ${risk.en.toLowerCase()}`,
    zh: `大客户：月采购量 ${v} 达到 ${min}；${risk.zh}`,
  };
}

function creditReason(
  creditRisk: CreditRisk,
  assessed: boolean,
  flagged: readonly HealthCheck[],
  failed: readonly HealthCheck[],
): LocalizedText {
  const label = CREDIT_RISK_LABELS[creditRisk];
  if (!assessed) {
    return {
      en: `${label.en} by default: no financial metric is known, so credit risk was not assessed`,
      zh: `默认为${label.zh}：财务指标均未知，未评估信用风险`,
    };
  }
  const names = (cs: readonly HealthCheck[]) => ({
    en: cs.map((c) => HEALTH_METRICS[c.metric].label.en.toLowerCase()).join(", "),
    zh: cs.map((c) => HEALTH_METRICS[c.metric].label.zh).join("、"),
  });
  if (creditRisk === "high") {
    const n = names(flagged);
    return {
      en: `${label.en}: ${n.en} beyond the credit-risk alert line`,
      zh: `${label.zh}：${n.zh}超出信用风险预警线`,
    };
  }
  if (creditRisk === "medium") {
    const n = names(failed);
    return { en: `${label.en}: ${n.en} outside the healthy range`, zh: `${label.zh}：${n.zh}不在健康范围内` };
  }
  return {
    en: `${label.en}: every known financial metric is in the healthy range`,
    zh: `${label.zh}：已知的财务指标均在健康范围内`,
  };
}
