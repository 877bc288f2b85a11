import fc from "fast-check";
import { dayFromYmd, excelSerialFromDay } from "../../../../src/core/days";
import { isDomainError } from "../../../../src/core/errors";
import { buildPlan } from "../../../../src/core/plan";
import type { Plan } from "../../../../src/core/plan";
import {
  GANTT_FIRST_COLUMN,
  RACI_LETTERS,
  SECTION_TITLES,
  STATUS_VALUES,
  SheetBuilder,
  layoutPlan,
} from "../../../../src/core/plan/layout";
import { planTitle } from "../../../../src/core/plan/layout";
import type { LayoutCell, PlanSheetLayout } from "../../../../src/core/plan/layout";
import type { Lang } from "../../../../src/core/types";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "../fixture";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const score = fixtureScore();
const plan: Plan = deepFreeze(buildPlan(score, FIXTURE_PLAN_INPUTS));
const layouts: Record<Lang, PlanSheetLayout> = { en: layoutPlan(plan, "en"), zh: layoutPlan(plan, "zh") };
const LANGS: Lang[] = ["en", "zh"];
const ORDER = ["title", "summary", "goals", "strategies", "timeline", "raci", "kpis", "risks", "swot"] as const;

function cellAt(layout: PlanSheetLayout, row: number, column: number): LayoutCell | undefined {
  return layout.cells.find((c) => c.row === row && c.column === column);
}

function sectionRow(layout: PlanSheetLayout, key: (typeof ORDER)[number]): number {
  return layout.sections.find((s) => s.key === key)!.row;
}

/** Every cell position a layout's merges cover, except their top-left corners. */
function coveredByMerges(layout: PlanSheetLayout): Set<string> {
  const covered = new Set<string>();
  for (const m of layout.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
    }
  }
  return covered;
}

