import { dayFromYmd } from "../../../src/core/days";
import { scoreCustomers } from "../../../src/core/score";
import type { ScoreOptions, ScoreResult } from "../../../src/core/score";
import type { Customer, Day } from "../../../src/core/types";

/** The day the fixture's history ends. */
export const FIXTURE_AS_OF: Day = dayFromYmd(2025, 12, 31);

/** Plan inputs that go with the fixture: a yearly plan starting the day after the as-of date. */
export const FIXTURE_PLAN_INPUTS = Object.freeze({
  name: "2026 客户发展计划 / Customer development plan 2026",
  asOf: FIXTURE_AS_OF,
  start: dayFromYmd(2026, 1, 1),
  quarters: 4,
});

type Extra = Partial<Omit<Customer, "id" | "row" | "recencyDays" | "purchases" | "total">>;

/**
 * One customer from its purchase history in days before the as-of date: first purchase
 * `firstAgo` days ago, last purchase `lastAgo` days ago, `purchases` purchases worth `total`.
 * Its ID is `C` and the index in three digits; its sheet row is index + 1.
 */
export function customer(
  index: number,
  name: string,
  firstAgo: number,
  lastAgo: number,
  purchases: number,
  total: number,
  extra: Extra = {},
): Customer {
  const repeatCount = purchases - 1;
  return {
    id: `C${String(index).padStart(3, "0")}`,
    row: index + 1,
    name,
    recencyDays: lastAgo,
    purchases,
    total,
    firstPurchase: FIXTURE_AS_OF - firstAgo,
    lastPurchase: FIXTURE_AS_OF - lastAgo,
    repeatCount,
    repeatSpanDays: repeatCount > 0 ? firstAgo - lastAgo : 0,
    ageDays: firstAgo,
    repeatMean: repeatCount > 0 ? total / purchases : 0,
    ...extra,
  };
}

const healthy = { currentRatio: 1.8, netMargin: 0.08, roa: 0.07, dso: 45, inventoryDays: 60 };

/**
 * Forty hand-made B2B accounts (amounts in yuan), written to cover every situation the plan deals with:
 * - C001–C006: large, frequent, recent accounts with margins, healthy finances and promoters' NPS;
 * - C007–C008: large, frequent accounts that stopped buying (at risk), one with rising complaints;
 * - C009–C011: large but infrequent accounts that lapsed, one with a high credit risk (DSO 120 days);
 * - C012–C015: recent, infrequent, large buyers (developing), two with weak finances and two costly to serve;
 * - C016–C021: recent, frequent, small buyers, three of them costly to serve;
 * - C022–C027: new customers with one or two small purchases;
 * - C028–C032: frequent small buyers that lapsed;
 * - C033–C040: small, lapsed one- or two-time buyers, two of them costly to serve.
 */
