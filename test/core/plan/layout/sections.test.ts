import { buildPlan } from "../../../../src/core/plan";
import { SECTION_TITLES, SheetBuilder, unitStyle } from "../../../../src/core/plan/layout";
import { layoutGoals } from "../../../../src/core/plan/layout/layoutGoals";
import { layoutKpis } from "../../../../src/core/plan/layout/layoutKpis";
import { layoutRaci } from "../../../../src/core/plan/layout/layoutRaci";
import { layoutRisks } from "../../../../src/core/plan/layout/layoutRisks";
import { layoutStrategies } from "../../../../src/core/plan/layout/layoutStrategies";
import { layoutSummary } from "../../../../src/core/plan/layout/layoutSummary";
import { layoutSwot } from "../../../../src/core/plan/layout/layoutSwot";
import { layoutTimeline } from "../../../../src/core/plan/layout/layoutTimeline";
import { layoutTitle } from "../../../../src/core/plan/layout/layoutTitle";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "../fixture";

const plan = buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS);

describe("section layouts", () => {
  it.each([
    ["title", layoutTitle, 1 + 9 + plan.info.notes.length],
    // Header, then per table: header row, one row per group and a total row, blank rows between tables.
    [
      "summary",
      layoutSummary,
      1 +
        (plan.summary.bySegment.length + 2) +
        (plan.summary.byValueTier.length + 2) +
        (plan.summary.byPriority.length + 2) +
        2,
    ],
    ["goals", layoutGoals, 2 + plan.goals.length],
    ["strategies", layoutStrategies, 2 + plan.strategies.length],
    // Section header, table header, tasks, and the buffer rule line.
    ["timeline", layoutTimeline, 2 + plan.timeline.tasks.length + 1],
    ["raci", layoutRaci, 2 + plan.raci.rows.length],
    // Section header, table header, KPIs, and the note on where current values come from.
    ["kpis", layoutKpis, 2 + plan.kpis.length + 1],
    ["risks", layoutRisks, 2 + plan.risks.length],
  ] as const)("lays out the %s section at the top of a fresh sheet with its known row count", (key, layout, rows) => {
    const b = new SheetBuilder();
    layout(b, plan, "en");
    expect(b.sections[0]).toEqual({ key, title: SECTION_TITLES[key].en, row: 0 });
    expect(b.row).toBe(rows);
  });

  it("lays out the SWOT section at the top of a fresh sheet as its example says", () => {
    const b = new SheetBuilder();
    layoutSwot(b, plan, "zh");
    expect(b.sections[0].key).toBe("swot");
    expect(b.cells[0]).toMatchObject({ row: 0, column: 0, value: SECTION_TITLES.swot.zh });
  });

  it("starts a later section one blank row below the previous one", () => {
    const b = new SheetBuilder();
    layoutGoals(b, plan, "en");
    const end = b.row;
    layoutKpis(b, plan, "en");
    expect(b.sections[1].row).toBe(end + 1);
    expect(b.cells.some((c) => c.row === end)).toBe(false);
  });
});

describe("unitStyle", () => {
  it.each([
    ["share", "percent"],
    ["money", "money"],
    ["nps", "number"],
  ] as const)("shows a %s figure in the %s style", (unit, style) => {
    expect(unitStyle(unit)).toBe(style);
  });
});
