import fc from "fast-check";
import { dayFromYmd } from "../../../src/core/days";
import { planPeriod } from "../../../src/core/plan/planPeriod";
import { BASE_PHASE_DAYS, PHASES, planPhases } from "../../../src/core/plan/planPhases";

describe("planPhases", () => {
  it("runs the example of its doc comment", () => {
    const phases = planPhases(planPeriod(dayFromYmd(2026, 1, 1), 4));
    expect(phases.map((p) => [p.key, p.plannedDays, p.bufferDays])).toEqual([
      ["information", 10, 2],
      ["analysis", 10, 2],
      ["goals", 5, 1],
      ["strategy", 10, 2],
      ["execution", 259, 52],
      ["evaluation", 10, 2],
    ]);
  });

  it("follows the seeds' order: information, analysis, goals, strategy, execution, evaluation", () => {
    expect(PHASES.map((p) => p.label.zh)).toEqual(["信息收集", "分析", "目标设定", "策略制定", "执行", "评估"]);
  });

  it("scales the fixed phases for a one-quarter plan, at least 2 days each", () => {
    const phases = planPhases(planPeriod(dayFromYmd(2026, 1, 1), 1));
    // 10 × 0.25 = 2.5 → 3; 5 × 0.25 = 1.25 → 2; windows ⌈3 × 1.2⌉ = 4 and ⌈2 × 1.2⌉ = 3
    expect(phases.map((p) => p.plannedDays + p.bufferDays)).toEqual([4, 4, 3, 4, 90 - 19, 4]);
    expect(phases.map((p) => p.plannedDays)).toEqual([3, 3, 2, 3, Math.floor((71 * 5) / 6), 3]);
  });

  it("tiles the plan period with windows that each hold the planned duration plus 20%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 1, max: 8 }), (start, quarters) => {
        const period = planPeriod(start, quarters);
        const phases = planPhases(period);
        expect(phases[0].start).toBe(period.start);
        expect(phases[phases.length - 1].end).toBe(period.end);
        phases.forEach((p, i) => {
          const window = p.end - p.start + 1;
          expect(p.plannedEnd - p.start + 1).toBe(p.plannedDays);
          expect(window).toBe(p.plannedDays + p.bufferDays);
          expect(p.plannedDays * 1.2).toBeLessThanOrEqual(window + 1e-9);
          expect(p.plannedDays).toBeGreaterThanOrEqual(2);
          if (p.key !== "execution") expect(window).toBe(Math.ceil(p.plannedDays * 1.2 - 1e-9));
          if (i > 0) expect(p.start).toBe(phases[i - 1].end + 1);
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("uses the documented base durations", () => {
    expect(BASE_PHASE_DAYS).toEqual({ information: 10, analysis: 10, goals: 5, strategy: 10, evaluation: 10 });
  });
});
