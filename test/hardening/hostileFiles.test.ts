/**
 * Hostile files (generated in the test, in memory or in the system's temporary folder): each is
 * refused, or read, within time and memory, with a clear message in English and Chinese that names
 * the limit, and a refusal happens before the bytes reach the workbook library.
 *
 * The limits are `WORKBOOK_LIMITS` (README, "Limits"). Every limit is tested at its real value
 * except the unzipped size and the cell count, tested with smaller configured values (the real ones
 * take seconds to make); `states its limits` pins the real values.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import fsPromises from "fs/promises";
import os from "os";
import path from "path";
import { isDomainError } from "../../src/core/errors";
import { main } from "../../src/headless/cli";
import { loadWorkbook, WORKBOOK_LIMITS, WorkbookFileError } from "../../src/headless/workbookFile";
import type { WorkbookLimits } from "../../src/headless/workbookFile";
import {
  deflatedPart,
  gbk,
  repeatedPart,
  SHEET_PART,
  sheetXml,
  storedPart,
  withPart,
  workbookParts,
  zipOf,
} from "../fixtures/hostileFiles";

const MiB = 1024 * 1024;
/** The workbook library's .xlsx reader, spied on to prove that a refused file never reaches it. */
const libraryLoad = jest.spyOn(
  Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...args: unknown[]) => Promise<unknown> },
  "load",
);

beforeEach(() => libraryLoad.mockClear());

interface Refusal {
  readonly error: WorkbookFileError;
  readonly ms: number;
  /** Growth of the process's peak memory while the file was opened, in MiB. */
  readonly peakGrowthMiB: number;
}

/** Opens a file that must be refused, timing it. */
async function refusal(bytes: Uint8Array, name: string, limits?: Partial<WorkbookLimits>): Promise<Refusal> {
  const peak = process.resourceUsage().maxRSS;
  const start = performance.now();
  try {
    await loadWorkbook(bytes, name, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookFileError);
    expect(isDomainError(e)).toBe(true);
    const error = e as WorkbookFileError;
    expect(error.message).toContain(name);
    expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    return {
      error,
      ms: performance.now() - start,
      peakGrowthMiB: (process.resourceUsage().maxRSS - peak) / 1024,
    };
  }
  throw new Error(`${name} was opened`);
}

/** A refusal for passing a limit: the limit named in the messages and in `detail`, before the library saw the bytes. */
function expectLimit(r: Refusal, limit: keyof WorkbookLimits, max: number, en: RegExp, zh: RegExp): void {
  expect(r.error.detail).toMatchObject({ limit, max });
  expect(r.error.message).toMatch(en);
  expect(r.error.messageZh).toMatch(zh);
  expect(libraryLoad).not.toHaveBeenCalled();
}

