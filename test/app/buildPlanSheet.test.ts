import ExcelJS from "exceljs";
import { analyzeTable } from "../../src/app/analyzeTable";
import type { AnalyzeResult } from "../../src/app/analyzeTable";
import { buildPlanSheet, PLAN_SHEET } from "../../src/app/buildPlanSheet";
import type { PlanSheetPort } from "../../src/app/buildPlanSheet";
import { dayFromIso, dayFromYmd, isoFromDay } from "../../src/core/days";
import { isDomainError } from "../../src/core/errors";
import { buildPlan } from "../../src/core/plan";
import { layoutPlan } from "../../src/core/plan/layout";
import type { PlanSheetLayout } from "../../src/core/plan/layout";
import { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";
import { FIXTURE_AS_OF, fixtureScore } from "../core/plan/fixture";

/** A port that records what it is asked to write and answers with the requested name. */
function recordingPort(): PlanSheetPort & { written: { name: string; layout: PlanSheetLayout }[] } {
  const written: { name: string; layout: PlanSheetLayout }[] = [];
  return {
    written,
    async writePlanSheet(name, layout) {
      written.push({ name, layout });
      return name;
    },
  };
}

const analysis: AnalyzeResult = Object.freeze({
  shape: "summary",
  asOf: isoFromDay(FIXTURE_AS_OF),
  rowsRead: 40,
  issues: Object.freeze([]),
  result: fixtureScore(),
  segments: Object.freeze([]),
  written: Object.freeze([]),
});

describe("buildPlanSheet", () => {
  it("writes the plan under the default Chinese sheet name, as its example says", async () => {
    const port = recordingPort();
    expect(await buildPlanSheet(port, { analysis, lang: "zh" })).toBe("客户发展计划");
    expect(port.written.map((w) => w.name)).toEqual([PLAN_SHEET.zh]);
  });

  it.each(["en", "zh"] as const)(
    "lays out the plan of the analysis, starting the first of the next month, in %s",
    async (lang) => {
      const port = recordingPort();
      await buildPlanSheet(port, { analysis, lang });
      const expected = buildPlan(analysis.result, {
        name: lang === "zh" ? "2026 客户发展计划" : "Customer development plan 2026",
        asOf: FIXTURE_AS_OF,
        start: dayFromYmd(2026, 1, 1),
        issues: [],
      });
      expect(port.written[0].layout).toEqual(layoutPlan(expected, lang));
    },
  );

  it("passes name, start, quarters, ambition, roles and sheet name through", async () => {
    const port = recordingPort();
    const start = dayFromYmd(2026, 4, 1);
    const roles = [
      { en: "Key accounts", zh: "大客户部" },
      { en: "Customer care", zh: "客服部" },
      { en: "Board", zh: "董事会" },
    ];
    const name = await buildPlanSheet(port, {
      analysis,
      lang: "en",
      name: "FY26 plan",
      start,
      quarters: 2,
      ambition: "ambitious",
      roles,
      sheetName: "My plan",
    });
    expect(name).toBe("My plan");
    const expected = buildPlan(analysis.result, {
      name: "FY26 plan",
      asOf: FIXTURE_AS_OF,
      start,
      quarters: 2,
      ambition: "ambitious",
      roles,
      issues: [],
    });
    expect(port.written[0].layout.cells.some((c) => c.value === "Customer care")).toBe(true);
    expect(port.written[0].layout).toEqual(layoutPlan(expected, "en"));
  });

  it("refuses an analysis without an as-of date", async () => {
    let error: unknown;
    try {
      await buildPlanSheet(recordingPort(), { analysis: { ...analysis, asOf: undefined }, lang: "en" });
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe("NOT_ENOUGH_DATA");
  });

  it("feeds the analysis' issues to the plan's data-quality risk", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Customers");
    ws.addRow(["Customer ID", "Last purchase date", "Purchases", "Total amount"]);
    for (let i = 0; i < 30; i++) {
      ws.addRow([
        `C${i + 1}`,
        new Date(Date.UTC(2025, 0, 1 + ((i * 37) % 360))),
        1 + (i % 7),
        i < 5 ? "n/a" : 1000 + i * 250,
      ]);
    }
    const port = new XlsxWorkbook(wb);
    const result = await analyzeTable(port, { table: "Customers", lang: "en" });
    expect(result.issues.length).toBeGreaterThanOrEqual(5);
    const asOf = dayFromIso(result.asOf ?? "");
    if (asOf === undefined) throw new Error("the analysis has no as-of date");
    const recorder = recordingPort();
    await buildPlanSheet(recorder, { analysis: result, lang: "en" });
    const withIssues = buildPlan(result.result, {
      name: "Customer development plan 2026",
      asOf,
      start: dayFromYmd(2026, 1, 1),
      issues: result.issues,
    });
    expect(result.liveTable).toBeDefined();
    expect(recorder.written[0].layout).toEqual(layoutPlan(withIssues, "en", { live: result.liveTable }));
    const withoutIssues = buildPlan(result.result, {
      name: "Customer development plan 2026",
      asOf,
      start: dayFromYmd(2026, 1, 1),
    });
    const quality = (p: typeof withIssues) => p.risks.find((r) => r.category === "dataQuality")?.current.value ?? 0;
    expect(quality(withIssues)).toBeGreaterThan(quality(withoutIssues));
    expect(await buildPlanSheet(port, { analysis: result, lang: "en" })).toBe("Customer plan");
    expect(wb.getWorksheet("Customer plan")).toBeDefined();
  });
});
