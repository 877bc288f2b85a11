/**
 * Builds the functions entry alone (`--env functionsOnly`, production mode) into a temporary folder
 * and checks what Excel will load: functions.json, and functions.js with one
 * `CustomFunctions.associate` per function (an empty or unassociated bundle makes every function
 * #VALUE! or #N/A in Excel).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { runInNewContext } from "vm";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const FUNCTIONS_DIR = path.join(ROOT, "src/functions");
const BUILD_TIMEOUT_MS = 60_000;

type MakeConfig = (env: Record<string, unknown>, options: Record<string, unknown>) => Promise<webpack.Configuration>;
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

interface FunctionMetadata {
  id: string;
  name: string;
}

let outDir: string;
let functionsJs: string;
let metadata: FunctionMetadata[];
let bundledModules: string[];

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), "cdp-functions-"));
  const config = await makeConfig({ functionsOnly: true, WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, result) => (err || !result ? reject(err ?? new Error("no stats")) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  bundledModules = (stats.toJson({ all: false, modules: true, nestedModules: true }).modules ?? []).flatMap((m) => [
    m.name ?? "",
    ...(m.modules ?? []).map((inner) => inner.name ?? ""),
  ]);
  functionsJs = readFileSync(path.join(outDir, "functions.js"), "utf8");
  metadata = (JSON.parse(readFileSync(path.join(outDir, "functions.json"), "utf8")) as { functions: FunctionMetadata[] })
    .functions;
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The ids that `@customfunction` tags in src/functions/*.ts declare on exported functions. */
function declaredIds(): Array<{ file: string; id: string }> {
  const ids: Array<{ file: string; id: string }> = [];
  const files = readdirSync(FUNCTIONS_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  for (const file of files) {
    const source = readFileSync(path.join(FUNCTIONS_DIR, file), "utf8");
    const docThenFunction = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g;
    for (const [, doc, name] of source.matchAll(docThenFunction)) {
      const tag = /@customfunction(?:[ \t]+([A-Za-z_][\w.]*))?/.exec(doc);
      if (tag) ids.push({ file, id: tag[1] ?? name.toUpperCase() });
    }
  }
  return ids;
}

describe("functions bundle", () => {
  it("emits functions.json listing at least VERSION", () => {
    expect(metadata.map((f) => f.id)).toContain("VERSION");
  });

  it("associates every function of functions.json in functions.js", () => {
    for (const { id } of metadata) {
      expect({ id, associated: functionsJs.includes(`CustomFunctions.associate("${id}"`) }).toEqual({
        id,
        associated: true,
      });
    }
  });

  it("puts every @customfunction of src/functions/*.ts into functions.json", () => {
    const declared = declaredIds();
    expect(declared).toContainEqual({ file: "version.ts", id: "VERSION" });
    const listed = new Set(metadata.map((f) => f.id));
    for (const d of declared) expect({ ...d, listed: listed.has(d.id) }).toEqual({ ...d, listed: true });
  });

  it("registers working functions: VERSION returns the package version when Excel calls it", () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: class {},
      ErrorCode: {},
    };
    runInNewContext(functionsJs, { CustomFunctions, self: {}, window: {} });
    expect([...associated.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
    expect(associated.get("VERSION")?.()).toBe(version);
  });

  it("bundles no React or Fluent UI, so the functions load without the task pane's libraries", () => {
    expect(bundledModules.length).toBeGreaterThan(0);
    const ui = bundledModules.filter((m) => /node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel)[\\/]/.test(m));
    expect(ui).toEqual([]);
    expect(functionsJs).not.toMatch(/react-dom|__SECRET_INTERNALS_DO_NOT_USE/);
  });

  it("contains no eval or new Function (the page's Content-Security-Policy forbids them)", () => {
    expect(functionsJs).not.toMatch(/\beval\s*\(/);
    expect(functionsJs).not.toMatch(/new\s+Function\s*\(/);
  });
});
