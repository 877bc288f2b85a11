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

/** The three summary tables (by segment, value tier and priority), each with a total row. *
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
  tables.forEach(([by, rows], t) => {
    if (t > 0) b.row += 1;
    const row = b.row;
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
