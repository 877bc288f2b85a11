/**
 * The R `rfm` package's `rfm_data_orders` (from the shared reference data, ../shared/data), summarised per customer the way
 * `rfm_table_order` does: transaction_count = number of order rows, amount = sum(revenue),
 * recency_days = 2006-12-31 − max(order_date).
 */
import * as fs from "fs";
import * as path from "path";
import { dayFromIso } from "../../../src/core/days";

export const DATA_DIR = path.resolve(__dirname, "../../../../shared/data");
export const ORDERS_CSV = path.join(DATA_DIR, "rfm_data_orders.csv");
/** `describe` when the reference data is present, `describe.skip` (with a message) when it is not. */
export const describeWithRfmData: jest.Describe = fs.existsSync(ORDERS_CSV)
  ? describe
  : (() => {
      console.warn(`skipping R rfm reference tests: ${ORDERS_CSV} is absent`);
      return describe.skip;
    })();

export interface OrdersCustomer {
  readonly id: string;
  readonly recencyDays: number;
  readonly purchases: number;
  readonly total: number;
}

export function loadRfmDataOrders(): OrdersCustomer[] {
  const analysisDay = dayFromIso("2006-12-31")!;
  const byId = new Map<string, { last: number; purchases: number; total: number }>();
  const lines = fs.readFileSync(ORDERS_CSV, "utf8").trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const m = /^"(.*)",(\d{4}-\d{2}-\d{2}),(-?[\d.]+)$/.exec(line);
    if (!m) throw new Error(`unexpected line in rfm_data_orders.csv: ${line}`);
    const day = dayFromIso(m[2])!;
    const c = byId.get(m[1]) ?? { last: -Infinity, purchases: 0, total: 0 };
    c.last = Math.max(c.last, day);
    c.purchases += 1;
    c.total += Number(m[3]);
    byId.set(m[1], c);
  }
  return [...byId].map(([id, c]) => ({
    id,
    recencyDays: analysisDay - c.last,
    purchases: c.purchases,
    total: c.total,
  }));
}