export const FIXTURE_CUSTOMERS: readonly Customer[] = Object.freeze([
  customer(1, "华东机电", 1500, 6, 36, 920_000, { margin: 230_000, nps: 10, ...healthy, monthlyVolume: 76_000 }),
  customer(2, "北方重工", 1400, 12, 30, 780_000, { margin: 180_000, nps: 9, ...healthy, monthlyVolume: 65_000 }),
  customer(3, "南粤电子", 1300, 9, 28, 640_000, { margin: 170_000, nps: 9, ...healthy, monthlyVolume: 53_000 }),
  customer(4, "西部能源", 1200, 20, 24, 560_000, { margin: 120_000, nps: 8, ...healthy, dso: 75 }),
  customer(5, "江南纺织", 1100, 15, 22, 420_000, { margin: 110_000, nps: 10 }),
  customer(6, "中原物流", 1000, 25, 20, 380_000, { margin: 90_000, nps: 7 }),
  customer(7, "渤海化工", 1450, 260, 26, 510_000, { margin: 120_000, nps: 6, complaints: 4, complaintsPrevious: 1 }),
  customer(8, "长江汽配", 1350, 210, 18, 350_000, { margin: 80_000, nps: 5 }),
  customer(9, "东海船舶", 900, 330, 3, 300_000, { margin: 60_000, currentRatio: 1.2, dso: 120 }),
  customer(10, "天山矿业", 800, 280, 2, 260_000, { margin: 55_000, nps: 4 }),
  customer(11, "黄河建材", 700, 400, 4, 240_000),
  customer(12, "珠江医疗", 200, 10, 3, 210_000, { margin: 70_000, nps: 9 }),
  customer(13, "蓉城软件", 150, 18, 2, 180_000, { margin: 65_000, currentRatio: 0.9, dso: 95, nps: 8 }),
  customer(14, "海峡食品", 120, 30, 2, 150_000, { nps: 9, costToServe: 32_000 }),
  customer(15, "燕山钢铁", 240, 40, 3, 160_000, { margin: 30_000, costToServe: 25_000, ...healthy, currentRatio: 1.3 }),
  customer(16, "滨海零售1", 700, 8, 14, 42_000, { nps: 8, costToServe: 5_000 }),
  customer(17, "滨海零售2", 650, 14, 12, 38_000, { nps: 9, costToServe: 5_000 }),
  customer(18, "城南超市", 600, 5, 16, 30_000, { nps: 10 }),
  customer(19, "城北便利", 550, 22, 11, 26_000),
  customer(20, "校园书店", 500, 30, 10, 24_000, { nps: 7, costToServe: 3_000 }),
  customer(21, "社区药房", 450, 12, 13, 33_000, { nps: 9 }),
  customer(22, "新锐科技", 20, 20, 1, 8_000, { nps: 9 }),
  customer(23, "初创工坊", 35, 35, 1, 6_000),
  customer(24, "青禾农业", 60, 10, 2, 12_000, { nps: 8 }),
  customer(25, "星辰传媒", 45, 45, 1, 5_000),
  customer(26, "云帆设计", 80, 25, 2, 9_000, { nps: 6 }),
  customer(27, "晨曦教育", 15, 15, 1, 7_000),
  customer(28, "老街五金", 1200, 220, 12, 28_000, { nps: 5 }),
  customer(29, "东门餐饮", 1100, 300, 10, 40_000, { complaints: 3 }),
  customer(30, "西郊农资", 1000, 260, 9, 36_000),
  customer(31, "南湖文具", 900, 240, 11, 38_000, { nps: 3 }),
  customer(32, "北岸花卉", 800, 350, 8, 16_000),
  customer(33, "远山茶业", 700, 500, 2, 4_000),
  customer(34, "旧城家具", 900, 600, 1, 3_000),
  customer(35, "河口水产", 650, 450, 2, 5_500, { costToServe: 2_500 }),
  customer(36, "高原牧业", 500, 500, 1, 2_500),
  customer(37, "林场木业", 800, 420, 2, 6_000, { nps: 2 }),
  customer(38, "山村合作社", 600, 600, 1, 1_500, { costToServe: 1_000 }),
  customer(39, "湖畔民宿", 400, 380, 2, 3_500),
  customer(40, "海湾渔具", 550, 550, 1, 2_000),
]);

/** The options the fixture is scored with: the eight Chinese classes, retention CLV with a fixed rate. */
export const FIXTURE_SCORE_OPTIONS: ScoreOptions = Object.freeze<ScoreOptions>({
  rfm: { scheme: "cn8" },
  clv: { method: "retention", retentionRate: 0.8, discountAnnual: 0.1 },
  marginRate: 0.25,
});

/**
 * Scores the fixture customers (deterministic: no model fitting, fixed as-of).
 *
 * @param options - scoring options to use instead of {@link FIXTURE_SCORE_OPTIONS}
 */
export function fixtureScore(options: ScoreOptions = FIXTURE_SCORE_OPTIONS): ScoreResult {
  return scoreCustomers(FIXTURE_CUSTOMERS, options);
}
