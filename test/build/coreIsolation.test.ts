/**
 * The analytics core stays pure: it compiles with no DOM, Node or Office types (tsconfig.core.json),
 * and no file under src/core imports a UI, Office, Excel-file or Node module or another src folder.
 */
import { spawnSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const CORE = path.join(ROOT, "src/core");

const FORBIDDEN: Array<{ pattern: RegExp; why: string }> = [
  { pattern: /^(react|react-dom)(\/|$)/, why: "UI library" },
  { pattern: /^@fluentui\//, why: "UI library" },
  { pattern: /^@griffel\//, why: "UI library" },
  { pattern: /^exceljs(\/|$)/, why: "Excel file library (belongs in src/headless)" },
  { pattern: /^office-/, why: "Office library" },
  { pattern: /^@microsoft\//, why: "Office library" },
  { pattern: /^node:/, why: "Node built-in" },
  {
    pattern:
      /^(assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|fs\/promises|http|http2|https|module|net|os|path|perf_hooks|process|readline|stream|timers|tls|url|util|v8|vm|worker_threads|zlib)$/,
    why: "Node built-in",
  },
  { pattern: /^(\.\.\/)+(excel|functions|taskpane|headless|app|commands)(\/|$)/, why: "another src folder" },
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Module specifiers of `import … from "x"`, `export … from "x"`, `import("x")` and `require("x")`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const p of patterns) for (const m of source.matchAll(p)) found.push(m[1]);
  return found;
}

describe("core isolation", () => {
  it("finds the import forms it scans for", () => {
    expect(
      specifiers(
        'import { a } from "fs";\nimport type { B } from "../app/ports";\nexport * from "react";\nimport "zlib";\nconst c = require("os");\nawait import("exceljs");',
      ),
    ).toEqual(["fs", "../app/ports", "react", "zlib", "os", "exceljs"]);
  });

  it("imports nothing but the core and pure libraries", () => {
    const files = tsFiles(CORE);
    expect(files.length).toBeGreaterThan(0);
    const violations = files.flatMap((file) =>
      specifiers(readFileSync(file, "utf8")).flatMap((spec) =>
        FORBIDDEN.filter((f) => f.pattern.test(spec)).map((f) => `${path.relative(ROOT, file)}: "${spec}" (${f.why})`),
      ),
    );
    expect(violations).toEqual([]);
  });

  it(
    "compiles with tsconfig.core.json (no DOM, Node or Office types)",
    () => {
      const tsc = require.resolve("typescript/bin/tsc");
      const run = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.core.json"), "--noEmit"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({ status: 0, output: "" });
    },
    60_000,
  );
});
