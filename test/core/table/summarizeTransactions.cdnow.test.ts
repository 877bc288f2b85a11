import * as fs from "fs";
import * as path from "path";
import { dayFromYmd } from "../../../src/core/days";
import { readCustomers } from "../../../src/core/table/readCustomers";
import type { Customer } from "../../../src/core/types";

const DATA = path.resolve(__dirname, "../../../../shared/data");
const SAMPLE = path.join(DATA, "CDNOW_sample.txt");
const SUMMARY = path.join(DATA, "cdnow_customers_summary_with_transactions.csv");
const present = fs.existsSync(SAMPLE) && fs.existsSync(SUMMARY);
const describeIfData = present ? describe : describe.skip;
if (!present) {
  console.warn(`CDNOW reference data not found under ${DATA}: the CDNOW checks are skipped.`);
}

/** The sample log as Excel would hand it over: numbers, with the sample id (1..2357) as customer ID. */
function sampleMatrix(): unknown[][] {
  const rows: unknown[][] = [["Customer", "ID", "Date", "CDs", "Amount"]];
  for (const line of fs.readFileSync(SAMPLE, "utf8").split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts.length === 5) rows.push(parts.map(Number));
  }
  return rows;
}

/** Fader & Hardie's published summary: ID, x, t_x (weeks), T (weeks), zbar. */
function publishedSummary(): Map<string, number[]> {
  const [, ...lines] = fs.readFileSync(SUMMARY, "utf8").trim().split("\n");
  return new Map(lines.map((l) => l.split(",")).map(([id, ...v]) => [id!, v.map(Number)]));
}

/** True when `value` rounds to `published` at 2 decimals (with room for binary rounding at the half). */
const sameAt2dp = (value: number, published: number): boolean => Math.abs(value - published) <= 0.005 + 1e-9;

describeIfData("summarising the CDNOW sample (Fader, Hardie & Lee 2005)", () => {
  let customers: Customer[];
  let published: Map<string, number[]>;
  let futureWarnings: number;
  beforeAll(() => {
    const result = readCustomers(sampleMatrix(), { asOf: dayFromYmd(1997, 9, 30) });
    customers = result.customers;
    futureWarnings = result.issues.filter((i) => i.code === "FUTURE_DATE").length;
    expect(result.shape).toBe("transactions");
    expect(result.issues.filter((i) => i.code !== "FUTURE_DATE" && i.code !== "ZERO_AMOUNT")).toEqual([]);
    published = publishedSummary();
  });

  it("finds all 2,357 customers", () => {
    expect(customers).toHaveLength(2357);
    expect(new Set(customers.map((c) => c.id))).toEqual(new Set(published.keys()));
  });

  it("reproduces x exactly and t_x, T (in weeks) and zbar to 2 decimals for every customer", () => {
    const mismatches: string[] = [];
    for (const c of customers) {
      const [x, tx, T, zbar] = published.get(c.id)!;
      const ok =
        c.repeatCount === x &&
        sameAt2dp(c.repeatSpanDays / 7, tx!) &&
        sameAt2dp(c.ageDays / 7, T!) &&
        sameAt2dp(c.repeatMean, zbar!);
      if (!ok)
        mismatches.push(
          `${c.id}: ${[c.repeatCount, c.repeatSpanDays / 7, c.ageDays / 7, c.repeatMean]} vs ${[x, tx, T, zbar]}`,
        );
    }
    expect(mismatches).toEqual([]);
  });

  it("leaves the purchases after the calibration period out, one warning each", () => {
    const after = sampleMatrix()
      .slice(1)
      .filter((r) => (r[2] as number) > 19970930).length;
    expect(futureWarnings).toBe(after);
    expect(after).toBeGreaterThan(0);
  });
});

describeIfData("reading the published CDNOW summary as a lifetimes-style table", () => {
  it("gives each customer the same x, t_x and T, in days", () => {
    const text = fs.readFileSync(SUMMARY, "utf8").trim().split("\n");
    const matrix: unknown[][] = text.map((l, i) => (i === 0 ? l.split(",") : l.split(",").map(Number)));
    const result = readCustomers(matrix, { unit: "weeks" });
    expect(result.shape).toBe("lifetimes");
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.customers).toHaveLength(2357);
    const first = result.customers[0]!;
    // ID 1: x = 2, t_x = 30.43 weeks, T = 38.86 weeks, zbar = 22.35
    expect(first.id).toBe("1");
    expect(first.repeatCount).toBe(2);
    expect(first.repeatSpanDays).toBeCloseTo(30.43 * 7, 9);
    expect(first.ageDays).toBeCloseTo(38.86 * 7, 9);
    expect(first.repeatMean).toBe(22.35);
  });
});
