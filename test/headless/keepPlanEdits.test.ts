import { readFileSync } from "fs";
import path from "path";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { dayFromYmd } from "../../src/core/days";
import type { InputCellRecord } from "../../src/core/plan/layout";
import { dateOfSerial } from "../../src/headless/excelDates";
import { loadWorkbook, saveWorkbook } from "../../src/headless/workbookFile";
import type { XlsxWorkbook } from "../../src/headless/xlsxWorkbook";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "cdp-sample.xlsx");

async function plan(port: XlsxWorkbook, start = dayFromYmd(2026, 1, 1)): Promise<string> {
  const analysis = await analyzeTable(port, { table: "客户汇总", lang: "zh" });
  return buildPlanSheet(port, { analysis, lang: "zh", start });
}

async function records(port: XlsxWorkbook, sheet: string): Promise<InputCellRecord[]> {
  return ((await port.readSettings()).planInputs as Record<string, InputCellRecord[]>)[sheet];
}

describe("rebuilding the plan sheet", () => {
  it("keeps owners, statuses and RACI letters people typed, through saving and reopening the file", async () => {
    const port = await loadWorkbook(readFileSync(SAMPLE), SAMPLE);
    const sheetName = await plan(port);
    const inputs = await records(port, sheetName);
    const owner = inputs.find((r) => r.key.startsWith("goals|G1|") && typeof r.generated === "string")!;
    const raci = inputs.find((r) => r.key.startsWith("raci|"))!;
    const sheet = port.workbook.getWorksheet(sheetName)!;
    sheet.getCell(owner.row + 1, owner.column + 1).value = "张伟";
    sheet.getCell(raci.row + 1, raci.column + 1).value = raci.generated === "C" ? "I" : "C";
    const typed = sheet.getCell(raci.row + 1, raci.column + 1).value;

    const reopened = await loadWorkbook(await saveWorkbook(port, "plan.xlsx", sheetName), "plan.xlsx");
    const again = await plan(reopened);
    expect(again).toBe(sheetName);
    const rebuilt = reopened.workbook.getWorksheet(sheetName)!;
    const after = await records(reopened, sheetName);
    const at = (key: string) => {
      const r = after.find((x) => x.key === key)!;
      return rebuilt.getCell(r.row + 1, r.column + 1).value;
    };
    expect(at(owner.key)).toBe("张伟");
    expect(at(raci.key)).toBe(typed);
    expect(reopened.workbook.worksheets.filter((w) => w.name.startsWith(sheetName))).toHaveLength(1);
  }, 30000);

  it("moves the dates nobody changed when the plan starts later, and keeps a date someone typed", async () => {
    const port = await loadWorkbook(readFileSync(SAMPLE), SAMPLE);
    const sheetName = await plan(port);
    const dates = (await records(port, sheetName)).filter(
      (r) => r.key.startsWith("timeline|") && typeof r.generated === "number",
    );
    const [edited, untouched] = dates;
    // A date typed into Excel is read back as a date.
    port.workbook.getWorksheet(sheetName)!.getCell(edited.row + 1, edited.column + 1).value = dateOfSerial(46100);

    await plan(port, dayFromYmd(2026, 4, 1));
    const rebuilt = port.workbook.getWorksheet(sheetName)!;
    const after = await records(port, sheetName);
    const find = (key: string) => after.find((r) => r.key === key)!;
    expect(rebuilt.getCell(find(edited.key).row + 1, find(edited.key).column + 1).value).toEqual(dateOfSerial(46100));
    const moved = find(untouched.key);
    expect(moved.generated).toBeGreaterThan(untouched.generated as number);
    expect(rebuilt.getCell(moved.row + 1, moved.column + 1).value).toEqual(dateOfSerial(moved.generated as number));
  }, 30000);
});
