import type { Lang } from "../../types";
import type { Plan, SummaryRow } from "../types";
import { SECTION_TITLES } from "./layoutLabels";
import type { SheetBuilder } from "./sheetBuilder";
import { TITLE_WIDTH } from "./layoutTitle";

const HEADERS = {
  segment: { en: "Segment", zh: "客户分类" },
  valueTier: { en: "Value tier", zh: "价值层级" },
  priority: { en: "Priority", zh: "优先级" },
  customers: { en: "Customers", zh: "客户数" },
  share: { en: "Share", zh: "客户占比" },
  revenue: { en: "Revenue", zh: "销售额" },
  revenueShare: { en: "Revenue share", zh: "销售额占比" },
  averageClv: { en: "Average CLV", zh: "平均 CLV" },
  churnRisk: { en: "Churn risk", zh: "流失预警" },
};

const CHART_TITLE = { en: "Customers and revenue by segment", zh: "各细分客户数与销售额占比" };
/** The chart floats right of the summary tables: from column J, 8 columns wide and 18 rows high. */
const CHART_LEFT = 9;
const CHART_COLUMNS = 8;
const CHART_ROWS = 18;

/** The three summary tables (by segment, value tier and priority), each with a total row. *
 * A clustered column chart of customer share and revenue share by segment floats to the right of
 * the tables, drawn from their cells.
 *
 * @param b - the sheet being built; its `row` moves past the section
 * @param plan - the plan from `buildPlan`
 * @param lang - the language of the texts
 *
 * @example
 * const b = new SheetBuilder();
 * layoutSummary(b, plan, "en");
 * b.sections[0].key // => "summary"
 */
export function layoutSummary(b: SheetBuilder, plan: Plan, lang: Lang): void {
  b.section("summary", SECTION_TITLES.summary[lang], TITLE_WIDTH);
  const tables: [keyof typeof HEADERS, readonly SummaryRow[]][] = [
    ["segment", plan.summary.bySegment],
    ["valueTier", plan.summary.byValueTier],
    ["priority", plan.summary.byPriority],
  ];
  const top = b.row;
  tables.forEach(([by, rows], t) => {
    if (t > 0) b.row += 1;
    const row = b.row;
    if (by === "segment" && rows.length > 0) {
      b.charts.push({
        kind: "columnClustered",
        title: CHART_TITLE[lang],
        categories: { top: row + 1, left: 0, bottom: row + rows.length, right: 0 },
        series: [
          { name: HEADERS.share[lang], values: { top: row + 1, left: 3, bottom: row + rows.length, right: 3 } },
          { name: HEADERS.revenueShare[lang], values: { top: row + 1, left: 5, bottom: row + rows.length, right: 5 } },
        ],
        anchor: { top, left: CHART_LEFT, bottom: top + CHART_ROWS - 1, right: CHART_LEFT + CHART_COLUMNS - 1 },
        valueFormat: "0%",
      });
    }
    b.span(row, 0, 1, HEADERS[by][lang], "tableHeader");
    const columns = ["customers", "share", "revenue", "revenueShare", "averageClv", "churnRisk"] as const;
    columns.forEach((c, i) => b.put(row, 2 + i, HEADERS[c][lang], "tableHeader"));
    b.row += 1;
    for (const r of [...rows, plan.summary.totals]) {
      b.span(b.row, 0, 1, r.label[lang], "text");
      b.put(b.row, 2, r.customers, "number");
      b.put(b.row, 3, r.share, "percent");
      b.put(b.row, 4, r.revenue, "money");
      b.put(b.row, 5, r.revenueShare, "percent");
      b.put(b.row, 6, r.averageClv, "money");
      b.put(b.row, 7, r.churnRisk, "number");
      b.row += 1;
    }
  });
}
