/**
 * Formula injection (SPEC §5: values from customer data that begin with `=`, `+`, `-`, `@` are
 * written as text, never as formulas). The payloads of test/fixtures/formulaPayloads.ts are used
 * as customer IDs and names, in a customer summary and in a transaction log on a sheet with a
 * hostile name, and go through readCustomers → Analyze → Build plan → .xlsx and CSV files.
 *
 * Asserted: in the saved .xlsx (read back with the workbook library, and in the raw sheet XML) no
 * formula holds anything from a payload, and the only formulas are the plan's KPI formulas, which
 * quote the hostile sheet name; every payload comes back as the same text in a text cell (the
 * reader trims IDs and names, so CDP's own sheets hold the trimmed text); in every CSV written, no
 * field starts with a character that starts a formula unless it is a plain number, and each payload
 * reads back as `'` + the payload.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { loadWorkbook, saveWorkbook } from "../../src/headless/workbookFile";
import { FORMULA_PAYLOADS, FORMULA_STARTS } from "../fixtures/formulaPayloads";

/** A sheet name a person could give, built to break out of a quoted reference. */
const HOSTILE_SHEET = "x'!A1)+cmd|' calc'!A0+(x";
const SUMMARY = "Summary";

/** Texts that only a payload contains: a formula holding one of them came from customer data. */
const FINGERPRINTS = ["attacker.example", "cmd|", "1+1", "2+3", "SUM(1", "SUM(A1", "calc", "WEBSERVICE", "IMPORTXML"];

const day = (d: number): Date => new Date(Date.UTC(2025, 0, d));

/** Text as Excel stores it in a file: a carriage return as `_x000D_` (the workbook library writes it as it is). */
const stored = (text: string): string => text.replace(/\r/g, "_x000D_");

