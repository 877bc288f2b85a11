import { DomainError } from "../errors";
import type { LocalizedText } from "../types";
import { formatPercent } from "../value/formatNumber";
import { formatPlanValue } from "./formatPlanValue";
import type { Ambition, Direction, PlanUnit } from "./types";

/** How far each ambition level moves a target (see {@link goalTarget}). */
export interface AmbitionFactors {
  /** Shares: the part of the distance to the best possible value (1, or 0) the target closes. */
  readonly gapClosed: number;
  /** Money: the relative change. */
  readonly growth: number;
  /** NPS: points added. */
  readonly npsPoints: number;
}

/**
 * The improvement each ambition level asks for. Moderate closes 30 % of the gap on a share (a
 * churn-risk share of 38 % becomes 26 %), grows money by 10 % and NPS by 10 points; conservative
 * asks for half of that, ambitious for a little more than 1.5 times (gap 50 %, growth 20 %, +15
 * points).
 *
 * @example
 * AMBITION_FACTORS.moderate.gapClosed // => 0.3
 */
export const AMBITION_FACTORS: Readonly<Record<Ambition, AmbitionFactors>> = Object.freeze({
  conservative: Object.freeze({ gapClosed: 0.15, growth: 0.05, npsPoints: 5 }),
  moderate: Object.freeze({ gapClosed: 0.3, growth: 0.1, npsPoints: 10 }),
  ambitious: Object.freeze({ gapClosed: 0.5, growth: 0.2, npsPoints: 15 }),
});

const AMBITION_LABELS: Readonly<Record<Ambition, LocalizedText>> = {
  conservative: { en: "Conservative", zh: "稳健" },
  moderate: { en: "Moderate", zh: "适中" },
  ambitious: { en: "Ambitious", zh: "进取" },
};

/** What {@link goalTarget} needs. */
export interface GoalTargetInput {
  readonly baseline: number;
  readonly unit: PlanUnit;
  readonly direction: Direction;
  readonly ambition: Ambition;
  /** A good-enough level: a baseline at or beyond it gets a maintain target. */
  readonly benchmark?: number;
}

/** A target and how it was set. */
export interface GoalTarget {
  readonly target: number;
  readonly mode: "improve" | "maintain";
  readonly note: LocalizedText;
}

/**
 * `value` rounded to a multiple of 1 / `perUnit` toward the better side (100: whole percentage points of
 * a share; 1: whole units). Dividing by `perUnit` keeps 0.57 exactly 0.57; 1e-7 absorbs float noise;
 * adding 0 turns −0 into 0.
 */
const towardBetter = (value: number, direction: Direction, perUnit: number): number =>
  direction === "higher"
    ? Math.ceil(value * perUnit - 1e-7) / perUnit + 0
    : Math.floor(value * perUnit + 1e-7) / perUnit + 0;

/**
 * The target of a goal or KPI from its baseline and the ambition level, never beyond what is
 * physically possible and never worse than the baseline.
 *
 * Method (factors in {@link AMBITION_FACTORS}):
 * - **share** (bounds 0..1): higher is better → b + gap × (1 − b), rounded up to a whole
 *   percentage point and capped at 1; lower is better → b × (1 − gap), rounded down to a whole
 *   point, at least 0.
 * - **money** (≥ 0): b × (1 ± growth), rounded to a whole unit toward the better side, at least 0.
 * - **nps** (−100..100): b ± points, rounded to a whole point toward the better side, within the bounds.
 * Maintain: when the baseline already meets the benchmark (≥ it when higher is better, ≤ when
 * lower) or sits on the bound the direction points to (a share of 1 or 0, NPS 100, money ≤ 0 when
 * higher is better), the target is the baseline itself and the note says so. The same holds when
 * rounding leaves no better target (a money baseline a fraction of a unit above 0).
 *
 * @param input - baseline, unit, direction, ambition and an optional benchmark
 * @returns the target, `improve` or `maintain`, and a note in English and Chinese
 * @throws {DomainError} `BAD_ARGUMENT` when the baseline is not finite or outside its unit's bounds
 *   (a share outside 0..1, NPS outside −100..100), or the ambition is unknown
 *
 * @example
 * goalTarget({ baseline: 0.38, unit: "share", direction: "lower", ambition: "moderate" }).target // => 0.26
 * goalTarget({ baseline: 0.6, unit: "share", direction: "higher", ambition: "moderate" }).target // => 0.72
 * goalTarget({ baseline: 0.02, unit: "share", direction: "lower", ambition: "moderate", benchmark: 0.05 }).mode
 * // => "maintain"
 */
