import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildPlan } from "../../src/core/plan";
import type { Plan } from "../../src/core/plan";
import { SECTION_TITLES, layoutPlan, planRules, planTitle } from "../../src/core/plan/layout";
import type { PlanSheetLayout } from "../../src/core/plan/layout";
import { writePlanSheet } from "../../src/headless/writePlanSheet";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";
import { FIXTURE_PLAN_INPUTS, fixtureScore } from "../core/plan/fixture";

const plan: Plan = buildPlan(fixtureScore(), FIXTURE_PLAN_INPUTS);
const layout = layoutPlan(plan, "en");

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer as ArrayBuffer);
  return again;
}

/** 1-based exceljs row of a section's table header (the row under the section header), plus `below`. */
function sectionRow(l: PlanSheetLayout, key: string, below: number): number {
  return l.sections.find((s) => s.key === key)!.row + 2 + below;
}

describe("writePlanSheet", () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    writePlanSheet(wb.addWorksheet("Plan"), layout);
    sheet = (await roundTrip(wb)).getWorksheet("Plan")!;
  });

  it("writes the title as its example says", () => {
    expect(sheet.getCell("A1").value).toBe(planTitle(plan.info.name, "en"));
    expect(sheet.getCell("A1").font?.bold).toBe(true);
  });

  it("writes a goal's text, its deadline as a date and the goals header", () => {
    const header = sectionRow(layout, "goals", 0);
    expect(sheet.getCell(header - 1, 1).value).toBe(SECTION_TITLES.goals.en);
    expect(sheet.getCell(header + 1, 2).value).toBe(plan.goals[0].specific.en);
    expect(sheet.getCell(header + 1, 6).numFmt).toBe("yyyy-mm-dd");
    // exceljs reads a cell with a date format back as a Date (UTC midnight of the day).
    expect((sheet.getCell(header + 1, 6).value as Date).getTime()).toBe(plan.goals[0].deadline * 86_400_000);
  });

  it("writes the RACI letters with a list validation R,A,C,I on every grid cell", () => {
    const header = sectionRow(layout, "raci", 0);
    const rows = plan.raci.rows.length;
    const roles = plan.raci.roles.length;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < roles; j++) {
        const letter = plan.raci.rows[i].cells[j];
        expect(sheet.getCell(header + 1 + i, 3 + j).value ?? "").toBe(letter);
        expect(sheet.getCell(header + 1 + i, 3 + j).dataValidation).toMatchObject({
          type: "list",
          formulae: ['"R,A,C,I"'],
        });
      }
    }
    expect(sheet.getCell(header + 1, 3 + roles).dataValidation?.type).toBeUndefined();
    expect(sheet.getCell(header + 1, 2).dataValidation?.type).toBeUndefined();
  });

  it("adds the Gantt, RACI and risk-level conditional formats", () => {
    // exceljs keeps the rules in `conditionalFormattings`, which its type declarations leave out.
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    expect(formats).toHaveLength(3);
    const header = sectionRow(layout, "timeline", 0);
    const gantt = formats[0];
    expect(gantt.ref).toBe(`H${header + 1}:S${header + plan.timeline.tasks.length}`);
    const rule = gantt.rules[0] as { formulae: string[] };
    expect(rule.formulae[0]).toBe(
      `AND(ISNUMBER($D${header + 1}),ISNUMBER($E${header + 1}),H$${header}<=$E${header + 1},EOMONTH(H$${header},0)>=$D${header + 1})`,
    );
    expect(formats[1].rules).toHaveLength(4);
  });

  it("merges the title across the first eight columns and freezes the title row", () => {
    expect(sheet.getCell("H1").isMerged).toBe(true);
    expect(sheet.getCell("H1").master.address).toBe("A1");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(layout.columnWidths[1]);
  });
  it("writes a live KPI as a formula with its cached result, coloured by its thresholds", async () => {
    const live = { sheet: "Customers", firstRow: 1, lastRow: 40, columns: { clv: 9 }, lang: "en" as const };
    const withLive = layoutPlan(plan, "en", { live });
    const wb = new ExcelJS.Workbook();
    writePlanSheet(wb.addWorksheet("Plan"), withLive);
    const again = (await roundTrip(wb)).getWorksheet("Plan")!;
    const cell = withLive.cells.find((c) => c.formula !== undefined)!;
    const written = again.getCell(cell.row + 1, cell.column + 1).value as ExcelJS.CellFormulaValue;
    expect(written.formula).toBe(cell.formula);
    expect(written.result).toBe(cell.value);
    const status = withLive.conditionalFormats.find((f) => f.kind === "kpiStatus");
    if (status?.kind !== "kpiStatus") throw new Error("no KPI status format");
    const address = `G${status.range.top + 1}`;
    // exceljs keeps the rules in `conditionalFormattings`, which its type declarations leave out.
    const formats = (again as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    const rules = formats.find((f) => f.ref === `${address}:${address}`)?.rules ?? [];
    // The same rules as the Office.js writer uses (their meaning is tested with `planRules`).
    expect(rules.map((rule) => rule.formulae[0])).toEqual(planRules(status).map((rule) => rule.formula));
    expect(rules).toHaveLength(3);
  });

  it("prints the plan landscape, one page wide", () => {
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });
});

describe("XlsxWorkbook.writePlanSheet", () => {
  it("replaces its own plan sheet on a second write", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    expect(await port.writePlanSheet("Plan", layout)).toBe("Plan");
    expect(await port.writePlanSheet("Plan", layoutPlan(plan, "zh"))).toBe("Plan");
    const wb = await roundTrip(port.workbook);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Plan")).map((w) => w.name)).toEqual(["Plan"]);
    expect(wb.getWorksheet("Plan")!.getCell("A1").value).toBe(planTitle(plan.info.name, "zh"));
  });

  it("leaves a user's sheet of that name alone and writes the plan under another name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").getCell("A1").value = "my notes";
    const port = new XlsxWorkbook(wb);
    expect(await port.writePlanSheet("Plan", layout)).toBe("Plan (CDP)");
    expect(wb.getWorksheet("Plan")!.getCell("A1").value).toBe("my notes");
    expect(await port.listTables()).toEqual([expect.objectContaining({ id: "Plan" })]);
  });

  it("writes a plan name that looks like a formula as text", async () => {
    const risky = buildPlan(fixtureScore(), { ...FIXTURE_PLAN_INPUTS, name: '=HYPERLINK("http://example.com")' });
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await port.writePlanSheet("Plan", layoutPlan(risky, "en"));
    const reopened = (await roundTrip(port.workbook)).getWorksheet("Plan")!;
    expect(reopened.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(reopened.getCell("A1").value).toBe('Customer development plan: =HYPERLINK("http://example.com")');
  });

  it("saves the plan's segment chart as a native chart, once, however often the plan is rebuilt", async () => {
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await port.writePlanSheet("Plan", layout);
    await port.writePlanSheet("Plan", layout);
    const zip = await JSZip.loadAsync(await port.toXlsx());
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toEqual(["xl/charts/chart1.xml"]);
    const xml = await zip.file(charts[0])!.async("string");
    const segmentLabels = plan.summary.bySegment.map((r) => r.label.en);
    expect(xml).toContain(`<c:v>${segmentLabels[0]}</c:v>`);
    expect(xml).toContain(layout.charts[0].title);
  });

  it("saves no chart part for a workbook without a plan", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").addRow(["x"]);
    const zip = await JSZip.loadAsync(await new XlsxWorkbook(wb).toXlsx());
    expect(Object.keys(zip.files).some((name) => name.startsWith("xl/charts/"))).toBe(false);
  });
});