async function payloadWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(SUMMARY);
  summary.addRow(["Customer ID", "Customer name", "Last purchase date", "Purchases", "Total amount"]);
  FORMULA_PAYLOADS.forEach((p, i) =>
    summary.addRow([stored(`${p}#${i}`), stored(p), day(1 + i), 1 + (i % 5), 1000 * (i + 1)]),
  );
  const log = wb.addWorksheet(HOSTILE_SHEET);
  log.addRow(["Customer ID", "Customer name", "Order date", "Amount"]);
  FORMULA_PAYLOADS.forEach((p, i) => {
    log.addRow([stored(`${p}#${i}`), stored(p), day(2 + i), 100 + i]);
    log.addRow([stored(`${p}#${i}`), stored(p), day(20 + i), 50 + i]);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every formula in a saved workbook, from the sheet XML itself. */
async function rawFormulas(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const formulas: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)) formulas.push(m[1]!);
  }
  return formulas;
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("formula payloads in customer IDs and names", () => {
  let xlsx: Uint8Array;
  let reopened: ExcelJS.Workbook;
  let planSheet: string;
  let customersSheet: string;
  let port: Awaited<ReturnType<typeof loadWorkbook>>;

  beforeAll(async () => {
    port = await loadWorkbook(await payloadWorkbook(), "payloads.xlsx");
    const analysis = await analyzeTable(port, { table: SUMMARY, lang: "en" });
    const logAnalysis = await analyzeTable(port, { table: HOSTILE_SHEET, lang: "en" });
    customersSheet = logAnalysis.customerSheet!;
    planSheet = await buildPlanSheet(port, { analysis: logAnalysis, lang: "en" });
    await buildPlanSheet(port, { analysis, lang: "zh" });
    xlsx = await saveWorkbook(port, "out.xlsx", SUMMARY);
    reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(xlsx as unknown as ArrayBuffer);
  }, 60_000);

  it("reads every payload back from the file as typed", async () => {
    const matrix = (await port.readTable(SUMMARY)).matrix;
    expect(matrix.slice(1).map((row) => row[1])).toEqual([...FORMULA_PAYLOADS]);
  });

  it("writes no formula that holds anything from a payload (raw sheet XML)", async () => {
    const formulas = (await rawFormulas(xlsx)).map(unescapeXml);
    const quoted = `'${HOSTILE_SHEET.replace(/'/g, "''")}'`;
    const leaking = formulas.filter((f) => FINGERPRINTS.some((p) => f.replaceAll(quoted, "SHEET").includes(p)));
    expect(leaking).toEqual([]);
  });

  it("writes formulas only into the plan sheets, and every one of them is a KPI formula", () => {
    const places: string[] = [];
    for (const sheet of reopened.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) places.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
        }),
      );
    }
    expect(places.length).toBeGreaterThan(0);
    const outsidePlans = places.filter((p) => !p.startsWith(`${planSheet}!`) && !p.startsWith("客户发展计划!"));
    expect(outsidePlans).toEqual([]);
    expect(places.filter((p) => !/(SUMIFS|COUNTIFS|AVERAGE|SUM|COUNTA|IFERROR)\(/.test(p))).toEqual([]);
  });

  it("gives every payload back as the same text in a text cell, in the user's sheets", () => {
    const summary = reopened.getWorksheet(SUMMARY)!;
    const log = reopened.getWorksheet(HOSTILE_SHEET)!;
    FORMULA_PAYLOADS.forEach((p, i) => {
      for (const cell of [summary.getCell(i + 2, 2), log.getCell(2 * i + 2, 2), log.getCell(2 * i + 3, 2)]) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(p);
      }
      expect(summary.getCell(i + 2, 1).value).toBe(`${p}#${i}`);
    });
  });

  it("writes the customers' IDs and names into CDP's own sheet as text, trimmed as read", () => {
    const sheet = reopened.getWorksheet(customersSheet)!;
    const byId = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row, n) => {
      if (n > 1) byId.set(String(row.getCell(1).value), row.getCell(2));
    });
    FORMULA_PAYLOADS.forEach((p, i) => {
      const name = byId.get(`${p}#${i}`.trim());
      expect(name?.type).toBe(ExcelJS.ValueType.String);
      expect(name?.value).toBe(p.trim());
    });
  });

  it("keeps any customer text in the plan sheets as text", () => {
    for (const name of [planSheet, "客户发展计划"]) {
      reopened.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          // Merged cells show their first cell's value; payloads of a few characters ("=") are everywhere.
          const text = typeof cell.value === "string" && cell.type !== ExcelJS.ValueType.Merge ? cell.value : "";
          const payloads = FORMULA_PAYLOADS.filter((p) => p.trim().length > 3);
          if (payloads.some((p) => text.includes(p.trim()))) expect(cell.type).toBe(ExcelJS.ValueType.String);
        }),
      );
    }
  });

  it.each([
    ["the customer summary with its score columns", () => SUMMARY],
    ["CDP's per-customer sheet", () => customersSheet],
  ])("writes %s as CSV with every formula-like field neutralised", async (_, sheet) => {
    const csv = new TextDecoder().decode(await saveWorkbook(port, "out.csv", sheet()));
    const fields = (parse(csv, { bom: true, relax_column_count: true }) as string[][]).flat();
    const live = fields.filter((f) => FORMULA_STARTS.test(f) && !/^[+-]?\d[\d,]*(\.\d+)?$/.test(f));
    expect(live).toEqual([]);
    const neutralised = FORMULA_PAYLOADS.filter((p) => FORMULA_STARTS.test(p.trim()));
    for (const p of neutralised) expect(fields).toContain(`'${p.trim()}`);
  });

  it("neutralises the untrimmed payloads in the user's own columns of the CSV", async () => {
    const csv = new TextDecoder().decode(await saveWorkbook(port, "out.csv", SUMMARY));
    const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    FORMULA_PAYLOADS.forEach((p, i) => {
      expect(rows[i + 1]![1]).toBe(FORMULA_STARTS.test(p) ? `'${p}` : p);
    });
  });
});
