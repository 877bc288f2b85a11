import { analyzeTable } from "../../src/app/analyzeTable";
import type { AnalyzeResult } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { dayFromIso, dayFromYmd } from "../../src/core/days";
import { buildPlan } from "../../src/core/plan";
import { layoutPlan } from "../../src/core/plan/layout";
import type { InputCellRecord, PlanSheetLayout } from "../../src/core/plan/layout";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { planRules } from "../../src/core/plan/layout";
import { sampleExcel } from "./sampleExcel";

const START = dayFromYmd(2026, 1, 1);
const SUMMARY = "客户汇总";

async function plan(
  port: ExcelWorkbook,
  lang: "zh" | "en" = "zh",
): Promise<{ analysis: AnalyzeResult; sheet: string }> {
  const analysis = await analyzeTable(port, { table: SUMMARY, lang });
  return { analysis, sheet: await buildPlanSheet(port, { analysis, lang, start: START }) };
}

async function records(port: ExcelWorkbook, sheet: string): Promise<InputCellRecord[]> {
  return ((await port.readSettings()).planInputs as Record<string, InputCellRecord[]>)[sheet];
}

describe("ExcelWorkbook's plan sheet", () => {
  it("writes the plan sheet with values, styles, validations, conditional formats, live formulas and a chart", async () => {
    const excel = await sampleExcel();
    const port = new ExcelWorkbook(excel.run);
    const analysis = await analyzeTable(port, { table: SUMMARY, lang: "zh" });
    const column = (requested: string) => analysis.written.find((w) => w.requested === requested)!.column;
    const built = buildPlan(analysis.result, {
      name: "2026 客户发展计划",
      asOf: dayFromIso(analysis.asOf!)!,
      start: START,
      issues: analysis.issues,
    });
    const layout: PlanSheetLayout = layoutPlan(built, "zh", {
      live: {
        sheet: SUMMARY,
        firstRow: 1,
        lastRow: 320,
        columns: {
          clv: column("客户终身价值"),
          segment: column("客户细分"),
          churn: column("流失预警"),
          total: 9,
          purchases: 8,
          nps: 12,
        },
        lang: "zh",
      },
    });
    const formulas = layout.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    expect(layout.conditionalFormats.some((f) => f.kind === "kpiStatus")).toBe(true);

    const name = await port.writePlanSheet("Plan", layout);
    const sheet = excel.sheet(name);
    for (const c of formulas) expect(sheet.cell(c.row, c.column)?.formula).toBe(`=${c.formula}`);
    const title = layout.cells[0];
    expect(sheet.cell(title.row, title.column)).toMatchObject({
      value: title.value,
      bold: true,
      size: 16,
      color: "#1F3864",
    });
    expect(sheet.validations.map((v) => [v.rect, (v.rule as { list: { source: string } }).list.source])).toEqual(
      layout.validations.map((v) => [v.range, v.values.join(",")]),
    );
    const rules = layout.conditionalFormats.flatMap((f) =>
      planRules(f).map((r) => [f.range, "Custom", `=${r.formula}`, r.fill]),
    );
    expect(sheet.conditionalFormats.map((f) => [f.rect, f.type, f.formula, f.fill])).toEqual(rules);
    expect(sheet.charts).toEqual(
      layout.charts.map((chart) => ({
        type: "ColumnClustered",
        seriesBy: "Columns",
        title: chart.title,
        series: chart.series.map((s) => ({ name: s.name, values: s.values, xValues: chart.categories })),
        valueAxisFormat: chart.valueFormat,
        position: {
          start: { top: chart.anchor.top, left: chart.anchor.left, bottom: chart.anchor.top, right: chart.anchor.left },
          end: {
            top: chart.anchor.bottom,
            left: chart.anchor.right,
            bottom: chart.anchor.bottom,
            right: chart.anchor.right,
          },
        },
      })),
    );
    expect(sheet.charts.length).toBeGreaterThan(0);
    expect(sheet.merges).toEqual(layout.merges);
    expect(sheet.frozenRows).toBe(layout.frozenRows);
    expect(excel.model.active).toBe(sheet);
  }, 30_000);

  it("rebuilds the plan keeping owners, statuses and RACI letters people typed; untouched dates follow the new start", async () => {
    const excel = await sampleExcel();
    const port = new ExcelWorkbook(excel.run);
    const { sheet: name } = await plan(port);
    const inputs = await records(port, name);
    const owner = inputs.find((r) => r.key.startsWith("goals|G1|") && typeof r.generated === "string")!;
    const status = inputs.find((r) => r.key.startsWith("timeline|") && typeof r.generated === "string" && r !== owner)!;
    const raci = inputs.find((r) => r.key.startsWith("raci|"))!;
    const dates = inputs.filter((r) => r.key.startsWith("timeline|") && typeof r.generated === "number");
    const sheet = excel.sheet(name);
    sheet.put(owner.row, owner.column, "张伟");
    sheet.put(status.row, status.column, "自定义");
    const typed = raci.generated === "C" ? "I" : "C";
    sheet.put(raci.row, raci.column, typed);
    sheet.put(dates[0].row, dates[0].column, 46100);

    const analysis = await analyzeTable(port, { table: SUMMARY, lang: "zh" });
    expect(await buildPlanSheet(port, { analysis, lang: "zh", start: dayFromYmd(2026, 4, 1) })).toBe(name);
    const rebuilt = excel.sheet(name);
    const after = await records(port, name);
    const at = (key: string) => {
      const r = after.find((x) => x.key === key)!;
      return rebuilt.cell(r.row, r.column)?.value;
    };
    expect([at(owner.key), at(status.key), at(raci.key), at(dates[0].key)]).toEqual(["张伟", "自定义", typed, 46100]);
    const moved = after.find((r) => r.key === dates[1].key)!;
    expect(moved.generated).toBeGreaterThan(dates[1].generated as number);
    expect(rebuilt.cell(moved.row, moved.column)?.value).toBe(moved.generated);
    expect(excel.model.sheets.filter((s) => s.name.startsWith(name))).toHaveLength(1);
  }, 30_000);

  it("leaves a person's sheet named like the plan alone and writes the plan under another name", async () => {
    const excel = await sampleExcel();
    excel.addSheet("客户发展计划").put(0, 0, "我的计划");
    const before = excel.snapshot("客户发展计划");
    const { sheet } = await plan(new ExcelWorkbook(excel.run));
    expect(sheet).toBe("客户发展计划 (CDP)");
    expect(excel.snapshot("客户发展计划")).toBe(before);
  }, 30_000);
});
