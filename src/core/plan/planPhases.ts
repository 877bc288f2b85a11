import type { LocalizedText } from "../types";
import type { PlanPeriod } from "./planPeriod";
import type { PhaseKey, PlanPhase } from "./types";

/** The phases in order, with their labels (seed 002 / 000: 收集信息 → 分析 → 目标 → 策略 → 执行 → 评估). */
export const PHASES: readonly { readonly key: PhaseKey; readonly label: LocalizedText }[] = Object.freeze([
  { key: "information", label: { en: "Information gathering", zh: "信息收集" } },
  { key: "analysis", label: { en: "Analysis", zh: "分析" } },
  { key: "goals", label: { en: "Goal setting", zh: "目标设定" } },
  { key: "strategy", label: { en: "Strategy", zh: "策略制定" } },
  { key: "execution", label: { en: "Execution", zh: "执行" } },
  { key: "evaluation", label: { en: "Evaluation", zh: "评估" } },
]);

/** Planned calendar days of the fixed phases in a plan of a year or more. */
export const BASE_PHASE_DAYS: Readonly<Record<Exclude<PhaseKey, "execution">, number>> = Object.freeze({
  information: 10,
  analysis: 10,
  goals: 5,
  strategy: 10,
  evaluation: 10,
});

/** Days a phase of `planned` days occupies with its 20 % buffer: ⌈planned × 1.2⌉ (integer arithmetic). */
const windowOf = (planned: number): number => Math.ceil((planned * 6) / 5);

/**
 * The six phases of a plan with a 20 % schedule buffer each (seed 002: 预留20%弹性时间).
 *
 * Method, all in whole calendar days:
 * 1. Planned durations: information 10, analysis 10, goals 5, strategy 10, evaluation 10 days,
 *    scaled by quarters / 4 for plans shorter than a year, rounded up, at least 2 days.
 * 2. Each of these phases gets a window of ⌈planned × 1.2⌉ days: the planned work first, the
 *    buffer at its end.
 * 3. The windows follow each other from the start; evaluation ends on the last day of the plan;
 *    execution takes the window left between strategy and evaluation, and its planned part is
 *    ⌊window ÷ 1.2⌋ days, so planned × 1.2 ≤ window holds for every phase and the windows exactly
 *    tile the plan period.
 *
 * @param period - the plan's calendar (see `planPeriod`; at least one quarter)
 * @returns the six phases in order, each with start, planned end, end, planned days and buffer days
 *
 * @example
 * const phases = planPhases(planPeriod(dayFromYmd(2026, 1, 1), 4));
 * phases.map((p) => [p.key, p.plannedDays, p.bufferDays])
 * // => [["information", 10, 2], ["analysis", 10, 2], ["goals", 5, 1], ["strategy", 10, 2],
 * //     ["execution", 259, 52], ["evaluation", 10, 2]] (365 days: 54 in the fixed windows, 311 for execution)
 */
export function planPhases(period: PlanPeriod): PlanPhase[] {
  const scale = Math.min(1, period.quarters / 4);
  const planned = (key: Exclude<PhaseKey, "execution">) => Math.max(2, Math.ceil(BASE_PHASE_DAYS[key] * scale - 1e-9));
  const totalDays = period.end - period.start + 1;
  const fixed = {
    information: planned("information"),
    analysis: planned("analysis"),
    goals: planned("goals"),
    strategy: planned("strategy"),
    evaluation: planned("evaluation"),
  };
  const fixedWindows = Object.values(fixed).reduce((s, d) => s + windowOf(d), 0);
  const executionWindow = totalDays - fixedWindows;
  const executionPlanned = Math.floor((executionWindow * 5) / 6);

  let cursor = period.start;
  return PHASES.map(({ key, label }): PlanPhase => {
    const plannedDays = key === "execution" ? executionPlanned : fixed[key];
    const window = key === "execution" ? executionWindow : windowOf(plannedDays);
    const start = cursor;
    cursor += window;
    return {
      key,
      label,
      start,
      plannedEnd: start + plannedDays - 1,
      end: start + window - 1,
      plannedDays,
      bufferDays: window - plannedDays,
    };
  });
}