describe("hostile .xlsx files", () => {
  let parts: Awaited<ReturnType<typeof workbookParts>>;
  beforeAll(async () => {
    parts = await workbookParts();
  });

  it("opens the well-formed workbook the hostile ones are made from", async () => {
    const port = await loadWorkbook(zipOf(parts), "fine.xlsx");
    expect((await port.readTable("Customers")).matrix).toHaveLength(3);
    expect(libraryLoad).toHaveBeenCalledTimes(1);
  });

  it("refuses a zip bomb (300 MB of one character in a 300 KB part) from its directory, at once", async () => {
    const bomb = zipOf(withPart(parts, await repeatedPart(SHEET_PART, 300 * MiB)));
    expect(bomb.length).toBeLessThan(MiB);
    const r = await refusal(bomb, "bomb.xlsx");
    expectLimit(
      r,
      "maxCompressionRatio",
      100,
      /zip bomb: its part xl\/worksheets\/sheet1.xml unzips [\d,]+ times larger/,
      /压缩炸弹/,
    );
    expect(r.error.detail?.found).toBeGreaterThan(500);
    expect(r.ms).toBeLessThan(1000);
  }, 30_000);

  it("refuses a zip bomb whose directory lies about its size after unzipping a few kilobytes", async () => {
    const bomb = zipOf(withPart(parts, await repeatedPart(SHEET_PART, 300 * MiB)), (p) =>
      p.name === SHEET_PART ? 2048 : p.size,
    );
    const r = await refusal(bomb, "liar.xlsx");
    expect(r.error.message).toMatch(
      /damaged .xlsx file \(the part xl\/worksheets\/sheet1.xml is larger than the zip directory says\)/,
    );
    expect(r.error.messageZh).toMatch(/损坏/);
    expect(libraryLoad).not.toHaveBeenCalled();
    expect(r.ms).toBeLessThan(1000);
    expect(r.peakGrowthMiB).toBeLessThan(100);
  }, 30_000);

  it("refuses a zip whose directory claims more than a part holds", async () => {
    const short = zipOf(parts, (p) => (p.name === SHEET_PART ? p.size + 10_000 : p.size));
    const r = await refusal(short, "short.xlsx");
    expect(r.error.message).toMatch(/damaged/);
    expect(libraryLoad).not.toHaveBeenCalled();
  });

  it("refuses parts that unzip to more than the limit in total (a 4 MB limit, set for the test)", async () => {
    const big = zipOf(withPart(parts, deflatedPart(SHEET_PART, sheetXml(60_000, 3))));
    const r = await refusal(big, "big.xlsx", { maxUnzippedBytes: 4 * MiB });
    expectLimit(r, "maxUnzippedBytes", 4 * MiB, /unzips to more than 4 MB/, /解压后超过 4 MB/);
  });

  it("refuses more parts than the limit (10,000) before reading them", async () => {
    const many = zipOf([
      ...parts,
      ...Array.from({ length: 10_000 }, (_, i) => storedPart(`xl/media/p${i}.bin`, new Uint8Array(1))),
    ]);
    const r = await refusal(many, "parts.xlsx");
    expectLimit(r, "maxZipEntries", 10_000, /holds 10,0\d\d parts; CDP opens workbooks of up to 10,000 parts/, /部件/);
  });

  it("refuses a sheet of 1,048,576 rows, Excel's maximum, after counting past 200,000", async () => {
    const million = zipOf(withPart(parts, deflatedPart(SHEET_PART, sheetXml(1_048_576))));
    const r = await refusal(million, "million.xlsx");
    expectLimit(
      r,
      "maxRows",
      200_000,
      /more than 200,000 rows; CDP reads up to 200,000 rows per sheet/,
      /超过 200,000 行/,
    );
    expect(r.error.detail?.found).toBeGreaterThan(200_000);
    expect(r.ms).toBeLessThan(3000);
  }, 60_000);

  it("opens a sheet of exactly 200,000 rows (the limit is inclusive)", async () => {
    const bytes = zipOf(withPart(parts, deflatedPart(SHEET_PART, sheetXml(200_000))));
    await expect(loadWorkbook(bytes, "limit.xlsx")).resolves.toBeDefined();
  }, 60_000);

  it("refuses more cells than the limit across the workbook (50,000, set for the test)", async () => {
    const wide = zipOf(withPart(parts, deflatedPart(SHEET_PART, sheetXml(2_000, 26))));
    const r = await refusal(wide, "wide.xlsx", { maxCells: 50_000 });
    expectLimit(r, "maxCells", 50_000, /more than 50,000 cells/, /超过 50,000 个单元格/);
  });

  it("refuses a 100 MB+ workbook by its size alone, before reading it", async () => {
    const huge = zipOf([...parts, storedPart("xl/media/image1.png", new Uint8Array(101 * MiB))]);
    const r = await refusal(huge, "huge.xlsx");
    expectLimit(
      r,
      "maxFileBytes",
      50 * MiB,
      /is 101 MB; CDP opens files up to 50 MB/,
      /大小为 101 MB；CDP 最多打开 50 MB/,
    );
    expect(r.ms).toBeLessThan(50);
  }, 30_000);

  it.each([
    [
      "a CSV file named .xlsx",
      new TextEncoder().encode("ID,Amount\nC1,5\n"),
      /not an .xlsx workbook.*rename it to .csv/,
    ],
    [
      "an encrypted workbook (OLE2 container)",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /password-protected/,
    ],
    ["an empty file", new Uint8Array(0), /not an .xlsx workbook/],
    [
      "a zip header and nothing else",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      /damaged .xlsx file \(no zip directory\)/,
    ],
  ])("refuses %s with a message saying what it is", async (_, bytes, message) => {
    const r = await refusal(bytes, "odd.xlsx");
    expect(r.error.message).toMatch(message);
    expect(libraryLoad).not.toHaveBeenCalled();
  });

  it("refuses a workbook cut short", async () => {
    const whole = zipOf(parts);
    const r = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), "cut.xlsx");
    expect(r.error.message).toMatch(/damaged/);
  });

  it.each([
    ["xl/vbaProject.bin", "a VBA project"],
    ["xl/macrosheets/sheet1.xml", "an Excel 4.0 macro sheet"],
  ])("refuses a workbook named .xlsx that holds %s (%s)", async (part) => {
    const r = await refusal(zipOf([...parts, deflatedPart(part, "macro")]), "macro.xlsx");
    expect(r.error.message).toMatch(/contains macros .*; CDP does not open macro-enabled workbooks/);
    expect(r.error.messageZh).toMatch(/包含宏/);
    expect(libraryLoad).not.toHaveBeenCalled();
  });

  it("reads no XML entity: neither a local file (XXE) nor an expansion bomb", async () => {
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), "cdp-xxe-")), "secret.txt");
    writeFileSync(secret, "TOP-SECRET");
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<!DOCTYPE w [<!ENTITY e SYSTEM "file://${secret}"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>` +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>&e;</t></is></c><c r="B1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>';
    const r = await refusal(zipOf(withPart(parts, deflatedPart(SHEET_PART, xml))), "entities.xlsx");
    expect(r.error.message).toMatch(/could not be opened as an .xlsx workbook: .*undefined entity/);
    expect(r.error.message).not.toContain("TOP-SECRET");
  });

  it("refuses a macro-enabled workbook by its name", async () => {
    const r = await refusal(zipOf(parts), "macro.xlsm");
    expect(r.error.message).toMatch(/macro-enabled/);
  });
});

describe("hostile CSV files", () => {
  const header = "客户编号,客户名称,最近购买日期,购买次数,消费金额\r\n";
  const row = "C1,华东精密,2025-01-05,2,100\r\n";
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
  const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

  it.each([
    ["UTF-8 with a byte-order mark", join(BOM, utf8(header + row))],
    ["UTF-8 without one", utf8(header + row)],
    ["GBK (Excel on Chinese Windows)", gbk(header + row)],
    [
      "UTF-16 with a byte-order mark",
      new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header + row, "utf16le")])),
    ],
  ])("reads %s", async (_, bytes) => {
    const port = await loadWorkbook(bytes, "客户.csv");
    expect((await port.readTable("客户")).matrix).toEqual([
      ["客户编号", "客户名称", "最近购买日期", "购买次数", "消费金额"],
      ["C1", "华东精密", "2025-01-05", "2", "100"],
    ]);
  });

  it("refuses a file that starts with a UTF-8 byte-order mark but has a GBK line, naming the line", async () => {
    const mixed = join(BOM, utf8(header + row), gbk("C2,华南贸易,2025-01-06,1,50\r\n"));
    const r = await refusal(mixed, "mixed.csv");
    expect(r.error.message).toMatch(
      /UTF-8 byte-order mark, but line 3 is not UTF-8 text \(GBK\?\): the file mixes encodings/,
    );
    expect(r.error.messageZh).toMatch(/第 3 行不是 UTF-8 文本/);
    expect(r.error.detail).toEqual({ line: 3 });
  });

  it("refuses a file that is neither UTF-8 nor GBK (UTF-8 and GBK lines pasted together), naming the line", async () => {
    const mixed = join(gbk(header), gbk("C2,华南贸易,2025-01-06,1,50\r\n"), utf8("C3,华东精,2025-01-07,1,30\r\n"));
    const r = await refusal(mixed, "mixed.csv");
    expect(r.error.message).toMatch(/line 3 is neither UTF-8 nor GBK text: the file mixes encodings/);
  });

  it("refuses a CSV file of more than 200,000 rows", async () => {
    const rows = utf8(header + row.repeat(200_000));
    const r = await refusal(rows, "long.csv");
    expectLimit(r, "maxRows", 200_000, /more than 200,000 rows/, /超过 200,000 行/);
  }, 30_000);

  it("refuses a CSV line of more cells than the limit (10,000, set for the test)", async () => {
    const r = await refusal(utf8("a,".repeat(10_001)), "wide.csv", { maxCells: 10_000 });
    expectLimit(r, "maxCells", 10_000, /more than 10,000 cells/, /单元格/);
  });

  it("refuses a CSV file larger than 50 MB by its size", async () => {
    const r = await refusal(new Uint8Array(50 * MiB + 1), "huge.csv");
    expectLimit(r, "maxFileBytes", 50 * MiB, /CDP opens files up to 50 MB/, /50 MB/);
  });
});

describe("the command line on hostile files", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cdp-hostile-"));

  it("refuses a 100 MB+ file by its size on disk, without reading it, in the language asked for", async () => {
    const file = path.join(dir, "huge.xlsx");
    writeFileSync(file, new Uint8Array(101 * MiB));
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const read = jest.spyOn(fsPromises, "readFile");
    try {
      expect(await main(["node", "cdp", "score", file, "--lang", "zh"])).toBe(1);
      expect(read).not.toHaveBeenCalled();
      expect(String(stderr.mock.calls[0]![0])).toMatch(/^cdp: .*huge\.xlsx 大小为 101 MB；CDP 最多打开 50 MB 的文件/);
    } finally {
      stderr.mockRestore();
      read.mockRestore();
    }
  });

  it("prints why a macro workbook is refused and exits with 1", async () => {
    const file = path.join(dir, "macro.xlsx");
    writeFileSync(file, zipOf([...(await workbookParts()), deflatedPart("xl/vbaProject.bin", "x")]));
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await main(["node", "cdp", "score", file])).toBe(1);
      expect(String(stderr.mock.calls[0]![0])).toMatch(/contains macros \(xl\/vbaProject\.bin\)/);
    } finally {
      stderr.mockRestore();
    }
  });
});

it("states its limits", () => {
  expect(WORKBOOK_LIMITS).toEqual({
    maxFileBytes: 50 * MiB,
    maxUnzippedBytes: 200 * MiB,
    maxCompressionRatio: 100,
    maxZipEntries: 10_000,
    maxRows: 200_000,
    maxCells: 1_000_000,
  });
});
