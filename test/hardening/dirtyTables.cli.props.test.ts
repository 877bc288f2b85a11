/**
 * Dirty tables as CSV files through the command line's use cases, in process: `loadWorkbook`,
 * `analyzeTable`, `formatAnalysis` (what `cdp score` prints), `buildPlanSheet` and `saveWorkbook`.
 *
 * What is asserted, for every generated file (UTF-8 with or without a byte-order mark, or UTF-16):
 * 1. Nothing throws but a `DomainError` when no row can be used.
 * 2. The printed report has no NaN, Infinity or undefined.
 * 3. The CSV written back keeps every input cell as it was (text that a spreadsheet would run as a
 *    formula gets a leading apostrophe, the only change), and adds the score columns; a used row
 *    gets scores, and every row with an error gets a note naming each cell at fault.
 * 4. Every tenth file also goes through the plan and an .xlsx save: reopened, every input cell is
 *    the same text.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { isDomainError } from "../../src/core/errors";
import { NOTE_COLUMN, SCORE_COLUMNS } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import { isoFromDay } from "../../src/core/days";
import { formatAnalysis } from "../../src/headless/formatAnalysis";
import { loadWorkbook, saveWorkbook } from "../../src/headless/workbookFile";
import { dirtyTable } from "../fixtures/dirtyTables";
import type { DirtyTable } from "../fixtures/dirtyTables";
import { FORMULA_STARTS } from "../fixtures/formulaPayloads";

const SEED = 20250703;
const BAD_TEXT = /\bNaN\b|\bInfinity\b|\bundefined\b/;

type Encoding = "utf8" | "utf8bom" | "utf16le";

/** A table as the bytes of a CSV file (RFC 4180 quoting; CRLF line ends). */
function csvFile(t: DirtyTable, encoding: Encoding): Uint8Array {
  const field = (v: unknown): string => {
    const text = String(v ?? "");
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = t.matrix.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
  if (encoding === "utf16le")
    return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
  const body = Buffer.from(text, "utf8");
  return new Uint8Array(encoding === "utf8bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
}

/** What CDP writes for a text cell in a CSV: the text, or `'` + the text when it would run as a formula. */
const written = (text: string): string =>
  FORMULA_STARTS.test(text) && !/^[+-]?\d[\d,]*(\.\d+)?$/.test(text) ? `'${text}` : text;

async function problems(t: DirtyTable, encoding: Encoding, lang: "en" | "zh", index: number): Promise<string[]> {
  const found: string[] = [];
  const port = await loadWorkbook(csvFile(t, encoding), "dirty.csv");
  const [table] = await port.listTables();
  const matrix = (await port.readTable("dirty")).matrix;
  const read = (() => {
    try {
      return readCustomers(matrix, t.asOf === undefined ? {} : { asOf: t.asOf });
    } catch {
      return undefined;
    }
  })();
  let analysis;
  try {
    analysis = await analyzeTable(port, {
      table: table!.id,
      lang,
      read: t.asOf === undefined ? {} : { asOf: t.asOf },
    });
  } catch (e) {
    if (!isDomainError(e)) throw e;
    if (read && read.customers.length > 0) found.push(`refused a table with ${read.customers.length} customers`);
    return found;
  }
  const report = formatAnalysis(analysis, lang, table!.id);
  if (report.some((line) => BAD_TEXT.test(line))) found.push(`report: ${report.join(" | ")}`);

  const csv = new TextDecoder().decode(await saveWorkbook(port, "out.csv", "dirty"));
  const back = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  const width = t.header.length;
  t.matrix.forEach((row, m) => {
    for (let c = 0; c < width; c++) {
      const before = String(row[c] ?? "");
      if ((back[m]?.[c] ?? "") !== written(before)) found.push(`cell ${m + 1},${c + 1} changed`);
    }
  });
  if (t.shape === "summary") {
    const headers = [...SCORE_COLUMNS.map((s) => s.header[lang]), NOTE_COLUMN[lang]];
    if (JSON.stringify(back[0]!.slice(width)) !== JSON.stringify(headers)) found.push("score headers");
    const used = new Set(analysis.result.customers.map((s) => s.customer.row));
    for (let m = 1; m < t.matrix.length; m++) {
      const out = back[m] ?? [];
      if (used.has(m + 1) && out[width] === "") found.push(`row ${m + 1} has no R score`);
      const addresses = analysis.issues.filter((i) => i.severity === "error" && i.row === m + 1).map((i) => i.address);
      const note = out[width + SCORE_COLUMNS.length] ?? "";
      for (const a of addresses) if (!note.includes(`${a}:`)) found.push(`row ${m + 1}: the note does not name ${a}`);
    }
  }

  if (index % 10 === 0) {
    await buildPlanSheet(port, { analysis, lang });
    const again = await loadWorkbook(await saveWorkbook(port, "out.xlsx", "dirty"), "out.xlsx");
    const reread = (await again.readTable("dirty")).matrix;
    t.matrix.forEach((row, m) => {
      for (let c = 0; c < width; c++) {
        const v = reread[m]?.[c];
        const text = v instanceof Date ? isoFromDay(Math.floor(v.getTime() / 86_400_000)) : String(v ?? "");
        if (text !== String(row[c] ?? "") && !(text === "" && String(row[c] ?? "").trim() === "")) {
          found.push(`xlsx cell ${m + 1},${c + 1}: ${JSON.stringify(row[c])} became ${JSON.stringify(v)}`);
        }
      }
    });
  }
  return found;
}

describe("dirty tables as CSV files through the command line's use cases", () => {
  it("scores every file, keeps every input cell, and notes every bad cell", async () => {
    let index = 0;
    await fc.assert(
      fc.asyncProperty(
        dirtyTable({ host: "csv" }),
        fc.constantFrom<Encoding>("utf8", "utf8bom", "utf16le"),
        fc.constantFrom<"en" | "zh">("en", "zh"),
        async (t, encoding, lang) => {
          expect(await problems(t, encoding, lang, index++)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);
});
