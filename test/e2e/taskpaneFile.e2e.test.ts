/**
 * The task pane in a real browser, in file mode (no Office host): the built page (dist/) served on
 * 127.0.0.1 and driven in headless Chromium as a new user would, in English and in Chinese: open
 * the shipped sample, pick the customer table, check the recognised columns and the validation
 * summary, Analyze, Build plan, download. The downloaded workbook is then opened with exceljs and
 * JSZip and compared with the sample. A third run scores the sample's transaction log.
 *
 * Every request the page makes is recorded, and the browser context goes through a proxy that
 * forwards nothing and records every connection attempt to another host (which also catches
 * connections no `request` event reports, such as preconnects): both must stay empty of any origin
 * but the page's own. Screenshots of each step go to test-output/e2e/<lang>-<nn>-<step>.png.
 *
 * Needs /usr/bin/chromium (CI installs Debian's package); skipped with a message without it. Builds
 * dist/ first when it is missing or older than the sources.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "fs";
import JSZip from "jszip";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { libraryChecks } from "../../bench/bundle";
import { CUSTOMER_SHEET } from "../../src/app/analyzeTable";
import { PLAN_SHEET } from "../../src/app/buildPlanSheet";
import { columnLetters } from "../../src/core/issues";
import { SECTION_TITLES, planTitle } from "../../src/core/plan/layout";
import { NOTE_COLUMN, SCORE_COLUMNS } from "../../src/core/score";
import type { FieldKey } from "../../src/core/table";
import type { Lang } from "../../src/core/types";
import { PANE_TEXT } from "../../src/taskpane/paneText";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "./chromium";
import { DIST, ROOT, ensureDist } from "./ensureDist";
import { startProxyTrap } from "./proxyTrap";
import type { ProxyTrap } from "./proxyTrap";
import { readSampleFacts, sheetValues } from "./sampleFacts";
import type { SampleFacts } from "./sampleFacts";
import { startStaticServer } from "./staticServer";
import type { StaticServer } from "./staticServer";

const SAMPLE = path.join(ROOT, "examples", "cdp-sample.xlsx");
const SHOTS = path.join(ROOT, "test-output", "e2e");
const SUMMARY = "客户汇总";
const TRANSACTIONS = "Transactions";
/** The sample's summary columns for the four fields a summary needs, as make-sample.js names them. */
const REQUIRED: ReadonlyArray<readonly [FieldKey, string]> = [
  ["id", "客户编号"],
  ["lastPurchase", "最近购买日期"],
  ["purchases", "购买次数"],
  ["total", "消费金额(元)"],
];
/** Optional columns of the sample the pane should recognise too. */
const OPTIONAL: ReadonlyArray<readonly [FieldKey, string]> = [
  ["firstPurchase", "首次购买日期"],
  ["margin", "毛利(元)"],
  ["name", "客户名称"],
];
/** office.js's plain-browser logger frames its telemetry page 3 s after it loads: wait past that. */
const TELEMETRY_DELAY_MS = 4000;
const STEP_TIMEOUT_MS = 60_000;
const FLOW_TIMEOUT_MS = 120_000;
const BUILD_TIMEOUT_MS = 600_000;

/** A browser context with a recorder of requests, connection attempts and errors. */
interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly requests: string[];
  readonly problems: string[];
  readonly trap: ProxyTrap;
  readonly openedAt: number;
}

let browser: Browser;
let server: StaticServer;
let sample: SampleFacts;
const sessions: Session[] = [];

/** Opens the page in a fresh context `width` pixels wide (a task pane is 320 to 400 wide). */
async function openSession(width = 400): Promise<Session> {
  const trap = await startProxyTrap();
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: "en-US",
    acceptDownloads: true,
    proxy: { server: trap.server, bypass: "127.0.0.1" },
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  const openedAt = Date.now();
  await page.goto(`${server.origin}/taskpane.html`);
  const session = { context, page, requests, problems, trap, openedAt };
  sessions.push(session);
  return session;
}

/**
 * Saves a screenshot of the step, after noting in `problems` when the pane is wider than the
 * window (a task pane cannot scroll sideways comfortably).
 */
