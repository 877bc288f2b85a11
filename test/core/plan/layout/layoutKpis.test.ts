import { buildPlan } from "../../../../src/core/plan";
import { SheetBuilder, kpiFormula } from "../../../../src/core/plan/layout";
import type { LiveTable } from "../../../../src/core/plan/layout";
import { KPI_CURRENT_COLUMN, layoutKpis } from "../../../../src/core/plan/layout/layoutKpis";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "../fixture";

const plan = buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS);
const live: LiveTable = { sheet: "Customers", firstRow: 1, lastRow: 40, columns: { clv: 9, churn: 15 }, lang: "en" };

function kpiSection(table?: LiveTable): SheetBuilder {
  const b = new SheetBuilder();
  layoutKpis(b, plan, "en", table);
  return b;
}

describe("layoutKpis", () => {
  it("writes each KPI's current value as its live formula, cached at the baseline, when the table has its columns", () => {
    const b = kpiSection(live);
    const current = b.cells.filter(
      (c) => c.column === KPI_CURRENT_COLUMN && c.row >= 2 && c.row < 2 + plan.kpis.length,
    );
    plan.kpis.forEach((k, i) => {
      const formula = kpiFormula(k.live, live);
      const cell = current[i];
      if (formula === undefined) expect([k.id, cell.formula, cell.value]).toEqual([k.id, undefined, null]);
      else expect([k.id, cell.formula, cell.value]).toEqual([k.id, formula, k.baseline]);
    });
    expect(current.some((c) => c.formula !== undefined)).toBe(true);
    expect(current.some((c) => c.formula === undefined)).toBe(true);
  });

  it("colours each live value by its KPI's thresholds", () => {
    const b = kpiSection(live);
    const formats = b.conditionalFormats.filter((f) => f.kind === "kpiStatus");
    const withFormula = b.cells.filter((c) => c.formula !== undefined);
    expect(formats.map((f) => f.range.top)).toEqual(withFormula.map((c) => c.row));
    const churn = plan.kpis.find((k) => k.key === "churnRate");
    const row = 2 + plan.kpis.findIndex((k) => k.key === "churnRate");
    expect(formats.find((f) => f.range.top === row)).toMatchObject({
      direction: "lower",
      green: churn?.threshold.green,
      red: churn?.threshold.red,
    });
  });

  it("writes no formula and says why current values are blank without a live table", () => {
    const b = kpiSection();
    expect(b.cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(b.conditionalFormats).toEqual([]);
    const note = b.cells[b.cells.length - 1];
    expect(note.value).toMatch(/blank current value means the table has no column/);
  });

  it("names the sheet the live values come from in the note under the table", () => {
    const b = kpiSection(live);
    expect(b.cells[b.cells.length - 1].value).toContain(`sheet "Customers"`);
  });
});
