import ExcelJS from "exceljs";
import fc from "fast-check";
import type { LayoutConditionalFormat, PlanSheetLayout } from "../../../../src/core/plan/layout";
import { planRules } from "../../../../src/core/plan/layout/planRules";
import { writePlanSheet } from "../../../../src/headless/writePlanSheet";

const EXAMPLE: LayoutConditionalFormat = {
  kind: "kpiStatus",
  range: { top: 9, left: 5, bottom: 9, right: 5 },
  direction: "higher",
  green: 0.8,
  red: 0.6,
};

/** Evaluates a kpiStatus rule (`AND(ISNUMBER(F10),F10>=0.8,…)`) for a cell value. */
function holds(formula: string, value: number | string): boolean {
  const inner = /^AND\((.*)\)$/.exec(formula)![1].split(",");
  return inner.every((part) => {
    if (part.startsWith("ISNUMBER(")) return typeof value === "number";
    const [, op, bound] = /^[A-Z]+\d+(>=|<=|<|>)(.+)$/.exec(part)!;
    const x = value as number;
    const b = Number(bound);
    return op === ">=" ? x >= b : op === "<=" ? x <= b : op === "<" ? x < b : x > b;
  });
}

describe("planRules", () => {
  it("gives the kpiStatus rules of its example", () => {
    expect(planRules(EXAMPLE)).toEqual([
      { formula: "AND(ISNUMBER(F10),F10>=0.8)", fill: "#C6EFCE" },
      { formula: "AND(ISNUMBER(F10),F10<0.8,F10>=0.6)", fill: "#FFEB9C" },
      { formula: "AND(ISNUMBER(F10),F10<0.6)", fill: "#FFC7CE" },
    ]);
  });

  it("writes the Gantt, RACI and risk rules exactly as the command line's .xlsx plan does", () => {
    const formats: LayoutConditionalFormat[] = [
      {
        kind: "gantt",
        range: { top: 20, left: 7, bottom: 30, right: 18 },
        headerRow: 19,
        startColumn: 3,
        endColumn: 4,
      },
      { kind: "raci", range: { top: 40, left: 2, bottom: 45, right: 6 } },
      { kind: "riskLevel", range: { top: 60, left: 4, bottom: 66, right: 4 } },
    ];
    const sheet = new ExcelJS.Workbook().addWorksheet("Plan");
    const layout: PlanSheetLayout = {
      sections: [],
      cells: [],
      merges: [],
      columnWidths: [],
      validations: [],
      conditionalFormats: formats,
      charts: [],
      frozenRows: 0,
    };
    writePlanSheet(sheet, layout);
    type Rule = { formulae: string[]; style: { fill: { bgColor: { argb: string } } } };
    const theirs = (sheet as unknown as { conditionalFormattings: { rules: Rule[] }[] }).conditionalFormattings.map(
      (cf) => cf.rules.map((r) => ({ formula: r.formulae[0], fill: `#${r.style.fill.bgColor.argb.slice(2)}` })),
    );
    expect(formats.map(planRules)).toEqual(theirs);
  });

  it("colours a live KPI value by exactly one rule, as its direction and thresholds say, and a blank by none", () => {
    const spec = fc
      .record({
        direction: fc.constantFrom("higher" as const, "lower" as const),
        a: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        b: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        value: fc.double({ min: -2e6, max: 2e6, noNaN: true }),
      })
      .map(({ direction, a, b, value }) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return direction === "higher"
          ? { direction, green: high, red: low, value }
          : { direction, green: low, red: high, value };
      });
    fc.assert(
      fc.property(spec, ({ direction, green, red, value }) => {
        const rules = planRules({
          kind: "kpiStatus",
          range: { top: 0, left: 0, bottom: 0, right: 0 },
          direction,
          green,
          red,
        });
        const lit = rules.filter((r) => holds(r.formula, value)).map((r) => r.fill);
        const atOrBetter = (x: number, than: number) => (direction === "higher" ? x >= than : x <= than);
        const expected = atOrBetter(value, green) ? "#C6EFCE" : !atOrBetter(value, red) ? "#FFC7CE" : "#FFEB9C";
        expect(lit).toEqual([expected]);
        expect(rules.filter((r) => holds(r.formula, ""))).toEqual([]);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
