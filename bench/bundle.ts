/**
 * Bundle sizes and start-up time of the built add-in (dist/): how big each script is (raw and
 * gzip), whether the custom-functions script stays free of the task pane's libraries, and how long
 * a browser page takes to register the custom functions, as a ratio to a baseline page measured in
 * the same run. Run alone with `node build/node/bench/bundle.js` after `npm run build:node`.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";
import type { Browser } from "playwright-core";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../test/e2e/chromium";
import { startStaticServer } from "../test/e2e/staticServer";

/** The project's folder: the nearest one above this file holding package.json (works from bench/ and build/node/bench/). */
function projectRoot(from: string): string {
  const parent = path.dirname(from);
  return existsSync(path.join(from, "package.json")) || parent === from ? from : projectRoot(parent);
}

/** Where `npm run build` writes the add-in. */
export const DIST = path.join(projectRoot(__dirname), "dist");

/** The scripts taskpane.html loads at start, besides office.js. */
const PAGE_SCRIPTS = ["quiet-office-telemetry.js", "functions.js", "taskpane.js", "ui-vendor.js"];

/** One script of the build. */
export interface BundleFile {
  readonly name: string;
  /** What it holds and when it loads. */
  readonly role: string;
  readonly raw: number;
  readonly gzip: number;
}

/** The role of a script of dist/ by its name: the four the page loads, or a chunk loaded on demand. */
function roleOf(name: string): string {
  if (name === "functions.js") return "custom functions + core (loads first, in Excel too)";
  if (name === "ui-vendor.js") return "React + Fluent UI (task pane only)";
  if (name === "taskpane.js") return "task pane";
  if (name === "quiet-office-telemetry.js") return "quiets office.js telemetry (loads before it)";
  return "loaded on demand, outside Office only (file mode)";
}

/**
 * The scripts of a build, with their sizes in bytes and gzip-compressed (zlib, default level).
 * The page's scripts first, in the order it loads them, then chunks loaded on demand, by name.
 *
 * @param dist - the build folder
 * @returns one entry per `.js` file directly in `dist`
 *
 * @example
 * bundleFiles("dist").map((f) => f.name)
 * // => ["quiet-office-telemetry.js", "functions.js", "taskpane.js", "ui-vendor.js", "110.js", "605.js"]
 */
export function bundleFiles(dist: string): BundleFile[] {
  const order = (name: string) => PAGE_SCRIPTS.indexOf(name) >>> 0;
  return readdirSync(dist)
    .filter((name) => name.endsWith(".js"))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((name) => {
      const bytes = readFileSync(path.join(dist, name));
      return { name, role: roleOf(name), raw: bytes.length, gzip: gzipSync(bytes).length };
    });
}

/** Text that only a bundled copy of each library contains (checked against the chunks that do hold it). */
export const LIBRARY_MARKERS: Readonly<Record<string, RegExp>> = Object.freeze({
  React: /Symbol\.for\("react\.element"\)|__SECRET_INTERNALS_DO_NOT_USE/,
  "Fluent UI": /fui-FluentProvider/,
  exceljs: /xl\/worksheets\//,
  JSZip: /JSZip/,
});

/** Where a library's marker was found. */
export interface LibraryCheck {
  readonly library: string;
  /** The scripts of dist/ holding the marker. */
  readonly foundIn: readonly string[];
}

/**
 * Which scripts of a build hold each library of {@link LIBRARY_MARKERS}. functions.js must hold
 * none; a library found nowhere means its marker no longer works (the check proves nothing then).
 *
 * @param dist - the build folder
 * @returns one entry per library
 *
 * @example
 * libraryChecks("dist").find((c) => c.library === "React")?.foundIn // => ["ui-vendor.js"]
 */
export function libraryChecks(dist: string): LibraryCheck[] {
  const scripts = readdirSync(dist)
    .filter((name) => name.endsWith(".js"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dist, name), "utf8") }));
  return Object.entries(LIBRARY_MARKERS).map(([library, marker]) => ({
    library,
    foundIn: scripts.filter((s) => marker.test(s.text)).map((s) => s.name),
  }));
}

/**
 * Stubs of the globals Excel gives the shared runtime, installed before any script of the page:
 * `CustomFunctions.associate` records each id and the time of the last call (ms since navigation
 * start, `performance.now()`), and `Office.onReady` answers at once.
 */
const STUB_SCRIPT = `(() => {
  const record = { ids: [], last: NaN };
  self.__cdpRegistration = record;
  class CustomFunctionsError extends Error {
    constructor(code, message) { super(message); this.code = code; }
  }
  self.CustomFunctions = {
    associate(id) { record.ids.push(id); record.last = performance.now(); },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
      nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  self.Office = { context: {}, onReady: (callback) => Promise.resolve({ host: "Excel", platform: "PC" })
    .then((info) => (callback ? callback(info) : info)) };
})();`;

