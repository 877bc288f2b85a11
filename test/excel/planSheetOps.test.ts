import type { PlanSheetLayout } from "../../src/core/plan/layout";
import { planSheetOps } from "../../src/excel/planSheetOps";
import { RequestBatcher } from "../../src/excel/requestBatcher";
import { FakeExcel } from "./fakeExcel";

const TITLE_ONLY: PlanSheetLayout = {
  sections: [],
  cells: [{ row: 0, column: 0, value: "Plan", style: "title" }],
  merges: [],
  columnWidths: [8],
  validations: [],
  conditionalFormats: [],
  charts: [],
  frozenRows: 1,
};

async function draw(layout: PlanSheetLayout, limit?: number): Promise<FakeExcel> {
  const excel = new FakeExcel(limit);
  excel.addSheet("Plan");
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan");
    await context.sync();
    const batcher = new RequestBatcher(context, { budget: 4_000_000 });
    for (const op of planSheetOps(sheet, layout)) await batcher.add(op);
    await batcher.flush();
  });
  return excel;
}

describe("planSheetOps", () => {
  it("has four ops for a title-only layout, as its example says", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Plan");
    await excel.run(async (context) => {
      expect(planSheetOps(context.workbook.worksheets.getItem("Plan"), TITLE_ONLY)).toHaveLength(4);
    });
  });

  it("writes plan texts starting with = + - @ as text, dates with the date format, and live formulas as formulas", async () => {
    const excel = await draw({
      ...TITLE_ONLY,
      cells: [
        { row: 0, column: 0, value: "=客户名称", style: "title" },
        { row: 1, column: 0, value: "-5% churn", style: "text" },
        { row: 1, column: 1, value: 46100, style: "input", inputFormat: "date" },
        { row: 1, column: 2, value: 0.25, style: "percent", formula: "AVERAGE('客户汇总'!$K$2:$K$321)" },
        { row: 1, column: 3, value: null, style: "input" },
      ],
    });
    const sheet = excel.sheet("Plan");
    expect(sheet.cell(0, 0)).toMatchObject({ value: "=客户名称", numberFormat: "@", bold: true });
    expect(sheet.cell(0, 0)?.formula).toBeUndefined();
    expect(sheet.cell(1, 0)).toMatchObject({ value: "-5% churn", numberFormat: "@" });
    expect(sheet.cell(1, 1)).toMatchObject({ value: 46100, numberFormat: "yyyy-mm-dd", fill: "#FFF2CC" });
    expect(sheet.cell(1, 2)).toMatchObject({ formula: "=AVERAGE('客户汇总'!$K$2:$K$321)", numberFormat: "0.0%" });
    expect(sheet.cell(1, 3)).toMatchObject({ value: "", numberFormat: "General", fill: "#FFF2CC" });
    expect(sheet.cell(1, 3)?.borders?.EdgeTop).toEqual({ style: "Continuous", weight: "Thin", color: "#D9D9D9" });
  });

  it("draws the same sheet when the host refuses large requests and the work is split", async () => {
    const layout: PlanSheetLayout = {
      ...TITLE_ONLY,
      cells: Array.from({ length: 400 }, (_, i) => ({
        row: 1 + Math.floor(i / 4),
        column: i % 4,
        value: `任务 ${i}`,
        style: i % 3 === 0 ? "input" : "text",
      })),
      validations: [{ range: { top: 1, left: 0, bottom: 100, right: 0 }, values: ["未开始", "进行中", "已完成"] }],
      conditionalFormats: [{ kind: "raci", range: { top: 1, left: 1, bottom: 100, right: 3 } }],
    };
    const roomy = await draw(layout);
    const tight = await draw(layout, 6_000);
    expect(tight.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(tight.snapshot("Plan")).toBe(roomy.snapshot("Plan"));
  });
});
