/**
 * `npm run bench`: the core's speed on this machine, as milliseconds and as ratios to a baseline
 * measured in the same run (sorting 1,048,576 numbers with the engine's built-in typed-array sort),
 * so results from different machines can be compared.
 */
import ExcelJS from "exceljs";
import os from "os";
import { performance } from "perf_hooks";
import { analyzeTable } from "../src/app/analyzeTable";
import { buildPlanSheet } from "../src/app/buildPlanSheet";
import { excelSerialFromDay } from "../src/core/days";
import { loadWorkbook } from "../src/headless/workbookFile";
import { computeClv, discountedClv, fitBgnbd, fitGammaGamma, gammaGammaExpectedSpend } from "../src/core/clv";
import { assignSegments, scoreRfm } from "../src/core/rfm";
import { readCustomers } from "../src/core/table";
import { bundleReport } from "./bundle";
import { cdnowSummary } from "./cdnow";
import { measure } from "./measure";
import { seededRandom, syntheticCustomers } from "./syntheticCustomers";

const MILLION = 1_048_576;

/** A 100,000-customer summary workbook as .xlsx bytes. */
async function summaryWorkbook(count: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Customers");
  ws.addRow(["Customer ID", "First purchase date", "Last purchase date", "Purchases", "Total amount"]);
  for (const c of syntheticCustomers(count, 11)) {
    const asOf = 20453; // 2025-12-31
    ws.addRow([
      c.id,
      excelSerialFromDay(asOf - c.ageDays),
      excelSerialFromDay(asOf - c.recencyDays),
      c.purchases,
      c.total,
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Analyze + Build plan on an .xlsx file's bytes, written back to bytes: what `cdp plan` does. With
 * `rewrite`, the workbook is written whole by the workbook library instead of edited in its package.
 */
async function planRoundTrip(bytes: Uint8Array, rewrite = false): Promise<{ ms: number; phases: string }> {
  const laps: string[] = [];
  const start = performance.now();
  let last = start;
  const lap = (name: string): void => {
    const now = performance.now();
    laps.push(`${name} ${(now - last).toFixed(0)}`);
    last = now;
  };
  const port = await loadWorkbook(bytes, "in.xlsx");
  lap("open");
  const analysis = await analyzeTable(port, { table: "Customers", lang: "en" });
  lap("analyze");
  await buildPlanSheet(port, { analysis, lang: "en" });
  lap("plan");
  await port.toXlsx({ rewrite });
  lap("save");
  return { ms: performance.now() - start, phases: laps.join(", ") };
}
async function main(): Promise<void> {
  console.log(
    `CDP benchmark: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}`,
  );
  const random = seededRandom(1);
  const numbers = Float64Array.from({ length: MILLION }, () => random());
  const baseline = measure(() => Float64Array.from(numbers).sort());
  console.log(
    `baseline: sort ${MILLION.toLocaleString("en-US")} numbers (Float64Array.sort) ${baseline.toFixed(0)} ms\n`,
  );

  const rows: { name: string; ms: number; target?: number }[] = [];

  // The plan round trip runs first, before the million-customer data below fills the heap.
  const planInput = await summaryWorkbook(100_000);
  const edited = await planRoundTrip(planInput);
  rows.push({
    name: "plan for 100,000 customers, .xlsx in → scored .xlsx with plan out",
    ms: edited.ms,
    target: 10_000,
  });
  const rewritten = await planRoundTrip(planInput, true);
  rows.push({ name: "  the same, the workbook written whole by the workbook library", ms: rewritten.ms });
  console.log(`plan round trip phases, ms: ${edited.phases}; written whole: ${rewritten.phases}\n`);

  const customers = syntheticCustomers(MILLION);

  rows.push({
    name: `RFM scores (5 quantile bins), ${MILLION.toLocaleString("en-US")} customers`,
    ms: measure(() => scoreRfm(customers)),
    target: 300,
  });
  const scored = scoreRfm(customers);
  rows.push({
    name: `rfm11 segments of those scores`,
    ms: measure(() => assignSegments(scored, "rfm11")),
  });

  const matrix: unknown[][] = [["客户编号", "最近购买日期", "购买次数", "消费金额"]];
  for (const c of customers) matrix.push([c.id, 45000 + (c.row % 700), c.purchases, c.total]);
  rows.push({
    name: `read a ${MILLION.toLocaleString("en-US")}-row summary table (4 columns)`,
    ms: measure(() => readCustomers(matrix), 1),
  });

  const cdnow = cdnowSummary();
  if (cdnow) {
    rows.push({
      name: "BG/NBD + Gamma-Gamma fit, CDNOW (2,357 customers)",
      ms: measure(() => {
        fitBgnbd(cdnow);
        const repeat = cdnow.x.map((x, i) => i).filter((i) => cdnow.x[i] > 0);
        fitGammaGamma({ x: repeat.map((i) => cdnow.x[i]), mbar: repeat.map((i) => cdnow.mbar[i]) });
      }),
    });
  } else {
    console.log("(CDNOW data not found beside the project: the model-fit benchmark is skipped)");
  }

  const weeks = {
    x: Float64Array.from(customers, (c) => c.repeatCount),
    tx: Float64Array.from(customers, (c) => c.repeatSpanDays / 7),
    T: Float64Array.from(customers, (c) => c.ageDays / 7),
  };
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const gg = { p: 6.25, q: 3.74, v: 15.44 };
  const spend = Float64Array.from(customers, (c) => gammaGammaExpectedSpend(gg, c.repeatCount, c.repeatMean));
  rows.push({
    name: `discounted CLV (12 months), ${MILLION.toLocaleString("en-US")} customers, fixed parameters`,
    ms: measure(() => discountedClv(params, { ...weeks, spend }, { unit: "weeks", months: 12 }), 1),
    target: 1500,
  });
  rows.push({
    name: `CLV end to end (fit + predict, method bgnbd), ${MILLION.toLocaleString("en-US")} customers`,
    ms: measure(() => computeClv(customers, { method: "bgnbd", unit: "weeks" }), 1),
  });

  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"benchmark".padEnd(width)}  ${"ms".padStart(8)}  ${"× baseline".padStart(10)}  target`);
  for (const row of rows) {
    const target = row.target === undefined ? "" : `≤ ${row.target} ms ${row.ms <= row.target ? "met" : "MISSED"}`;
    console.log(
      `${row.name.padEnd(width)}  ${row.ms.toFixed(0).padStart(8)}  ${(row.ms / baseline).toFixed(2).padStart(10)}  ${target}`,
    );
  }

  console.log("");
  for (const line of await bundleReport()) console.log(line);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
