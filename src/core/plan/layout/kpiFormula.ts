import { columnLetters } from "../../issues";
import type { KpiLive, LiveCondition } from "../types";
import type { LiveTable } from "./liveTable";

/** `'Sheet'!$K$2:$K$321`: an absolute one-column range, the sheet name quoted (`'` doubled). */
function columnRange(table: LiveTable, column: number): string {
  const letters = columnLetters(column);
  const sheet = `'${table.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!$${letters}$${table.firstRow + 1}:$${letters}$${table.lastRow + 1}`;
}

/** A text criterion that means "equals exactly": `=` first, wildcards escaped with `~`, quotes doubled. */
function equalsCriterion(text: string): string {
  return `"=${text.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""')}"`;
}

/**
 * Criteria pairs (`range,criterion`) for one condition; one list per alternative when it matches
 * several labels (COUNTIFS has no OR, so alternatives are summed).
 */
function conditionAlternatives(condition: LiveCondition, table: LiveTable): string[][] | undefined {
  const column = table.columns[condition.column];
  if (column === undefined) return undefined;
  const range = columnRange(table, column);
  if (condition.atLeast !== undefined) return [[range, `">=${condition.atLeast}"`]];
  const labels = condition.matchLabels?.map((l) => l[table.lang]) ?? [];
  if (labels.length === 0) return undefined;
  return labels.map((label) => [range, equalsCriterion(label)]);
}

/** Sum of COUNTIFS over each alternative of `condition`, all further restricted by `criteria`. */
function countWhere(alternatives: readonly string[][], criteria: readonly string[]): string {
  const counts = alternatives.map((alt) => `COUNTIFS(${[...alt, ...criteria].join(",")})`);
  return counts.length === 1 ? counts[0] : `(${counts.join("+")})`;
}

/**
 * The Excel formula of a live KPI over the scored customer table, or `undefined` when the table
 * lacks a column the KPI reads (the KPI then has no live value).
 *
 * Method: only scored rows count, i.e. rows whose CLV cell is not blank (rows that could not be
 * read keep blank score cells), so the formula gives the plan's baseline on the day it is built and
 * follows the table when customers are added, rescored or edited afterwards.
 * - `average` / `sum`: `SUMIFS(column, clv, "<>", where…)` divided by the matching count for an
 *   average;
 * - `countRatio`: `COUNTIFS(column, label, where…, clv, "<>")`, summed over the labels, divided by
 *   `COUNTIFS(where…, clv, "<>")`; labels are matched exactly (`"=label"`, wildcards escaped);
 * - `nps`: (answers 9–10 − answers 0–6) / answers 0–10 × 100.
 * The whole is wrapped in `IFERROR(…,"")`, so an empty table shows a blank, never `#DIV/0!`.
 * Only standard functions Excel 2010+ and LibreOffice both calculate; no CDP function is used, so the
 * sheet reads right without the add-in.
 *
 * @param live - the KPI's live description (from `buildKpis`)
 * @param table - where the scored table is
 * @returns the formula without the leading `=`, or `undefined`
 *
 * @example
 * kpiFormula({ kind: "average", column: "clv" },
 *   { sheet: "Customers", firstRow: 1, lastRow: 3, columns: { clv: 5 }, lang: "en" })
 * // => `IFERROR(SUMIFS('Customers'!$F$2:$F$4,'Customers'!$F$2:$F$4,"<>")/COUNTIFS('Customers'!$F$2:$F$4,"<>"),"")`
 */
export function kpiFormula(live: KpiLive, table: LiveTable): string | undefined {
  const clv = table.columns.clv;
  if (clv === undefined) return undefined;
  const scored = [columnRange(table, clv), `"<>"`];
  let where = scored;
  if (live.where) {
    const alternatives = conditionAlternatives(live.where, table);
    if (alternatives === undefined || alternatives.length !== 1) return undefined;
    where = [...alternatives[0], ...scored];
  }
  const count = `COUNTIFS(${where.join(",")})`;
  const target = table.columns[live.column];
  if (target === undefined) return undefined;
  const range = columnRange(table, target);
  let body: string;
  switch (live.kind) {
    case "sum":
      body = `SUMIFS(${[range, ...where].join(",")})`;
      break;
    case "average":
      body = `SUMIFS(${[range, ...where].join(",")})/${count}`;
      break;
    case "countRatio": {
      const alternatives = conditionAlternatives(live, table);
      if (alternatives === undefined) return undefined;
      body = `${countWhere(alternatives, where)}/${count}`;
      break;
    }
    case "nps": {
      const answers = (low: number, high: number) =>
        `COUNTIFS(${[range, `">=${low}"`, range, `"<=${high}"`, ...where].join(",")})`;
      body = `(${answers(9, 10)}-${answers(0, 6)})/${answers(0, 10)}*100`;
      break;
    }
  }
  return `IFERROR(${body},"")`;
}
