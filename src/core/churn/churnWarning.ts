import { lazyText } from "../lazyText";
import { DomainError } from "../errors";
import type { LocalizedText } from "../types";
import { formatNumber, formatPercent } from "../value/formatNumber";
import type { ChurnLevel } from "./churnLevels";
import { churnLevelOfScore } from "./churnLevels";
import { usualInterPurchaseDays } from "./usualInterPurchaseDays";

/** The fields {@link churnWarning} reads; the core's `Customer` satisfies it. */
export interface ChurnInput {
  /** Days since the last purchase. */
  readonly recencyDays: number;
  /** Number of purchases, the first included. */
  readonly purchases: number;
  /** t_x: days from the first to the last purchase. */
  readonly repeatSpanDays: number;
  /** Complaints in the current period. */
  readonly complaints?: number;
  /** Complaints in the previous period, for a rising trend. */
  readonly complaintsPrevious?: number;
}

export interface ChurnOptions {
  /** Watch when the days since the last purchase exceed this multiple of the usual gap. Default 2. */
  readonly watchMultiple?: number;
  /** Warning beyond this multiple. Default 3. */
  readonly warningMultiple?: number;
  /** Critical beyond this multiple. Default: none (recency alone never makes a warning critical). */
  readonly criticalMultiple?: number;
  /** The population's median gap in days (`medianInterPurchaseDays`), used for one-time buyers. */
  readonly populationMedianDays?: number;
  /** Watch when P(alive) is below this. Default 2/3 (churn risk above 1/3, Klaviyo's medium band). */
  readonly pAliveWatch?: number;
  /** Warning when P(alive) is below this. Default 0.5 (Dynamics 365's IsChurn cut-off). */
  readonly pAliveWarning?: number;
  /** Critical when P(alive) is below this. Default 0.2. */
  readonly pAliveCritical?: number;
  /** Warning when the period's complaints reach this count. Default 3. */
  readonly complaintsWarningAt?: number;
}

/** Which signal a line of the warning comes from. */
export type ChurnSignalKind = "recency" | "pAlive" | "complaints";

/** One signal's contribution: its score and level, or `undefined` when it could not be assessed. */
export interface ChurnSignal {
  readonly signal: ChurnSignalKind;
  readonly score: number | undefined;
  readonly level: ChurnLevel | undefined;
  readonly reason: LocalizedText;
}

export interface ChurnWarning {
  readonly level: ChurnLevel;
  /** 0..1; the highest of the signal scores (0 when none could be assessed). */
  readonly score: number;
  /** Signal reasons, the most severe first, then signals that could not be assessed. */
  readonly reasons: readonly LocalizedText[];
  readonly signals: readonly ChurnSignal[];
}

const DEFAULTS = {
  watchMultiple: 2,
  warningMultiple: 3,
  pAliveWatch: 2 / 3,
  pAliveWarning: 0.5,
  pAliveCritical: 0.2,
  complaintsWarningAt: 3,
};

/** Score of a discrete complaint signal: the middle of the level's band. */
const COMPLAINT_SCORE = { watch: 0.375, warning: 0.625 } as const;

/**
 * Churn early warning (seeds 002, 003 流失预警) for one customer, from three signals; the most
 * severe decides the level.
 *
 * 1. **Recency**: ρ = days since the last purchase / the customer's usual gap t_x / x. ρ beyond
 *    `watchMultiple` (2) → watch, beyond `warningMultiple` (3) → warning, beyond `criticalMultiple`
 *    (off by default) → critical. "Beyond" is strict: exactly 2× the usual gap is no signal. A
 *    customer with no gap of their own (one purchase, or a span of 0 days) is compared with
 *    `populationMedianDays`; without it, recency is not assessed.
 * 2. **P(alive)** (from BG/NBD), when given: below 2/3 → watch (churn risk above Klaviyo's 33%
 *    band), below 0.5 → warning (Dynamics 365's IsChurn cut-off), below 0.2 → critical. Strict.
 * 3. **Complaints**: this period's count at or above `complaintsWarningAt` (3) → warning; more than
 *    the previous period's → watch. Missing or invalid counts are not assessed.
 *
 * Score: each signal maps to 0..1 continuously and increasingly, with its thresholds exactly on the
 * level edges 0.25 / 0.5 / 0.75 (see `churnLevelOfScore`): recency ρ ≤ watch → 0.25·ρ/watch,
 * linear between thresholds, and beyond the last threshold m, 0.5 + 0.25·(1 − m/ρ) (or 0.75 + … when
 * a critical multiple is set), which stays inside the band; P(alive) is linear between its
 * thresholds; complaints score the middle of their band (0.375, 0.625). The customer's score is the
 * highest signal score and the level is that score's band, so the level never falls when recency
 * grows.
 *
 * @param customer - days since the last purchase, purchases, t_x, and optional complaint counts
 * @param pAlive - probability the customer is still active, 0..1, when a model provides it
 * @param options - multiples, P(alive) cut-offs, complaint threshold and the population median gap
 * @returns the level, score 0..1, reasons in English and Chinese, and each signal's part
 * @throws {DomainError} `BAD_ARGUMENT` when recency, purchases or span is not a non-negative finite
 *   number, when `pAlive` is outside 0..1, or when options are out of order (multiples must
 *   increase and be positive; P(alive) cut-offs must decrease within 0..1; complaint threshold ≥ 1;
 *   population median > 0)
 *
 * @example
 * churnWarning({ recencyDays: 120, purchases: 4, repeatSpanDays: 111 })
 * // => level "warning", score 0.51875, reason "no purchase for 120 days, 3.2× the usual 37 days"
 * //    / "已 120 天未购买，是平常间隔 37 天的 3.2 倍"
 * churnWarning({ recencyDays: 10, purchases: 4, repeatSpanDays: 111 }, 0.15)
 * // => level "critical" (P(alive) 15% is below 20%)
 */