export function goalTarget(input: GoalTargetInput): GoalTarget {
  const { baseline: b, unit, direction, ambition, benchmark } = input;
  const factors = Object.prototype.hasOwnProperty.call(AMBITION_FACTORS, ambition)
    ? AMBITION_FACTORS[ambition]
    : undefined;
  if (!factors) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `unknown ambition "${String(ambition)}"; use conservative, moderate or ambitious`,
      `未知的目标力度 "${String(ambition)}"，可用：conservative（稳健）、moderate（适中）、ambitious（进取）`,
      { ambition },
    );
  }
  const [low, high] = unit === "share" ? [0, 1] : unit === "nps" ? [-100, 100] : [-Infinity, Infinity];
  if (!Number.isFinite(b) || b < low || b > high) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the baseline ${String(b)} is not a possible ${unit} value`,
      `基准值 ${String(b)} 不是有效的${unit === "share" ? "比例" : unit === "nps" ? " NPS " : "金额"}`,
      { baseline: b, unit },
    );
  }
  const show = (v: number) => formatPlanValue(v, unit);
  const label = AMBITION_LABELS[ambition];
  const better = (x: number, y: number) => (direction === "higher" ? x >= y : x <= y);

  if (benchmark !== undefined && better(b, benchmark)) {
    const bound = direction === "higher" ? "≥" : "≤";
    return {
      target: b,
      mode: "maintain",
      note: {
        en: `The baseline ${show(b)} already meets the benchmark (${bound} ${show(benchmark)}): keep it.`,
        zh: `基准值 ${show(b)} 已达到参考水平（${bound} ${show(benchmark)}）：保持即可。`,
      },
    };
  }
  const best = direction === "higher" ? (unit === "money" ? Infinity : high) : unit === "money" ? 0 : low;
  const stuck = direction === "higher" ? (unit === "money" ? b <= 0 : b >= best) : b <= best;
  const keep: GoalTarget = {
    target: b,
    mode: "maintain",
    note: {
      en: `The baseline ${show(b)} is already the best possible value: keep it.`,
      zh: `基准值 ${show(b)} 已是可能的最好水平：保持即可。`,
    },
  };
  if (stuck) return keep;

  let target: number;
  let how: LocalizedText;
  if (unit === "share") {
    const g = factors.gapClosed;
    target =
      direction === "higher"
        ? Math.min(1, towardBetter(b + g * (1 - b), direction, 100))
        : Math.max(0, towardBetter(b * (1 - g), direction, 100));
    how =
      direction === "higher"
        ? {
            en: `closes ${formatPercent(g, 0)} of the gap to 100%, rounded up to a whole point`,
            zh: `缩小与 100% 差距的 ${formatPercent(g, 0)}，向上取整到整百分点`,
          }
        : {
            en: `cuts the value by ${formatPercent(g, 0)}, rounded down to a whole point`,
            zh: `将数值降低 ${formatPercent(g, 0)}，向下取整到整百分点`,
          };
  } else if (unit === "money") {
    const g = factors.growth;
    target = Math.max(0, towardBetter(direction === "higher" ? b * (1 + g) : b * (1 - g), direction, 1));
    how =
      direction === "higher"
        ? { en: `grows the value by ${formatPercent(g, 0)}`, zh: `将数值提高 ${formatPercent(g, 0)}` }
        : { en: `cuts the value by ${formatPercent(g, 0)}`, zh: `将数值降低 ${formatPercent(g, 0)}` };
  } else {
    const p = factors.npsPoints;
    target = Math.min(high, Math.max(low, towardBetter(direction === "higher" ? b + p : b - p, direction, 1)));
    how =
      direction === "higher"
        ? { en: `adds ${p} points`, zh: `提高 ${p} 分` }
        : { en: `removes ${p} points`, zh: `降低 ${p} 分` };
  }
  // A baseline a hair above 0 (money) rounds to a target that is no better: nothing to improve.
  if (target === b || !better(target, b)) return keep;
  return {
    target,
    mode: "improve",
    note: {
      en: `${label.en} ambition: ${how.en} (from ${show(b)} to ${show(target)}).`,
      zh: `${label.zh}目标：${how.zh}（从 ${show(b)} 到 ${show(target)}）。`,
    },
  };
}