/** Registration time against its baseline, medians over the runs. */
export interface RegistrationTiming {
  /** Functions associated (each run must associate all of them). */
  readonly functions: number;
  /** Milliseconds from navigation start to the last `CustomFunctions.associate`. */
  readonly registerMs: number;
  /** Milliseconds from navigation start to the end of a script of the same size that does nothing. */
  readonly baselineMs: number;
  readonly runs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Measures, in headless Chromium, how long a blank page takes to register the custom functions of
 * functions.js, and the baseline: the same page loading a script of the same byte length whose only
 * statement records the time (the rest is a comment). Both pages come from the same local server;
 * after one warm-up each, the pages alternate and each time is the median of `runs`.
 *
 * @param dist - the build folder
 * @param browser - a running browser
 * @param runs - measured runs of each page (odd, ≥ 1)
 * @returns the medians
 * @throws Error when a run associates no function, or not every function of functions.json
 */
export async function measureRegistration(dist: string, browser: Browser, runs = 7): Promise<RegistrationTiming> {
  const size = readFileSync(path.join(dist, "functions.js")).length;
  const expected = (JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: unknown[] })
    .functions.length;
  const done = "self.__cdpBaseline = performance.now();\n";
  const baseline = done + `/*${"x".repeat(Math.max(0, size - done.length - 4))}*/`;
  const page = (script: string) =>
    `<!doctype html><html><head><script src="${script}"></script></head><body></body></html>`;
  const server = await startStaticServer(dist, {
    "/bench/functions.html": { type: "text/html; charset=utf-8", body: page("/functions.js") },
    "/bench/baseline.html": { type: "text/html; charset=utf-8", body: page("/bench/baseline.js") },
    "/bench/baseline.js": { type: "text/javascript; charset=utf-8", body: baseline },
  });
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: STUB_SCRIPT });
    const tab = await context.newPage();
    const register = async (): Promise<number> => {
      await tab.goto(`${server.origin}/bench/functions.html`);
      const record = (await tab.evaluate("self.__cdpRegistration")) as { ids: string[]; last: number };
      if (record.ids.length !== expected) {
        throw new Error(`functions.js associated ${record.ids.length} functions; functions.json lists ${expected}`);
      }
      return record.last;
    };
    const empty = async (): Promise<number> => {
      await tab.goto(`${server.origin}/bench/baseline.html`);
      return (await tab.evaluate("self.__cdpBaseline")) as number;
    };
    await register();
    await empty();
    const registerTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      registerTimes.push(await register());
      baselineTimes.push(await empty());
    }
    return { functions: expected, registerMs: median(registerTimes), baselineMs: median(baselineTimes), runs };
  } finally {
    await context.close();
    await server.close();
  }
}

const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * The bundle part of `npm run bench`, as printed lines: the size of each script, the libraries
 * functions.js must not hold, and the time to register the custom functions in a browser page.
 *
 * @param dist - the build folder (default: the project's dist/)
 * @returns the lines; a single explanation when dist/ has no build, a note when Chromium is missing
 */
export async function bundleReport(dist: string = DIST): Promise<string[]> {
  if (!existsSync(path.join(dist, "functions.js"))) {
    return [`(no build in ${dist}: run npm run build first; the bundle benchmarks are skipped)`];
  }
  const lines: string[] = [];
  const files = bundleFiles(dist);
  const width = Math.max(
    ...files.map((f) => `${f.name}  ${f.role}`.length),
    "page start (the four scripts it loads)".length,
  );
  lines.push(`${"bundle (dist/)".padEnd(width)}  ${"KiB".padStart(8)}  ${"gzip KiB".padStart(10)}`);
  for (const f of files) {
    lines.push(`${`${f.name}  ${f.role}`.padEnd(width)}  ${kib(f.raw).padStart(8)}  ${kib(f.gzip).padStart(10)}`);
  }
  const start = files.filter((f) => PAGE_SCRIPTS.includes(f.name));
  const sum = (key: "raw" | "gzip") => start.reduce((total, f) => total + f[key], 0);
  lines.push(
    `${"page start (the four scripts it loads)".padEnd(width)}  ${kib(sum("raw")).padStart(8)}  ${kib(sum("gzip")).padStart(10)}`,
  );

  const checks = libraryChecks(dist);
  const inFunctions = checks.filter((c) => c.foundIn.includes("functions.js")).map((c) => c.library);
  const unproven = checks.filter((c) => c.foundIn.length === 0).map((c) => c.library);
  lines.push(
    inFunctions.length === 0
      ? `functions.js holds none of ${checks.map((c) => c.library).join(", ")} (${checks
          .filter((c) => c.foundIn.length > 0)
          .map((c) => `${c.library} is in ${c.foundIn.join(", ")}`)
          .join("; ")})`
      : `functions.js HOLDS ${inFunctions.join(", ")}: the custom functions would load the task pane's libraries`,
  );
  if (unproven.length > 0)
    lines.push(`(no script holds ${unproven.join(", ")}: that part of the check proves nothing)`);

  if (!hasChromium()) {
    lines.push(`(${CHROMIUM_PATH} not found: the registration benchmark is skipped; apt-get install chromium)`);
    return lines;
  }
  const browser = await launchChromium();
  try {
    const t = await measureRegistration(dist, browser);
    lines.push("");
    lines.push(
      `browser baseline: a page loading a ${kib(readFileSync(path.join(dist, "functions.js")).length)} KiB script that does nothing, ${t.baselineMs.toFixed(0)} ms (median of ${t.runs})`,
    );
    const name = `register ${t.functions} custom functions (blank page + functions.js, to last associate)`;
    lines.push(`${"benchmark".padEnd(name.length)}  ${"ms".padStart(8)}  ${"× baseline".padStart(10)}`);
    lines.push(
      `${name}  ${t.registerMs.toFixed(0).padStart(8)}  ${(t.registerMs / t.baselineMs).toFixed(2).padStart(10)}`,
    );
  } finally {
    await browser.close();
  }
  return lines;
}

if (require.main === module) {
  bundleReport().then(
    (lines) => lines.forEach((line) => console.log(line)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
