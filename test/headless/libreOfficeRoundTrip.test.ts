/**
 * An independent check of the written workbook: LibreOffice opens it, recalculates every formula,
 * and converts each sheet to CSV; nothing may come out as a formula error, and the plan's live KPI
 * formulas must give the plan's own baselines.
 * .ci/run installs LibreOffice (Debian's libreoffice-calc-nogui); elsewhere the test says it is skipped.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet, PLAN_SHEET } from "../../src/app/buildPlanSheet";
import JSZip from "jszip";
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

/**
 * LibreOffice's profile for the conversions: recalculate every formula when a file is loaded (its
 * default keeps the cached results), so the live KPI formulas are really evaluated.
 */
function recalculatingProfile(dir: string): string {
  mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
  writeFileSync(
    path.join(dir, "profile", "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}/profile`;
}

/** The CSV text of every sheet, as LibreOffice writes it after opening and recalculating the workbook. */
function libreOfficeCsvs(bytes: Uint8Array, dir: string): Map<string, string> {
  const file = path.join(dir, "book.xlsx");
  writeFileSync(file, bytes);
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=${recalculatingProfile(dir)}`,
      "--convert-to",
      // UTF-8, comma, double quote, then "-1": one CSV file per sheet, named book-<sheet>.csv.
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const sheets = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const match = /^book-(.+)\.csv$/.exec(name);
    if (match) sheets.set(match[1], readFileSync(path.join(dir, name), "utf8"));
  }
  return sheets;
}

/** The KPI rows of a plan sheet's CSV: id → [baseline, current]. */
function kpiRows(csv: string): Map<string, [number, number]> {
  const rows = new Map<string, [number, number]>();
  for (const line of csv.split("\n")) {
    const match = /^(K\d+),/.exec(line);
    if (!match) continue;
    const cells = parseCsvLine(line);
    rows.set(match[1], [numberOf(cells[4]), numberOf(cells[6])]);
  }
  return rows;
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (cells.push(cell), (cell = ""));
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function numberOf(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

(hasLibreOffice() ? describe : describe.skip)("LibreOffice round trip (skipped where soffice is not installed)", () => {
  it("opens the scored sample and its plan sheet with no formula errors, the live KPIs giving the baselines", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-lo-"));
    const port = await loadWorkbook(readFileSync(SAMPLE), SAMPLE);
    const analysis = await analyzeTable(port, { table: "客户汇总", lang: "zh" });
    const planSheet = await buildPlanSheet(port, { analysis, lang: "zh" });
    expect(planSheet).toBe(PLAN_SHEET.zh);
    const sheets = libreOfficeCsvs(await saveWorkbook(port, "out.xlsx", planSheet), dir);

    const plan = sheets.get(planSheet) ?? "";
    expect(plan).toContain("客户发展计划");
    expect(plan).toMatch(/^G1,/m);
    expect(plan).not.toMatch(ERROR_TEXT);

    // The scored table holds CLVs rounded to cents, so averages and sums agree to about 1e-9.
    const kpis = kpiRows(plan);
    expect(kpis.size).toBe(7);
    for (const id of ["K1", "K2", "K3", "K4", "K5", "K6"]) {
      const [baseline, current] = kpis.get(id) ?? [NaN, NaN];
      expect([id, Math.abs(current - baseline) <= 1e-6 * Math.max(1, Math.abs(baseline))]).toEqual([id, true]);
    }
    // Revenue per customer: Excel sums only the amounts typed as numbers, so the one amount the
    // sample holds as text (I12, "¥27,227") is left out of the live value, and only it.
    const [baseline, current] = kpis.get("K7") ?? [NaN, NaN];
    expect(current).toBeCloseTo(baseline - 27_227 / analysis.result.customers.length, 6);

    const scored = sheets.get("客户汇总") ?? "";
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

  it("recalculates an English plan over a transaction log with no formula errors", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-lo-"));
    const port = await loadWorkbook(readFileSync(SAMPLE), SAMPLE);
    const analysis = await analyzeTable(port, { table: "Transactions", lang: "en" });
    const planSheet = await buildPlanSheet(port, { analysis, lang: "en" });
    const sheets = libreOfficeCsvs(await saveWorkbook(port, "out.xlsx", planSheet), dir);
    const plan = sheets.get(planSheet) ?? "";
    expect(plan).toContain("Customer development plan");
    expect(plan).not.toMatch(ERROR_TEXT);
    const kpis = kpiRows(plan);
    expect(kpis.size).toBeGreaterThanOrEqual(5);
    for (const [id, [baseline, current]] of kpis) {
      expect([id, Math.abs(current - baseline) <= 1e-6 * Math.max(1, Math.abs(baseline))]).toEqual([id, true]);
    }
  }, 240_000);

  it("edits a workbook LibreOffice saved, in place, and LibreOffice reads the result with the KPIs right", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-lo-"));
    const saved = libreOfficeXlsx(readFileSync(SAMPLE), path.join(dir, "saved"));
    const port = await loadWorkbook(saved, "saved.xlsx");
    const analysis = await analyzeTable(port, { table: "客户汇总", lang: "zh" });
    const planSheet = await buildPlanSheet(port, { analysis, lang: "zh" });
    const edited = await saveWorkbook(port, "out.xlsx", planSheet);
    // Edited, not written anew: LibreOffice's own document properties are still there as it wrote them.
    const appXml = async (bytes: Uint8Array) =>
      (await JSZip.loadAsync(bytes)).file("docProps/app.xml")!.async("string");
    expect(await appXml(edited)).toBe(await appXml(saved));
    expect(await appXml(saved)).toContain("LibreOffice");

    mkdirSync(path.join(dir, "edited"));
    const sheets = libreOfficeCsvs(edited, path.join(dir, "edited"));
    const plan = sheets.get(planSheet) ?? "";
    expect(plan).toContain("客户发展计划");
    expect(plan).not.toMatch(ERROR_TEXT);
    const kpis = kpiRows(plan);
    for (const id of ["K1", "K2", "K3", "K4", "K5", "K6"]) {
      const [baseline, current] = kpis.get(id) ?? [NaN, NaN];
      expect([id, Math.abs(current - baseline) <= 1e-6 * Math.max(1, Math.abs(baseline))]).toEqual([id, true]);
    }
    const header = (sheets.get("客户汇总") ?? "").split("\n")[0];
    expect(header).toContain("客户细分");
  }, 240_000);
});

/** The workbook as LibreOffice saves it: opened and saved again as .xlsx. */
function libreOfficeXlsx(bytes: Uint8Array, dir: string): Uint8Array {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "input.xlsx");
  writeFileSync(file, bytes);
  const out = path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=${recalculatingProfile(dir)}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  return readFileSync(path.join(out, "input.xlsx"));
}
