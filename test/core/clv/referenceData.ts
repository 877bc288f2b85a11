/**
 * Reads the public CDNOW reference files from /work/shared/data (next to the project). Tests that
 * need them use `describeWithData`, which skips with a message when the folder is absent.
 */
import * as fs from "fs";
import * as path from "path";

export const DATA_DIR = path.resolve(__dirname, "../../../../shared/data");
const hasData = fs.existsSync(path.join(DATA_DIR, "cdnow_customers_summary_with_transactions.csv"));

/** `describe` when the reference data is present, else `describe.skip` with a note saying why. */
export function describeWithData(name: string, body: () => void): void {
  if (hasData) {
    describe(name, body);
  } else {
    // The body is not run at all: describe.skip still runs it to collect tests, and it reads the data.
    describe(name, () => {
      it.skip(`needs the reference data, not found at ${DATA_DIR}`, () => undefined);
    });
  }
}

/** Rows of a CSV with a header, as numbers. */
function readCsv(file: string): number[][] {
  const lines = fs.readFileSync(path.join(DATA_DIR, file), "utf8").trim().split(/\r?\n/).slice(1);
  return lines.map((line) => line.split(",").map(Number));
}

/** CDNOW calibration summary, 2,357 customers in weeks: ID, x, t_x, T, zbar. */
export function cdnowSummary(): { id: number[]; x: number[]; tx: number[]; T: number[]; zbar: number[] } {
  const rows = readCsv("cdnow_customers_summary_with_transactions.csv");
  return {
    id: rows.map((r) => r[0]),
    x: rows.map((r) => r[1]),
    tx: rows.map((r) => r[2]),
    T: rows.map((r) => r[3]),
    zbar: rows.map((r) => r[4]),
  };
}

/** lifetimes 0.11.3 outputs for the first 50 CDNOW customers. */
export interface ReferenceRow {
  readonly id: number;
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
  readonly monetary: number;
  readonly condExpPurchases39: number;
  readonly pAlive: number;
  readonly expectedAvgProfit: number;
  readonly clv12: number;
}

export function referenceFirst50(): ReferenceRow[] {
  return readCsv("reference_first50.csv").map((r) => ({
    id: r[0],
    frequency: r[1],
    recency: r[2],
    T: r[3],
    monetary: r[4],
    condExpPurchases39: r[5],
    pAlive: r[6],
    expectedAvgProfit: r[7],
    clv12: r[8],
  }));
}

/** CDNOW_master.txt (after its header line): customer id, date YYYYMMDD, number of CDs, dollar value. */
export function cdnowMaster(): { id: number; date: string; value: number }[] {
  const text = fs.readFileSync(path.join(DATA_DIR, "CDNOW_master.txt"), "utf8");
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => /^\d+$/.test(f[0]))
    .map((f) => ({ id: Number(f[0]), date: f[1], value: Number(f[3]) }));
}

/** |a/b − 1| */
export function relativeError(a: number, b: number): number {
  return Math.abs(a / b - 1);
}
