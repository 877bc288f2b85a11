/**
 * Checks shared by the hardening tests: issues that name their cell and speak both languages,
 * results without NaN or Infinity. They return the problems found (empty when all is well), so a
 * property makes one assertion per table.
 */
import type { Issue } from "../../src/core/issues";

const CJK = /[\u3400-\u9fff]/;

/**
 * What is wrong with one issue, if anything. A well-formed issue has an A1 address (`C7`), or a row
 * address (`7:7`), that agrees with its `row`; the column's header when it names a cell; a message
 * in English and one in Chinese; a value cut to 60 characters. On the header row only notes about
 * the whole table are allowed.
 */
export function issueProblems(issue: Issue, header: readonly string[], firstColumn = 0, headerRow = 1): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${issue.address} ${issue.code}: ${what}`);
  const cell = /^([A-Z]+)([1-9]\d*)$/.exec(issue.address);
  const row = /^([1-9]\d*):\1$/.exec(issue.address);
  if (issue.row === headerRow) {
    if (issue.code !== "MODEL_NOTE" || issue.address !== `${headerRow}:${headerRow}`) fail("not a table note");
  } else if (cell) {
    if (Number(cell[2]) !== issue.row) fail(`row ${issue.row} does not match the address`);
    const index = [...cell[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 - firstColumn;
    if (index < 0 || index >= header.length) fail("the address is outside the table");
    else if (header[index] && issue.column !== header[index]) fail(`column "${issue.column}" is not the header`);
  } else if (row?.[1] !== String(issue.row)) {
    fail("the address is neither a cell nor the issue's row");
  }
  if (!/[A-Za-z]{3}/.test(issue.message.en)) fail("no English message");
  if (!CJK.test(issue.message.zh)) fail("no Chinese message");
  if (issue.message.en === issue.message.zh) fail("the same text in both languages");
  if (issue.value !== undefined && issue.value.length > 60) fail("value longer than 60 characters");
  return problems;
}

/** True when `value` holds a number that is NaN or infinite. Results are plain data: trees, no cycles. */
function hasNonFinite(value: unknown, depth = 0): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (typeof value !== "object" || value === null || value instanceof Date) return false;
  if (depth > 64) throw new Error("nested more than 64 levels: a cycle?");
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasNonFinite(value[i], depth + 1)) return true;
    return false;
  }
  for (const k in value) if (hasNonFinite((value as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}

/** Paths of every number in `value` that is NaN or infinite (objects and arrays walked, each once). */
export function nonFiniteNumbers(value: unknown): string[] {
  if (!hasNonFinite(value)) return [];
  const found: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string): void => {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) found.push(`${path} = ${v}`);
      return;
    }
    if (typeof v !== "object" || v === null || seen.has(v) || v instanceof Date) return;
    seen.add(v);
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, "$");
  return found;
}