export function churnWarning(customer: ChurnInput, pAlive?: number, options: ChurnOptions = NO_OPTIONS): ChurnWarning {
  const o = resolvedOptions(options);
  for (const key of ["recencyDays", "purchases", "repeatSpanDays"] as const) {
    const v = customer[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `${key} must be a non-negative finite number, got ${String(v)}`,
        `${key} 必须是非负有限数，收到 ${String(v)}`,
        { key, value: v },
      );
    }
  }
  if (pAlive !== undefined && !(Number.isFinite(pAlive) && pAlive >= 0 && pAlive <= 1)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `P(alive) must be a probability from 0 to 1, got ${String(pAlive)}`,
      `存活概率 P(alive) 必须是 0 到 1 之间的概率，收到 ${String(pAlive)}`,
      { pAlive },
    );
  }

  const signals: ChurnSignal[] = [recencySignal(customer, o)];
  if (pAlive !== undefined) signals.push(pAliveSignal(pAlive, o));
  const complaints = complaintSignal(customer, o);
  if (complaints) signals.push(complaints);

  const assessed = signals.filter((s) => s.score !== undefined);
  const score = assessed.reduce((max, s) => Math.max(max, s.score!), 0);
  const ordered = [...assessed].sort((a, b) => b.score! - a.score!);
  const reasons = [...ordered, ...signals.filter((s) => s.score === undefined)].map((s) => s.reason);
  return { level: churnLevelOfScore(score), score, reasons, signals };
}

type Resolved = typeof DEFAULTS & { criticalMultiple?: number; populationMedianDays?: number };

const NO_OPTIONS: ChurnOptions = Object.freeze({});
/** Options resolved per options object: a table's customers share one, so it is checked once. */
const RESOLVED = new WeakMap<ChurnOptions, Resolved>();

function resolvedOptions(options: ChurnOptions): Resolved {
  let resolved = RESOLVED.get(options);
  if (resolved === undefined) {
    resolved = resolveOptions(options);
    RESOLVED.set(options, resolved);
  }
  return resolved;
}

function resolveOptions(options: ChurnOptions): Resolved {
  const o: Resolved = { ...DEFAULTS };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (o as Record<string, number>)[k] = v;
  const bad = (en: string, zh: string) => new DomainError("BAD_ARGUMENT", en, zh, { options });
  const finite = Object.values(o).every((v) => typeof v === "number" && Number.isFinite(v));
  if (!finite) throw bad("churn warning options must be finite numbers", "流失预警参数必须是有限数");
  const multiples = [
    o.watchMultiple,
    o.warningMultiple,
    ...(o.criticalMultiple === undefined ? [] : [o.criticalMultiple]),
  ];
  if (!(multiples[0] > 0 && multiples.every((m, i) => i === 0 || m > multiples[i - 1]))) {
    throw bad(
      "the recency multiples must be positive and increase from watch to warning to critical",
      "最近购买间隔倍数必须为正，并按关注、预警、严重依次增大",
    );
  }
  if (!(
    0 <= o.pAliveCritical &&
    o.pAliveCritical < o.pAliveWarning &&
    o.pAliveWarning < o.pAliveWatch &&
    o.pAliveWatch <= 1
  )) {
    throw bad(
      "the P(alive) cut-offs must lie in 0..1 and decrease from watch to warning to critical",
      "存活概率阈值必须在 0 到 1 之间，并按关注、预警、严重依次减小",
    );
  }
  if (!(o.complaintsWarningAt >= 1)) {
    throw bad("the complaint threshold must be at least 1", "投诉次数阈值必须不小于 1");
  }
  if (o.populationMedianDays !== undefined && !(o.populationMedianDays > 0)) {
    throw bad("the population median gap must be more than 0 days", "全体客户的购买间隔中位数必须大于 0 天");
  }
  return o;
}