async function shot(session: Session, name: string, fullPage = false): Promise<void> {
  const { page } = session;
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  if (widths[0]! > widths[1]!)
    session.problems.push(`${name}: the pane is ${widths[0]} px wide in a ${widths[1]} px window`);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/**
 * Connections Chromium itself opens from a page's context whatever the page does: its Autofill asks
 * Google's server about the page's form fields. (The flag that stops it, `--disable-features`, would
 * replace Playwright's own list of disabled features.) Nothing else is excused.
 */
const BROWSER_SERVICES: ReadonlySet<string> = new Set(["CONNECT content-autofill.googleapis.com:443"]);

/**
 * Every request and connection attempt of a session that is not on the page's origin, `data:` or
 * `blob:` (apart from {@link BROWSER_SERVICES}), once office.js's logger would have framed its page.
 */
async function foreignTraffic(session: Session): Promise<string[]> {
  const waited = Date.now() - session.openedAt;
  if (waited < TELEMETRY_DELAY_MS) await session.page.waitForTimeout(TELEMETRY_DELAY_MS - waited);
  const foreign = session.requests.filter(
    (url) => !url.startsWith(`${server.origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"),
  );
  const attempts = session.trap.attempts.filter((attempt) => !BROWSER_SERVICES.has(attempt));
  return [...foreign, ...attempts.map((attempt) => `connection: ${attempt}`)];
}

async function readWorkbook(file: string): Promise<{ workbook: ExcelJS.Workbook; zip: JSZip }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  return { workbook, zip };
}

/** Path of a sheet's part in the .xlsx zip (`xl/worksheets/sheetN.xml`), from workbook.xml and its rels. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no part for sheet ${name}`);
  return path.posix.join("xl", target.replace(/^\/?xl\//, ""));
}

/** The parts a sheet's part links to (drawings), and what those link to (charts), by target path. */
async function linkedParts(zip: JSZip, part: string): Promise<string[]> {
  const relsPath = path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
  const rels = await zip.file(relsPath)?.async("string");
  if (!rels) return [];
  const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((m) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(part), m[1]!)),
  );
  const nested = await Promise.all(targets.map((t) => linkedParts(zip, t)));
  return [...targets, ...nested.flat()];
}

const describeBrowser = hasChromium() ? describe : describe.skip;
const title = hasChromium()
  ? "task pane in a browser, file mode"
  : `task pane in a browser, file mode (SKIPPED: ${CHROMIUM_PATH} is missing; install it with apt-get install chromium)`;

describeBrowser(title, () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await ensureDist();
    sample = await readSampleFacts(
      SAMPLE,
      SUMMARY,
      TRANSACTIONS,
      REQUIRED.map(([, header]) => header),
    );
    server = await startStaticServer(DIST);
    browser = await launchChromium();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    for (const s of sessions) {
      await s.context.close();
      await s.trap.close();
    }
    await browser?.close();
    await server?.close();
  });

  it("builds functions.js without React, Fluent UI, exceljs or JSZip, each found in a task pane chunk instead", () => {
    const checks = libraryChecks(DIST);
    expect(checks.map((c) => c.library)).toEqual(["React", "Fluent UI", "exceljs", "JSZip"]);
    for (const { library, foundIn } of checks) {
      expect({ library, inFunctions: foundIn.includes("functions.js"), found: foundIn.length > 0 }).toEqual({
        library,
        inFunctions: false,
        found: true,
      });
    }
  });

  it("has a connection trap that sees a page's request to another host (a control for the checks below)", async () => {
    const trap = await startProxyTrap();
    const context = await browser.newContext({ proxy: { server: trap.server, bypass: "127.0.0.1" } });
    try {
      const page = await context.newPage();
      await page.goto("https://cdp-e2e-control.invalid/").catch(() => undefined);
      expect(trap.attempts).toContain("CONNECT cdp-e2e-control.invalid:443");
    } finally {
      await context.close();
      await trap.close();
    }
  });

  it(
    "quiets office.js's telemetry frame with the script loaded before it, even without the task pane's own script",
    async () => {
      const page = (scripts: string[]) => ({
        type: "text/html; charset=utf-8",
        body: `<!doctype html><html><head>${scripts.map((src) => `<script src="${src}"></script>`).join("")}</head><body></body></html>`,
      });
      const pages = await startStaticServer(DIST, {
        "/quiet-first.html": page(["quiet-office-telemetry.js", "office-js/office.js"]),
        "/office-only.html": page(["office-js/office.js"]),
      });
      const attemptsOf = async (path: string): Promise<string[]> => {
        const trap = await startProxyTrap();
        const context = await browser.newContext({ proxy: { server: trap.server, bypass: "127.0.0.1" } });
        try {
          const tab = await context.newPage();
          await tab.goto(`${pages.origin}${path}`);
          await tab.waitForTimeout(TELEMETRY_DELAY_MS);
          return trap.attempts.filter((attempt) => !BROWSER_SERVICES.has(attempt));
        } finally {
          await context.close();
          await trap.close();
        }
      };
      try {
        // The control: office.js alone, in a plain browser, reaches for Microsoft's telemetry service.
        expect((await attemptsOf("/office-only.html")).join(" ")).toMatch(/telemetry/);
        expect(await attemptsOf("/quiet-first.html")).toEqual([]);
      } finally {
        await pages.close();
      }
    },
    FLOW_TIMEOUT_MS,
  );

  describe.each<[Lang, string]>([
    ["en", "English"],
    ["zh", "Chinese"],
  ])("in %s (%s)", (lang) => {
    const text = PANE_TEXT[lang];
    const saved = path.join(SHOTS, `${lang}-cdp-sample-cdp.xlsx`);
    let session: Session;
    let shown: { planName: string; start: string; fileName: string };
    let out: { workbook: ExcelJS.Workbook; zip: JSZip };

    it(
      "opens the sample, recognises the columns, validates, analyzes, builds the plan and downloads it",
      async () => {
        session = await openSession();
        const { page } = session;
        const english = PANE_TEXT.en;
        await page.getByRole("button", { name: english.openFile }).waitFor({ timeout: STEP_TIMEOUT_MS });
        if (lang === "zh") await page.getByRole("radio", { name: "中文" }).check();
        await page.getByRole("button", { name: text.openFile }).waitFor();
        await shot(session, `${lang}-01-start`);

        await page.getByLabel(text.openFile).setInputFiles(SAMPLE);
        await page.getByText(text.openedFile("cdp-sample.xlsx")).waitFor({ timeout: STEP_TIMEOUT_MS });
        const table = page.getByRole("combobox", { name: text.table });
        await expect(table.locator("option").allTextContents()).resolves.toEqual([
          text.tableOption(SUMMARY, sample.summaryRows),
          text.tableOption(TRANSACTIONS, sample.transactionRows),
        ]);
        await table.selectOption(SUMMARY);

        const summary = page.getByText(text.rowsAndIssues(sample.summaryRows, sample.badCells.length), {
          exact: true,
        });
        await summary.waitFor({ timeout: STEP_TIMEOUT_MS });
        await page
          .getByText(text.customersReadable(sample.summaryRows - sample.badCells.length), { exact: false })
          .waitFor();
        for (const [field, header] of [...REQUIRED, ...OPTIONAL]) {
          const required = REQUIRED.some(([f]) => f === field);
          const label = required ? text.requiredField(text.fieldLabel(field)) : text.fieldLabel(field);
          const letters = columnLetters(sample.summaryHeaders.indexOf(header));
          const select = page.getByRole("combobox", { name: label, exact: true });
          expect({
            field,
            chosen: await select.evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.text),
          }).toEqual({
            field,
            chosen: text.columnOption(letters, header),
          });
        }
        const issues = page.getByRole("list", { name: text.issuesHeading });
        const listed = await issues.getByRole("listitem").allTextContents();
        expect(listed).toHaveLength(sample.badCells.length);
        for (const address of sample.badCells) expect(listed.some((item) => item.includes(`${address}:`))).toBe(true);
        await shot(session, `${lang}-02-data`);

        await page.getByRole("tab", { name: text.tabAnalyze }).click();
        await page.getByRole("button", { name: text.analyze, exact: true }).click();
        await page.getByRole("table", { name: text.segmentsHeading }).waitFor({ timeout: STEP_TIMEOUT_MS });
        const scored = sample.summaryRows - sample.badCells.length;
        await page.getByText(text.scored(scored), { exact: false }).waitFor();
        await page.getByText(text.wroteColumns(SCORE_COLUMNS.length + 1, SUMMARY), { exact: false }).waitFor();
        const totalRow = page.getByRole("table", { name: text.segmentsHeading }).getByRole("row").last();
        await expect(totalRow.getByRole("cell").allTextContents()).resolves.toEqual(
          expect.arrayContaining([text.total, String(scored)]),
        );
        await page.getByRole("table", { name: text.segmentsHeading }).scrollIntoViewIfNeeded();
        await shot(session, `${lang}-03-analyzed`);

        await page.getByRole("tab", { name: text.tabPlan }).click();
        const planName = await page.getByRole("textbox", { name: text.planName }).inputValue();
        const start = await page.getByLabel(text.startDate).inputValue();
        await page.getByRole("button", { name: text.buildPlan, exact: true }).click();
        const built = page.getByText(text.built(PLAN_SHEET[lang]), { exact: false });
        await built.waitFor({ timeout: STEP_TIMEOUT_MS });
        await built.scrollIntoViewIfNeeded();
        await shot(session, `${lang}-04-plan-built`);

        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }),
          page.getByRole("button", { name: text.download }).click(),
        ]);
        await download.saveAs(saved);
        const fileName = download.suggestedFilename();
        const downloaded = page.getByText(text.downloaded(fileName));
        await downloaded.waitFor();
        await downloaded.scrollIntoViewIfNeeded();
        await shot(session, `${lang}-05-downloaded`);
        await shot(session, `${lang}-06-full-page`, true);
        shown = { planName, start, fileName };
        out = await readWorkbook(saved);

        expect(fileName).toBe("cdp-sample-cdp.xlsx");
        expect(planName).not.toBe("");
        expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      },
      FLOW_TIMEOUT_MS,
    );

    it(`adds the score columns with ${lang} headers next to ${SUMMARY}, one per data row`, () => {
      const sheet = out.workbook.getWorksheet(SUMMARY)!;
      const width = sample.summaryHeaders.length;
      const rows = sheetValues(sheet, width + SCORE_COLUMNS.length + 1);
      expect(rows.length - 1).toBe(sample.summaryRows);
      expect(rows[0].slice(width)).toEqual([...SCORE_COLUMNS.map((c) => c.header[lang]), NOTE_COLUMN[lang]]);
      const rfm = width + SCORE_COLUMNS.findIndex((c) => c.key === "rfm");
      const note = width + SCORE_COLUMNS.length;
      const scoredRows = rows.slice(1).filter((row) => typeof row[rfm] === "string" && /^[1-5]{3}$/.test(row[rfm]));
      expect(scoredRows).toHaveLength(sample.summaryRows - sample.badCells.length);
      const badRows = new Set(sample.badCells.map((address) => Number(/\d+$/.exec(address)![0])));
      for (const row of badRows) {
        expect({ row, note: typeof rows[row - 1][note] === "string" && rows[row - 1][note] !== "" }).toEqual({
          row,
          note: true,
        });
      }
    });

    it("keeps every original cell of both sheets unchanged", () => {
      for (const [name, before] of Object.entries(sample.sheets)) {
        const sheet = out.workbook.getWorksheet(name);
        expect(sheet).toBeDefined();
        expect(sheetValues(sheet!, before[0].length)).toEqual(before);
      }
    });

    it("adds the plan sheet with its sections, live KPI formulas and a chart", async () => {
      const plan = out.workbook.getWorksheet(PLAN_SHEET[lang])!;
      expect(plan).toBeDefined();
      const texts: string[] = [];
      const formulas: string[] = [];
      plan.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(cell.formula);
          else if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
      // The title row is the plan's own title; every other section is headed by its title.
      for (const [key, section] of Object.entries(SECTION_TITLES)) {
        if (key !== "title") expect([key, texts.some((t) => t.includes(section[lang]))]).toEqual([key, true]);
      }
      expect(plan.getCell("A1").value).toBe(planTitle(shown.planName, lang));
      expect((plan.getCell("C3").value as Date).toISOString().slice(0, 10)).toBe(shown.start);
      expect(formulas.length).toBeGreaterThan(0);
      expect(formulas.every((f) => f.includes(SUMMARY))).toBe(true);

      const linked = await linkedParts(out.zip, await sheetPart(out.zip, PLAN_SHEET[lang]));
      expect(linked.some((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))).toBe(true);
      const charts = linked.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      expect(charts).toHaveLength(1);
      expect(out.zip.file(charts[0]!)).not.toBeNull();
    });

    it("talks to no other origin, reports no error in the page and fits its window", async () => {
      expect(await foreignTraffic(session)).toEqual([]);
      expect(session.problems).toEqual([]);
      expect(session.requests.length).toBeGreaterThan(0);
    });
  });

  describe("a transaction log", () => {
    const saved = path.join(SHOTS, "en-cdp-sample-transactions-cdp.xlsx");
    const text = PANE_TEXT.en;
    let session: Session;
    let out: { workbook: ExcelJS.Workbook; zip: JSZip };

    it(
      "is read as one, scored per customer on a sheet of its own, planned and downloaded, in a 320 px pane",
      async () => {
        session = await openSession(320);
        const { page } = session;
        await page.getByLabel(text.openFile).setInputFiles(SAMPLE);
        await page.getByText(text.openedFile("cdp-sample.xlsx")).waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.getByRole("combobox", { name: text.table }).selectOption(TRANSACTIONS);
        await page
          .getByText(text.rowsAndIssues(sample.transactionRows, 0), { exact: true })
          .waitFor({ timeout: STEP_TIMEOUT_MS });
        const shape = page.getByRole("combobox", { name: text.inputType });
        expect(await shape.evaluate((e) => (e as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
          text.shapeAuto("transactions"),
        );
        await shot(session, "en-11-transactions-data");

        await page.getByRole("tab", { name: text.tabAnalyze }).click();
        await page.getByRole("button", { name: text.analyze, exact: true }).click();
        await page.getByRole("table", { name: text.segmentsHeading }).waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.getByText(text.scored(sample.purchasesById.size), { exact: false }).waitFor();
        await page.getByText(text.wroteSheet(CUSTOMER_SHEET.en), { exact: false }).waitFor();
        await page.getByRole("table", { name: text.segmentsHeading }).scrollIntoViewIfNeeded();
        await shot(session, "en-12-transactions-analyzed");

        await page.getByRole("tab", { name: text.tabPlan }).click();
        await page.getByRole("button", { name: text.buildPlan, exact: true }).click();
        await page.getByText(text.built(PLAN_SHEET.en), { exact: false }).waitFor({ timeout: STEP_TIMEOUT_MS });
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }),
          page.getByRole("button", { name: text.download }).click(),
        ]);
        await download.saveAs(saved);
        await page.getByText(text.downloaded(download.suggestedFilename())).scrollIntoViewIfNeeded();
        await shot(session, "en-13-transactions-downloaded");
        out = await readWorkbook(saved);
      },
      FLOW_TIMEOUT_MS,
    );

    it("writes one row per customer whose purchases and total add up the log's rows", () => {
      const sheet = out.workbook.getWorksheet(CUSTOMER_SHEET.en)!;
      expect(sheet).toBeDefined();
      const rows = sheetValues(sheet);
      const base = ["Customer ID", "Name", "First purchase", "Last purchase", "Purchases", "Total"];
      expect(rows[0]).toEqual(expect.arrayContaining([...base, ...SCORE_COLUMNS.map((c) => c.header.en)]));
      const [id, purchases, total] = ["Customer ID", "Purchases", "Total"].map((h) => rows[0].indexOf(h));
      const written = new Map(rows.slice(1).map((row) => [String(row[id!]), row]));
      expect([...written.keys()].sort()).toEqual([...sample.purchasesById.keys()].sort());
      for (const [customer, expected] of sample.purchasesById) {
        const row = written.get(customer)!;
        expect({ customer, purchases: row[purchases!] }).toEqual({ customer, purchases: expected.count });
        expect(row[total!]).toBeCloseTo(expected.total, 2);
      }
    });

    it("keeps the log and the summary sheet unchanged, and plans over the customer sheet", () => {
      for (const [name, before] of Object.entries(sample.sheets)) {
        expect(sheetValues(out.workbook.getWorksheet(name)!, before[0].length)).toEqual(before);
      }
      const plan = out.workbook.getWorksheet(PLAN_SHEET.en)!;
      const formulas: string[] = [];
      plan.eachRow((row) => row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula))));
      expect(formulas.length).toBeGreaterThan(0);
      expect(formulas.every((f) => f.includes(CUSTOMER_SHEET.en))).toBe(true);
    });

    it("talks to no other origin, reports no error in the page and fits its window", async () => {
      expect(await foreignTraffic(session)).toEqual([]);
      expect(session.problems).toEqual([]);
    });
  });
});
