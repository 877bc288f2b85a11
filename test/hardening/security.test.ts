/**
 * The claims of docs/security.md that a test can hold: minimal manifest permissions and one origin,
 * a strict Content-Security-Policy on the page, no eval or other dynamic code and no network API in
 * the source, and a settings sheet that holds no customer data.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { loadWorkbook, saveWorkbook } from "../../src/headless/workbookFile";
import { SETTINGS_SHEET } from "../../src/headless/xlsxWorkbook";

const ROOT = path.resolve(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|js|html)$/.test(name) ? [file] : [];
  });
}

/** Source text without comments, so documentation that names a forbidden call does not count. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("manifest.xml", () => {
  let manifest: Record<string, unknown>;
  const text = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  beforeAll(async () => {
    manifest = (await parseStringPromise(text)).OfficeApp as Record<string, unknown>;
  });

  it("asks only to read and write the open document, with no extra domains and no sign-on", () => {
    expect(manifest.Permissions).toEqual(["ReadWriteDocument"]);
    expect(manifest.AppDomains).toBeUndefined();
    expect(text).not.toMatch(/WebApplicationInfo|<AppDomain>/);
  });

  it("loads everything from one origin", () => {
    const origins = new Set(
      [...text.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => new URL(m[1]!).origin),
    );
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });
});

describe("the page's Content-Security-Policy", () => {
  const html = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const directives = new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

  it.each([
    ["default-src", ["'self'"]],
    ["script-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["img-src", ["'self'", "data:"]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
  ])("sets %s to %p", (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  it("allows no eval, no inline script and no other origin anywhere", () => {
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:|wss?:/);
    expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("loads its scripts from files, none inline", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe("the source code", () => {
  const files = sourceFiles(path.join(ROOT, "src"));

  it.each([
    ["eval", /\beval\s*\(/],
    ["new Function", /\bnew\s+Function\s*\(/],
    ["setTimeout or setInterval with code in a string", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
    ["innerHTML or dangerouslySetInnerHTML", /\binnerHTML\b|dangerouslySetInnerHTML/],
    ["javascript: URLs", /javascript:/],
  ])("has no %s", (_, pattern) => {
    expect(files.filter((f) => pattern.test(code(f))).map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it.each([
    ["fetch", /\bfetch\s*\(/],
    ["XMLHttpRequest", /\bXMLHttpRequest\b/],
    ["WebSocket", /\bWebSocket\b/],
    ["sendBeacon", /\bsendBeacon\b/],
    ["EventSource", /\bEventSource\b/],
    ["Node network modules", /from\s+["'](node:)?(http|https|http2|net|tls|dgram|dns|child_process)["']/],
  ])("calls no network API: %s", (_, pattern) => {
    expect(files.filter((f) => pattern.test(code(f))).map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});

describe("what the workbook stores", () => {
  it("keeps the settings in a very hidden sheet, with no customer ID or name in it", async () => {
    const sample = path.join(ROOT, "examples", "cdp-sample.xlsx");
    const port = await loadWorkbook(readFileSync(sample), sample);
    const analysis = await analyzeTable(port, { table: "客户汇总", lang: "zh" });
    await buildPlanSheet(port, { analysis, lang: "zh" });
    await analyzeTable(port, { table: "Transactions", lang: "en" });
    const reopened = await loadWorkbook(await saveWorkbook(port, "out.xlsx", "客户汇总"), "out.xlsx");

    const sheet = reopened.workbook.getWorksheet(SETTINGS_SHEET)!;
    expect(sheet.state).toBe("veryHidden");
    const settings = await reopened.readSettings();
    expect(Object.keys(settings).sort()).toEqual(["lastAnalysis", "ownedColumns", "ownedSheets", "planInputs"]);

    const stored = JSON.stringify(settings);
    const customers = analysis.result.customers.map((s) => s.customer);
    const leaked = customers.filter((c) => stored.includes(`"${c.id}"`) || (c.name && stored.includes(c.name)));
    expect(leaked.map((c) => c.id)).toEqual([]);

    // The plan sheet shows counts and sums: no customer is named in it.
    const planTexts: string[] = [];
    reopened.workbook.getWorksheet("客户发展计划")!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") planTexts.push(cell.value);
      }),
    );
    const named = customers.filter((c) => c.name && planTexts.some((t) => t.includes(c.name!)));
    expect(named.map((c) => c.name)).toEqual([]);
  }, 30_000);
});