function recencySignal(c: ChurnInput, o: Resolved): ChurnSignal {
  const own = usualInterPurchaseDays(c);
  const gap = own ?? o.populationMedianDays;
  if (gap === undefined) {
    const days = formatNumber(c.recencyDays, 0);
    return {
      signal: "recency",
      score: undefined,
      level: undefined,
      reason: {
        en: `recency not assessed: no repeat purchase yet and no typical gap across customers (last purchase ${days} days ago)`,
        zh: `未评估购买间隔：尚无复购，且没有全体客户的典型购买间隔（最近一次购买在 ${days} 天前）`,
      },
    };
  }
  // For the customer's own gap t_x / x, recency · x / t_x is one correctly rounded division, so
  // exactly 2× or 3× the gap lands exactly on a level edge.
  const ratio = own !== undefined ? (c.recencyDays * (c.purchases - 1)) / c.repeatSpanDays : c.recencyDays / gap;
  const score = recencyScore(ratio, o);
  const level = churnLevelOfScore(score);
  const reason = lazyText(() => {
    const days = formatNumber(c.recencyDays, 0);
    const g = formatNumber(gap, 0);
    const r = formatNumber(ratio, 1);
    const whose =
      own !== undefined
        ? { en: `the usual ${g} days`, zh: `平常间隔 ${g} 天` }
        : {
            en: `the typical ${g} days between purchases across customers (one purchase so far)`,
            zh: `全体客户典型购买间隔 ${g} 天`,
          };
    const note = own !== undefined ? "" : "（目前仅购买过一次）";
    return level === "none"
      ? {
          en: `last purchase ${days} days ago, ${r}× ${whose.en}`,
          zh: `最近一次购买在 ${days} 天前，为${whose.zh}的 ${r} 倍${note}`,
        }
      : {
          en: `no purchase for ${days} days, ${r}× ${whose.en}`,
          zh: `已 ${days} 天未购买，是${whose.zh}的 ${r} 倍${note}`,
        };
  });
  return { signal: "recency", score, level, reason };
}

/** Continuous, increasing map of the recency ratio onto 0..1 with the multiples on the band edges. */
function recencyScore(ratio: number, o: Resolved): number {
  const w = o.watchMultiple;
  const a = o.warningMultiple;
  const c = o.criticalMultiple;
  if (ratio <= w) return (0.25 * ratio) / w;
  if (ratio <= a) return 0.25 + (0.25 * (ratio - w)) / (a - w);
  if (c === undefined) return 0.5 + 0.25 * (1 - a / ratio);
  if (ratio <= c) return 0.5 + (0.25 * (ratio - a)) / (c - a);
  return 0.75 + 0.25 * (1 - c / ratio);
}

function pAliveSignal(p: number, o: Resolved): ChurnSignal {
  const { pAliveWatch: w, pAliveWarning: a, pAliveCritical: c } = o;
  let score: number;
  if (p < c) score = 0.75 + (0.25 * (c - p)) / c;
  else if (p < a) score = 0.5 + (0.25 * (a - p)) / (a - c);
  else if (p < w) score = 0.25 + (0.25 * (w - p)) / (w - a);
  else score = w >= 1 ? 0 : (0.25 * (1 - p)) / (1 - w);
  const level = churnLevelOfScore(score);
  const limit = level === "critical" ? c : level === "warning" ? a : level === "watch" ? w : undefined;
  const reason = lazyText(() => {
    const pct = formatPercent(p, 0);
    return limit === undefined
      ? { en: `probability of still being active ${pct}`, zh: `仍活跃概率 ${pct}` }
      : {
          en: `probability of still being active ${pct} is below ${formatPercent(limit, 0)}`,
          zh: `仍活跃概率 ${pct}，低于 ${formatPercent(limit, 0)}`,
        };
  });
  return { signal: "pAlive", score, level, reason };
}

function complaintSignal(c: ChurnInput, o: Resolved): ChurnSignal | undefined {
  const valid = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
  const now = c.complaints;
  const before = c.complaintsPrevious;
  if (now === undefined || now === null) return undefined;
  if (!valid(now)) {
    return {
      signal: "complaints",
      score: undefined,
      level: undefined,
      reason: {
        en: `complaints not assessed: ${String(now)} is not a valid count`,
        zh: `未评估投诉：${String(now)} 不是有效的次数`,
      },
    };
  }
  const n = formatNumber(now, 0);
  const rising = valid(before) && now > before;
  const trend = rising
    ? { en: `, up from ${formatNumber(before, 0)}`, zh: `，上期 ${formatNumber(before, 0)} 次` }
    : valid(before)
      ? { en: `, previous period ${formatNumber(before, 0)}`, zh: `，上期 ${formatNumber(before, 0)} 次` }
      : { en: "", zh: "" };
  if (now >= o.complaintsWarningAt) {
    const at = formatNumber(o.complaintsWarningAt, 0);
    return {
      signal: "complaints",
      score: COMPLAINT_SCORE.warning,
      level: "warning",
      reason: {
        en: `${n} complaints this period (warning at ${at})${trend.en}`,
        zh: `本期投诉 ${n} 次（达到 ${at} 次即预警）${trend.zh}`,
      },
    };
  }
  if (rising) {
    return {
      signal: "complaints",
      score: COMPLAINT_SCORE.watch,
      level: "watch",
      reason: { en: `complaints rising: ${n} this period${trend.en}`, zh: `投诉增加：本期 ${n} 次${trend.zh}` },
    };
  }
  return {
    signal: "complaints",
    score: 0,
    level: "none",
    reason: { en: `${n} complaints this period${trend.en}`, zh: `本期投诉 ${n} 次${trend.zh}` },
  };
}
