/**
 * An independent check of the written workbook: LibreOffice opens it, recalculates, and converts
 * the plan sheet and the scored customer sheet to CSV; nothing may come out as a formula error.
 * .ci/run installs LibreOffice (Debian's libreoffice-calc-nogui); elsewhere the test says it is skipped.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet, PLAN_SHEET } from "../../src/app/buildPlanSheet";
import { loadWorkbook, saveWorkbook } from "../../src/headless/workbookFile";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "cdp-sample.xlsx");
const ERROR_TEXT = /#(VALUE|REF|NAME|DIV\/0|NUM|N\/A|NULL)[!?]?|Err:\d+/;

function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** The CSV text LibreOffice writes for the one sheet `sheet` of the workbook bytes. */
async function libreOfficeCsv(bytes: Uint8Array, sheet: string, dir: string): Promise<string> {
  const port = await loadWorkbook(bytes, "in.xlsx");
  for (const ws of [...port.workbook.worksheets]) if (ws.name !== sheet) port.workbook.removeWorksheet(ws.id);
  const file = path.join(dir, `${sheet}.xlsx`);
  writeFileSync(file, await saveWorkbook(port, file, sheet));
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout: 120_000 },
  );
  return readFileSync(path.join(dir, `${sheet}.csv`), "utf8");
}

(hasLibreOffice() ? describe : describe.skip)("LibreOffice round trip (skipped where soffice is not installed)", () => {
  it("opens the scored sample and its plan sheet with no formula errors", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-lo-"));
    const port = await loadWorkbook(readFileSync(SAMPLE), SAMPLE);
    const analysis = await analyzeTable(port, { table: "客户汇总", lang: "zh" });
    const planSheet = await buildPlanSheet(port, { analysis, lang: "zh" });
    expect(planSheet).toBe(PLAN_SHEET.zh);
    const bytes = await saveWorkbook(port, "out.xlsx", planSheet);

    const plan = await libreOfficeCsv(bytes, planSheet, dir);
    expect(plan).toContain("客户发展计划");
    expect(plan).toMatch(/^G1,/m);
    expect(plan).not.toMatch(ERROR_TEXT);

    const scored = await libreOfficeCsv(bytes, "客户汇总", dir);
    const header = scored.split("\n")[0];
    expect(header).toContain("客户细分");
    expect(header).toContain("优先级");
    expect(scored.split("\n").filter((line) => line.trim() !== "")).toHaveLength(321);
    // The only error text is on sheet row 40: the sample's own dirty #N/A cell, carried through
    // unchanged, and the note that names it.
    const rowsWithErrors = scored
      .split("\n")
      .map((line, i) => ({ line, row: i + 1 }))
      .filter(({ line }) => ERROR_TEXT.test(line));
    expect(rowsWithErrors.map((r) => r.row)).toEqual([40]);
    expect(rowsWithErrors[0].line).toContain("H40: ");
  }, 240_000);
});
