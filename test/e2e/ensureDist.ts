import { existsSync, readdirSync, statSync } from "fs";
import path from "path";
import webpack from "webpack";

/** The project's root folder. */
export const ROOT = path.resolve(__dirname, "../..");
/** Where `npm run build` writes the add-in. */
export const DIST = path.join(ROOT, "dist");

/** What a build is made from: a change to any of these makes dist/ out of date. */
const SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "package.json"];

/** The latest modification time (ms) of a file, or of any file under a folder; 0 when absent. */
function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newestChange(path.join(target, name))), 0);
}

/**
 * Whether dist/ holds a build at least as new as every source: dist/taskpane.html exists and the
 * newest file directly in dist/ is no older than the newest source file. (Webpack leaves a file
 * untouched when its content did not change, so the newest file stands for the last build.)
 *
 * @returns true when no build is needed
 */
export function distIsFresh(): boolean {
  if (!existsSync(path.join(DIST, "taskpane.html"))) return false;
  const built = readdirSync(DIST)
    .map((name) => statSync(path.join(DIST, name)))
    .filter((stat) => stat.isFile())
    .reduce((latest, stat) => Math.max(latest, stat.mtimeMs), 0);
  const sources = Math.max(...SOURCES.map((name) => newestChange(path.join(ROOT, name))));
  return built >= sources;
}

type MakeConfig = (env: Record<string, unknown>, options: Record<string, unknown>) => Promise<webpack.Configuration>;

/**
 * Builds the add-in into dist/ as `npm run build` does (production mode), when {@link distIsFresh}
 * says it is out of date. Every output file is written, changed or not, so the build's time stamps
 * mark it as fresh.
 *
 * @returns `"fresh"` when no build was needed, `"built"` after a build
 * @throws Error with webpack's messages when the build fails
 */
export async function ensureDist(): Promise<"fresh" | "built"> {
  if (distIsFresh()) return "fresh";
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as MakeConfig;
  const config = await makeConfig({ WEBPACK_BUILD: true, WEBPACK_BUNDLE: true }, { mode: "production" });
  config.output = { ...config.output, compareBeforeEmit: false };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error("no stats")) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return "built";
}
