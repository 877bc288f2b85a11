import { kpiFormula } from "../../../../src/core/plan/layout";
import type { LiveTable } from "../../../../src/core/plan/layout";
import type { KpiLive } from "../../../../src/core/plan";

const table: LiveTable = Object.freeze({
  sheet: "Customers",
  firstRow: 1,
  lastRow: 3,
  columns: Object.freeze({ clv: 5, churn: 6, purchases: 2, nps: 3, total: 4 }),
  lang: "en",
});
const CLV = "'Customers'!$F$2:$F$4";
const SCORED = `${CLV},"<>"`;

describe("kpiFormula", () => {
  it("averages CLV over the scored rows as its example says", () => {
    const live: KpiLive = { kind: "average", column: "clv" };
    expect(kpiFormula(live, { ...table, columns: { clv: 5 } })).toBe(
      `IFERROR(SUMIFS('Customers'!$F$2:$F$4,'Customers'!$F$2:$F$4,"<>")/COUNTIFS('Customers'!$F$2:$F$4,"<>"),"")`,
    );
  });

  it("sums a column over the scored rows only", () => {
    expect(kpiFormula({ kind: "sum", column: "total" }, table)).toBe(
      `IFERROR(SUMIFS('Customers'!$E$2:$E$4,${SCORED}),"")`,
    );
  });

  it("adds one COUNTIFS per label, since COUNTIFS has no OR", () => {
    const live: KpiLive = {
      kind: "countRatio",
      column: "churn",
      match: ["warning", "critical"],
      matchLabels: [
        { en: "Warning", zh: "预警" },
        { en: "Critical", zh: "严重" },
      ],
    };
    const churn = "'Customers'!$G$2:$G$4";
    expect(kpiFormula(live, table)).toBe(
      `IFERROR((COUNTIFS(${churn},"=Warning",${SCORED})+COUNTIFS(${churn},"=Critical",${SCORED}))/COUNTIFS(${SCORED}),"")`,
    );
    expect(kpiFormula(live, { ...table, lang: "zh" })).toContain(`"=预警"`);
  });

  it("restricts both the count and the base to the rows meeting the where condition", () => {
    const live: KpiLive = {
      kind: "countRatio",
      column: "churn",
      matchLabels: [{ en: "No signal", zh: "无" }],
      where: { column: "purchases", atLeast: 2 },
    };
    const purchases = `'Customers'!$C$2:$C$4,">=2"`;
    expect(kpiFormula(live, table)).toBe(
      `IFERROR(COUNTIFS('Customers'!$G$2:$G$4,"=No signal",${purchases},${SCORED})/COUNTIFS(${purchases},${SCORED}),"")`,
    );
  });

  it("computes NPS as promoters minus detractors over answers 0 to 10, times 100", () => {
    const nps = "'Customers'!$D$2:$D$4";
    const answers = (low: number, high: number) => `COUNTIFS(${nps},">=${low}",${nps},"<=${high}",${SCORED})`;
    expect(kpiFormula({ kind: "nps", column: "nps" }, table)).toBe(
      `IFERROR((${answers(9, 10)}-${answers(0, 6)})/${answers(0, 10)}*100,"")`,
    );
  });

  it("matches labels exactly: wildcards are escaped and quotes doubled", () => {
    const live: KpiLive = { kind: "countRatio", column: "churn", matchLabels: [{ en: 'A*B?C~"D"', zh: "x" }] };
    expect(kpiFormula(live, table)).toContain(`"=A~*B~?C~~""D"""`);
  });

  it("quotes the sheet name and doubles an apostrophe in it", () => {
    const formula = kpiFormula({ kind: "sum", column: "clv" }, { ...table, sheet: "Tom's list" });
    expect(formula).toContain(`'Tom''s list'!$F$2:$F$4`);
  });

  it.each([
    ["the CLV column", { kind: "sum", column: "total" } as KpiLive, { total: 4 }],
    ["the KPI's own column", { kind: "nps", column: "nps" } as KpiLive, { clv: 5 }],
    [
      "the where column",
      { kind: "countRatio", column: "clv", atLeast: 0, where: { column: "purchases", atLeast: 2 } } as KpiLive,
      { clv: 5 },
    ],
  ])("gives no formula when the table lacks %s", (_, live, columns) => {
    expect(kpiFormula(live, { ...table, columns })).toBeUndefined();
  });
});
