import { existsSync, readFileSync } from "fs";
import path from "path";

/** The CDNOW 2,357-customer summary (weeks) from ../shared/data, or undefined when the folder is absent. */
export function cdnowSummary(): { x: number[]; tx: number[]; T: number[]; mbar: number[] } | undefined {
  const file = path.resolve(
    __dirname,
    "..",
    "..",
    "..",
    "..",
    "shared",
    "data",
    "cdnow_customers_summary_with_transactions.csv",
  );
  if (!existsSync(file)) return undefined;
  const rows = readFileSync(file, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(",").map(Number));
  return {
    x: rows.map((r) => r[1]),
    tx: rows.map((r) => r[2]),
    T: rows.map((r) => r[3]),
    mbar: rows.map((r) => r[4]),
  };
}
