import ExcelJS from "exceljs";
import { existsSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { buildProgram, main } from "../../src/headless/cli";

const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "cdp-sample.xlsx");
const CDNOW = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "shared",
  "data",
  "cdnow_customers_summary_with_transactions.csv",
);

async function run(args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await buildProgram((line) => lines.push(line)).parseAsync(["node", "cdp", ...args]);
  return lines;
}

async function sheetValues(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe("cdp score", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-cli-"));

  it("adds the score columns and keeps every input cell unchanged", async () => {
    const out = path.join(dir, "scored.xlsx");
    const lines = await run(["score", SAMPLE, "--sheet", "客户汇总", "--out", out, "--lang", "en"]);
    expect(lines[0]).toMatch(
      /^客户汇总: read 320 rows \(one row per customer\), as of 2025-12-31; scored 318 customers; 2 errors/,
    );
    const before = await sheetValues(SAMPLE, "客户汇总");
    const after = await sheetValues(out, "客户汇总");
    const width = before[0].length;
    expect(after.map((row) => row.slice(0, width))).toEqual(
      before.map((row) => [...row, ...Array(width - row.length).fill(undefined)].slice(0, width)),
    );
    expect(after[0].slice(width)).toEqual([
      "R",
      "F",
      "M",
      "RFM",
      "Segment",
      "CLV",
      "P_alive",
      "Expected_purchases",
      "Value_tier",
      "Priority_score",
      "Priority",
      "Churn_warning",
      "Key_account",
      "Credit_risk",
      "CDP_note",
    ]);
  }, 30000);

  it("rejects an out-of-range option with a message", async () => {
    await expect(run(["score", SAMPLE, "--bins", "11"])).rejects.toThrow(/--bins must be a whole number from 2 to 10/);
  });

  it("returns a non-zero exit code and a message for a file that does not exist", async () => {
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await main(["node", "cdp", "score", path.join(dir, "missing.xlsx")])).toBe(1);
    expect(String(stderr.mock.calls[0][0])).toMatch(/missing\.xlsx/);
    stderr.mockRestore();
  });
});

(existsSync(CDNOW) ? describe : describe.skip)("cdp fit (CDNOW data from ../shared/data)", () => {
  it("prints the published BG/NBD and Gamma-Gamma parameters as JSON", async () => {
    const [json] = await run(["fit", CDNOW, "--data-unit", "weeks", "--json"]);
    const report = JSON.parse(json);
    expect(report.customers).toBe(2357);
    expect(report.bgnbd.r).toBeCloseTo(0.243, 3);
    expect(report.bgnbd.alpha).toBeCloseTo(4.414, 2);
    expect(report.bgnbd.a).toBeCloseTo(0.793, 3);
    expect(report.bgnbd.b).toBeCloseTo(2.426, 2);
    expect(report.bgnbd.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(report.gammaGamma.p).toBeCloseTo(6.25, 1);
    expect(report.gammaGamma.q).toBeCloseTo(3.74, 1);
    expect(report.gammaGamma.v).toBeCloseTo(15.44, 0);
  }, 30000);
});

describe("cdp plan", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-plan-"));

  it("scores the table and adds the plan sheet, starting the month after the as-of date", async () => {
    const out = path.join(dir, "plan.xlsx");
    const lines = await run(["plan", SAMPLE, "--sheet", "客户汇总", "--out", out, "--lang", "zh", "--quarters", "2"]);
    expect(lines).toContain("已生成计划工作表“客户发展计划”");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("客户发展计划")!;
    expect(sheet.getCell("A1").value).toBe("2026 客户发展计划");
    // The sample's data end on 2025-12-31, so the plan starts on 2026-01-01 (Excel serial 46023).
    const start = wb.getWorksheet("客户发展计划")!.getCell("C3").value as Date;
    expect(start.toISOString().slice(0, 10)).toBe("2026-01-01");
    expect(wb.getWorksheet("客户汇总")!.getRow(1).values).toContain("RFM代码");
  }, 30000);

  it("takes the start, name, ambition and language from the options", async () => {
    const out = path.join(dir, "plan-en.xlsx");
    const lines = await run([
      "plan",
      SAMPLE,
      "--sheet",
      "客户汇总",
      "--out",
      out,
      "--start",
      "2026-03-01",
      "--name",
      "FY26",
      "--ambition",
      "ambitious",
    ]);
    expect(lines).toContain('Wrote the plan sheet "Customer plan"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("Customer plan")!;
    expect(sheet.getCell("A1").value).toBe("Customer development plan: FY26");
    expect((sheet.getCell("C3").value as Date).toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(sheet.getCell("C6").value).toBe("Ambitious");
  }, 30000);

  it("rejects a start that is not a date and an output that is not .xlsx", async () => {
    await expect(run(["plan", SAMPLE, "--out", path.join(dir, "x.xlsx"), "--start", "March"])).rejects.toThrow(
      /--start must be a date as YYYY-MM-DD/,
    );
    await expect(run(["plan", SAMPLE, "--out", path.join(dir, "x.csv")])).rejects.toThrow(
      /--out must be an \.xlsx file/,
    );
  });
});

describe("cdp demo", () => {
  it("scores both sheets of the shipped sample and writes the workbook", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-demo-"));
    const lines = await run(["demo", "--out-dir", dir]);
    expect(lines.some((l) => l.startsWith("客户汇总：读取 320 行"))).toBe(true);
    expect(lines.some((l) => l.startsWith("Transactions: read 1816 rows (transaction log)"))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "cdp-sample-scored.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["客户汇总", "Transactions", "CDP Customers", "客户发展计划"]),
    );
    expect(wb.getWorksheet("客户发展计划")!.getCell("A1").value).toBe("2026 客户发展计划");
  }, 30000);
});
