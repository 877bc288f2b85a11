import fc from "fast-check";
import { dayFromYmd, isoFromDay } from "../../../src/core/days";
import { buildTimeline } from "../../../src/core/plan/buildTimeline";
import { DEFAULT_PLAN_ROLES } from "../../../src/core/plan/planRoles";
import { planPeriod } from "../../../src/core/plan/planPeriod";
import { PLAYBOOK } from "../../../src/core/plan/playbook";

const strategies = Object.freeze(
  PLAYBOOK.slice(0, 3).map((e, i) => ({ id: `S${i + 1}`, title: e.label, resources: e.resources, raci: e.raci })),
);

describe("buildTimeline", () => {
  it("runs the example of its doc comment", () => {
    const { timeline } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 4), [], DEFAULT_PLAN_ROLES);
    expect(timeline.tasks.filter((task) => task.kind === "review").map((task) => isoFromDay(task.start))).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-31",
    ]);
  });

  it("numbers the tasks T1, T2, … in date order and gives one RACI template per task", () => {
    const { timeline, raci } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 4), strategies, DEFAULT_PLAN_ROLES);
    expect(timeline.tasks.map((t) => t.id)).toEqual(timeline.tasks.map((_, i) => `T${i + 1}`));
    const starts = timeline.tasks.map((t) => t.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(raci).toHaveLength(timeline.tasks.length);
  });

  it("runs one task per strategy over the planned part of execution, owned by the strategy's accountable role", () => {
    const { timeline } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 4), strategies, DEFAULT_PLAN_ROLES);
    const execution = timeline.phases.find((p) => p.key === "execution")!;
    const tasks = timeline.tasks.filter((t) => t.strategyId !== undefined);
    expect(tasks.map((t) => t.strategyId)).toEqual(["S1", "S2", "S3"]);
    for (const t of tasks) {
      expect([t.start, t.end]).toEqual([execution.start, execution.plannedEnd]);
    }
    expect(tasks.map((t) => t.owner.label.en)).toEqual(["Sales/KAM", "Sales/KAM", "Service"]);
    expect(tasks[0].name).toEqual({ en: "Carry out strategy S1: Strategic", zh: "执行策略 S1：战略型" });
  });

  it("has a monthly follow-up for every month that overlaps execution, clipped to it", () => {
    const { timeline } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 4), [], DEFAULT_PLAN_ROLES);
    const monthly = timeline.tasks.filter((t) => t.kind === "monthly");
    // execution runs 2026-02-12 .. 2026-12-19 (54 fixed days: 12 + 12 + 6 + 12 before, 12 after)
    expect(monthly.map((t) => `${isoFromDay(t.start)}..${isoFromDay(t.end)}`)).toEqual([
      "2026-02-12..2026-02-28",
      "2026-03-01..2026-03-31",
      "2026-04-01..2026-04-30",
      "2026-05-01..2026-05-31",
      "2026-06-01..2026-06-30",
      "2026-07-01..2026-07-31",
      "2026-08-01..2026-08-31",
      "2026-09-01..2026-09-30",
      "2026-10-01..2026-10-31",
      "2026-11-01..2026-11-30",
      "2026-12-01..2026-12-19",
    ]);
    expect(monthly[0].name.en).toBe("Monthly follow-up, month 2: churn warnings, P1 accounts, action status");
  });

  it("marks the kick-off and the reviews as milestones and closes the plan with the last review", () => {
    const { timeline } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 2), [], DEFAULT_PLAN_ROLES);
    const milestones = timeline.tasks.filter((t) => t.milestone);
    expect(milestones.map((t) => t.kind)).toEqual(["milestone", "review", "review"]);
    expect(milestones.every((t) => t.start === t.end)).toBe(true);
    const last = timeline.tasks[timeline.tasks.length - 1];
    expect(last).toMatchObject({ kind: "review", phase: "evaluation", start: timeline.phases[5].end });
    expect(last.name.zh).toBe("第 2 季度回顾与计划收尾");
  });

  it("keeps every date inside the period and every one-off task inside its phase's planned part", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 10 }),
        (start, quarters, count) => {
          const period = planPeriod(start, quarters);
          const many = Array.from({ length: count }, (_, i) => ({ ...strategies[i % 3], id: `S${i + 1}` }));
          const { timeline } = buildTimeline(period, many, DEFAULT_PLAN_ROLES);
          for (const t of timeline.tasks) {
            expect(t.start).toBeGreaterThanOrEqual(period.start);
            expect(t.end).toBeLessThanOrEqual(period.end);
            expect(t.start).toBeLessThanOrEqual(t.end);
            const phase = timeline.phases.find((p) => p.key === t.phase)!;
            expect(t.start).toBeGreaterThanOrEqual(phase.start);
            expect(t.end).toBeLessThanOrEqual(phase.end);
            if (t.kind === "task" || t.kind === "milestone") expect(t.end).toBeLessThanOrEqual(phase.plannedEnd);
          }
          expect(timeline.tasks.filter((t) => t.kind === "review")).toHaveLength(quarters);
          expect(timeline.tasks.filter((t) => t.strategyId !== undefined)).toHaveLength(count);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("states the buffer rule in both languages", () => {
    const { timeline } = buildTimeline(planPeriod(dayFromYmd(2026, 1, 1), 4), [], DEFAULT_PLAN_ROLES);
    expect(timeline.bufferRule.en).toContain("⌈planned days × 1.2⌉");
    expect(timeline.bufferRule.zh).toContain("预留20%弹性时间");
  });
});
