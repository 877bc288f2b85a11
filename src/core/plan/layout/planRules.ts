import { columnLetters } from "../../issues";
import type { LayoutConditionalFormat } from "./types";

/** One custom conditional-format rule: a formula relative to the range's top-left cell (no `=`) and its fill. */
export interface PlanRule {
  readonly formula: string;
  readonly fill: string;
}

/** Fills of the conditional formats, the command line's colours. */
const GANTT_FILL = "#5B9BD5";
const GREEN = "#C6EFCE";
const AMBER = "#FFEB9C";
const RED = "#FFC7CE";
const RACI_FILLS: Readonly<Record<string, string>> = { R: GREEN, A: RED, C: AMBER, I: "#DDEBF7" };
const RISK_FILLS: Readonly<Record<string, string>> = { H: RED, M: AMBER, L: GREEN };

function cell(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** A threshold as formula text: JavaScript's shortest exact form, its exponent written `E` as in Excel (`1E-7`). */
function numberText(x: number): string {
  return String(x).toUpperCase();
}

/**
 * The custom rules of one conditional format of the plan sheet, written like the command line's
 * `.xlsx` plan:
 * - `gantt`: a month cell is filled when its month (header date to `EOMONTH`) overlaps the task's
 *   start and end dates in its row, so editing a date moves the bar;
 * - `raci`: one fill per letter R, A, C, I; `riskLevel`: H red, M amber, L green;
 * - `kpiStatus`: green when the value is at or better than `green`, red when worse than `red`, amber
 *   between ("better" is higher or lower by `direction`); each rule first asks `ISNUMBER`, so a
 *   blank live value (the formula's `""`) stays plain. The three rules never overlap, so their order
 *   does not matter.
 *
 * @param format - a conditional format of the layout
 * @returns the rules, formulas relative to the range's top-left cell, without the leading `=`
 *
 * @example
 * planRules({ kind: "kpiStatus", range: { top: 9, left: 5, bottom: 9, right: 5 }, direction: "higher", green: 0.8, red: 0.6 })
 * // => [{ formula: "AND(ISNUMBER(F10),F10>=0.8)", fill: "#C6EFCE" },
 * //     { formula: "AND(ISNUMBER(F10),F10<0.8,F10>=0.6)", fill: "#FFEB9C" },
 * //     { formula: "AND(ISNUMBER(F10),F10<0.6)", fill: "#FFC7CE" }]
 */
export function planRules(format: LayoutConditionalFormat): PlanRule[] {
  const { top, left } = format.range;
  const here = cell(top, left);
  switch (format.kind) {
    case "gantt": {
      const month = `${columnLetters(left)}$${format.headerRow + 1}`;
      const start = `$${columnLetters(format.startColumn)}${top + 1}`;
      const end = `$${columnLetters(format.endColumn)}${top + 1}`;
      return [
        {
          formula: `AND(ISNUMBER(${start}),ISNUMBER(${end}),${month}<=${end},EOMONTH(${month},0)>=${start})`,
          fill: GANTT_FILL,
        },
      ];
    }
    case "raci":
    case "riskLevel": {
      const fills = format.kind === "raci" ? RACI_FILLS : RISK_FILLS;
      return Object.entries(fills).map(([letter, fill]) => ({ formula: `${here}="${letter}"`, fill }));
    }
    case "kpiStatus": {
      const green = numberText(format.green);
      const red = numberText(format.red);
      const is = `ISNUMBER(${here})`;
      const [atGreen, belowGreen, beyondRed, withinRed] =
        format.direction === "higher" ? [">=", "<", "<", ">="] : ["<=", ">", ">", "<="];
      return [
        { formula: `AND(${is},${here}${atGreen}${green})`, fill: GREEN },
        { formula: `AND(${is},${here}${belowGreen}${green},${here}${withinRed}${red})`, fill: AMBER },
        { formula: `AND(${is},${here}${beyondRed}${red})`, fill: RED },
      ];
    }
  }
}