describe("layoutPlan", () => {
  it("lists the sections as the doc comment's example says", () => {
    expect(layouts.en.sections.map((s) => s.key)).toEqual([
      "title",
      "summary",
      "goals",
      "strategies",
      "timeline",
      "raci",
      "kpis",
      "risks",
      "swot",
    ]);
  });

  it.each(LANGS)("puts every section header, in %s, in order down the sheet", (lang) => {
    const layout = layouts[lang];
    const rows = layout.sections.map((s) => s.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(rows.length);
    for (const key of ORDER.slice(1)) {
      const header = cellAt(layout, sectionRow(layout, key), 0)!;
      expect(header).toMatchObject({ value: SECTION_TITLES[key][lang], style: "sectionHeader" });
    }
    const title = cellAt(layout, 0, 0)!;
    expect(title.style).toBe("title");
    expect(title.value).toBe(planTitle(plan.info.name, lang));
  });

  it.each(LANGS)("writes only strings, finite numbers and nulls (%s)", (lang) => {
    for (const cell of layouts[lang].cells) {
      const ok =
        cell.value === null ||
        typeof cell.value === "string" ||
        (typeof cell.value === "number" && Number.isFinite(cell.value));
      expect(ok).toBe(true);
    }
  });

  it.each(LANGS)("never puts two cells at one position nor a cell under a merge (%s)", (lang) => {
    const layout = layouts[lang];
    const keys = layout.cells.map((c) => `${c.row}:${c.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    const covered = coveredByMerges(layout);
    expect(keys.filter((k) => covered.has(k))).toEqual([]);
  });

  it.each(LANGS)("validates exactly the RACI grid with the letters R, A, C, I (%s)", (lang) => {
    const layout = layouts[lang];
    const first = sectionRow(layout, "raci") + 2;
    const expected = {
      top: first,
      left: 2,
      bottom: first + plan.raci.rows.length - 1,
      right: 1 + plan.raci.roles.length,
    };
    const raci = layout.validations.filter((v) => v.values.join(",") === "R,A,C,I");
    expect(raci.map((v) => v.range)).toEqual([expected]);
    expect(RACI_LETTERS).toEqual(["R", "A", "C", "I"]);
    plan.raci.rows.forEach((row, i) => {
      row.cells.forEach((letter, j) => {
        const cell = cellAt(layout, first + i, 2 + j)!;
        expect(cell).toMatchObject({ value: letter === "" ? null : letter, style: "input" });
      });
    });
    expect(layout.conditionalFormats).toContainEqual({ kind: "raci", range: expected });
  });

  it.each(LANGS)(
    "shows each goal's text in the chosen language with editable deadline, owner and status (%s)",
    (lang) => {
      const layout = layouts[lang];
      const first = sectionRow(layout, "goals") + 2;
      plan.goals.forEach((goal, i) => {
        expect(cellAt(layout, first + i, 0)?.value).toBe(goal.id);
        expect(cellAt(layout, first + i, 1)?.value).toBe(goal.specific[lang]);
        expect(cellAt(layout, first + i, 5)).toMatchObject({
          value: excelSerialFromDay(goal.deadline),
          style: "input",
          inputFormat: "date",
        });
        expect(cellAt(layout, first + i, 6)).toMatchObject({ value: goal.owner.label[lang], style: "input" });
        expect(cellAt(layout, first + i, 7)).toMatchObject({ value: STATUS_VALUES[lang][0], style: "input" });
      });
      expect(layout.validations).toContainEqual({
        range: { top: first, left: 7, bottom: first + plan.goals.length - 1, right: 7 },
        values: STATUS_VALUES[lang],
      });
    },
  );

  it("heads the Gantt grid with the first day of each month as Excel serials (2026-01-01 is 46023)", () => {
    const layout = layouts.en;
    const headerRow = sectionRow(layout, "timeline") + 1;
    const months = Array.from({ length: 12 }, (_, m) => cellAt(layout, headerRow, GANTT_FIRST_COLUMN + m)?.value);
    expect(months[0]).toBe(46023);
    // 2026 is not a leap year: Feb 1 = Jan 1 + 31, Mar 1 = Feb 1 + 28, Dec 1 = Jan 1 + 334.
    expect(months[1]).toBe(46023 + 31);
    expect(months[2]).toBe(46023 + 59);
    expect(months[11]).toBe(46023 + 334);
    expect(cellAt(layout, headerRow, GANTT_FIRST_COLUMN + 12)).toBeUndefined();
  });

  it("colours the Gantt grid from the start and end columns of each task row", () => {
    const layout = layouts.zh;
    const headerRow = sectionRow(layout, "timeline") + 1;
    const gantt = layout.conditionalFormats.filter((f) => f.kind === "gantt");
    expect(gantt).toEqual([
      {
        kind: "gantt",
        range: {
          top: headerRow + 1,
          left: GANTT_FIRST_COLUMN,
          bottom: headerRow + plan.timeline.tasks.length,
          right: GANTT_FIRST_COLUMN + 11,
        },
        headerRow,
        startColumn: 3,
        endColumn: 4,
      },
    ]);
    const task = plan.timeline.tasks[0];
    expect(cellAt(layout, headerRow + 1, 1)?.value).toBe(task.name.zh);
    expect(cellAt(layout, headerRow + 1, 3)?.value).toBe(excelSerialFromDay(task.start));
    expect(cellAt(layout, headerRow + 1, 4)?.value).toBe(excelSerialFromDay(task.end));
  });

  it("marks risk likelihood and impact for level colours", () => {
    const layout = layouts.en;
    const first = sectionRow(layout, "risks") + 2;
    expect(layout.conditionalFormats).toContainEqual({
      kind: "riskLevel",
      range: { top: first, left: 6, bottom: first + plan.risks.length - 1, right: 7 },
    });
    expect(cellAt(layout, first, 6)?.value).toBe(plan.risks[0].likelihood);
  });

  it.each(LANGS)("leaves empty input rows in every SWOT quadrant (%s)", (lang) => {
    const layout = layouts[lang];
    const swotRow = sectionRow(layout, "swot");
    const inputs = layout.cells.filter((c) => c.row > swotRow && c.style === "input" && c.value === null);
    const facts = [plan.swot.strengths, plan.swot.weaknesses, plan.swot.opportunities, plan.swot.threats];
    // Each pair of quadrants gets max(len) + 3 rows: the empty ones are the rows beyond each list.
    const pairs = [
      [facts[0].length, facts[1].length],
      [facts[2].length, facts[3].length],
    ];
    const expected = pairs.reduce((sum, [a, b]) => sum + 2 * (Math.max(a, b) + 3) - a - b, 0);
    expect(inputs).toHaveLength(expected);
    expect(layout.cells.some((c) => c.value === plan.swot.strengths[0]?.[lang])).toBe(true);
  });

  it("gives every column a width", () => {
    const layout = layouts.en;
    const last = Math.max(...layout.cells.map((c) => c.column));
    expect(layout.columnWidths).toHaveLength(last + 1);
    expect(layout.columnWidths.every((w) => w > 0)).toBe(true);
  });

  it("has as many Gantt months as the plan has months, for any length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.constantFrom<Lang>("en", "zh"), (quarters, lang) => {
        const p = buildPlan(score, { ...FIXTURE_PLAN_INPUTS, start: dayFromYmd(2026, 3, 1), quarters });
        const layout = layoutPlan(p, lang);
        const gantt = layout.conditionalFormats.find((f) => f.kind === "gantt")!;
        expect(gantt.range.right - gantt.range.left + 1).toBe(3 * quarters);
        const keys = layout.cells.map((c) => `${c.row}:${c.column}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { seed: 42, numRuns: 8 },
    );
  });
});

describe("SheetBuilder", () => {
  it("counts the cells it is given, as its example says", () => {
    const b = new SheetBuilder();
    b.put(0, 0, "x", "text");
    expect(b.cells.length).toBe(1);
  });

  it("refuses a second cell at the same position", () => {
    const b = new SheetBuilder();
    b.put(2, 3, "x", "text");
    let error: unknown;
    try {
      b.put(2, 3, "y", "text");
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe("BAD_ARGUMENT");
  });
});
