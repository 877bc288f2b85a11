import { Command, InvalidArgumentError, Option } from "commander";
import { existsSync } from "fs";
import { readFile, writeFile, mkdir, stat } from "fs/promises";
import path from "path";
import { analyzeTable } from "../app/analyzeTable";
import { buildPlanSheet } from "../app/buildPlanSheet";
import type { AnalyzeResult } from "../app/analyzeTable";
import { computeClv } from "../core/clv";
import { dayFromIso } from "../core/days";
import { isDomainError } from "../core/errors";
import type { Ambition } from "../core/plan";
import type { SegmentSchemeKey } from "../core/rfm";
import type { ScoreOptions } from "../core/score";
import { readCustomers } from "../core/table";
import type { Lang } from "../core/types";
import { formatAnalysis } from "./formatAnalysis";
import { checkFileSize, loadWorkbook, saveWorkbook, WorkbookFileError, workbookFileKind } from "./workbookFile";
import type { XlsxWorkbook } from "./xlsxWorkbook";

const SCHEMES: Record<string, SegmentSchemeKey> = {
  rfm: "rfm11",
  rfm11: "rfm11",
  "rfm-r10": "rfm-r10",
  cn8: "cn8",
  "cn8-volcano": "cn8-volcano",
};

interface ScoreFlags {
  out?: string;
  sheet?: string;
  asOf?: string;
  scheme: string;
  lang: Lang;
  bins: number;
  rfmMethod: "quantile" | "quantile-r" | "rank" | "mean";
  clvMethod: "auto" | "historical" | "simple" | "retention" | "bgnbd";
  horizonMonths: number;
  discountMonthly: number;
  unit?: "days" | "weeks";
  dataUnit: "days" | "weeks";
  margin?: number;
  shape: "auto" | "summary" | "transactions" | "lifetimes";
}

const number =
  (name: string, min: number, max: number, integer = false) =>
  (text: string) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new InvalidArgumentError(
        `${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}.`,
      );
    }
    return value;
  };

function scoreOptions(flags: ScoreFlags): ScoreOptions {
  const scheme = SCHEMES[flags.scheme];
  return {
    rfm: { bins: flags.bins, method: flags.rfmMethod, scheme },
    clv: {
      method: flags.clvMethod,
      horizonMonths: flags.horizonMonths,
      discountMonthly: flags.discountMonthly,
      ...(flags.unit ? { unit: flags.unit } : {}),
    },
    ...(flags.margin !== undefined ? { marginRate: flags.margin } : {}),
  };
}

function asOfDay(text: string | undefined, flag = "--as-of"): number | undefined {
  if (text === undefined) return undefined;
  const day = dayFromIso(text);
  if (day === undefined) throw new InvalidArgumentError(`${flag} must be a date as YYYY-MM-DD, got "${text}".`);
  return day;
}

interface PlanFlags extends ScoreFlags {
  out: string;
  start?: number;
  quarters: number;
  ambition: Ambition;
  name?: string;
}

/** A workbook file, refused before it is read into memory when it is larger than CDP opens. */
async function openInput(input: string): Promise<XlsxWorkbook> {
  checkFileSize((await stat(input)).size, input);
  return loadWorkbook(await readFile(input), input);
}

/** Scores a table and adds the customer development plan sheet to the saved workbook. */
async function plan(input: string, flags: PlanFlags, print: (line: string) => void): Promise<void> {
  if (workbookFileKind(flags.out) !== "xlsx") {
    throw new WorkbookFileError(
      `--out must be an .xlsx file (the plan is a formatted sheet), got "${flags.out}".`,
      `--out 必须是 .xlsx 文件（计划是带格式的工作表），当前为“${flags.out}”。`,
    );
  }
  const start = flags.start;
  await score(input, flags, print, async (port, analysis) => {
    const sheet = await buildPlanSheet(port, {
      analysis,
      lang: flags.lang,
      quarters: flags.quarters,
      ambition: flags.ambition,
      ...(start !== undefined ? { start } : {}),
      ...(flags.name !== undefined ? { name: flags.name } : {}),
    });
    print(flags.lang === "zh" ? `已生成计划工作表“${sheet}”` : `Wrote the plan sheet "${sheet}"`);
  });
}

/**
 * Runs Analyze on one table of a file and saves the scored workbook; `beforeSave` adds to the
 * workbook (the plan sheet) before it is saved.
 */
async function score(
  input: string,
  flags: ScoreFlags,
  print: (line: string) => void,
  beforeSave?: (port: XlsxWorkbook, result: AnalyzeResult) => Promise<void>,
): Promise<AnalyzeResult> {
  const port = await openInput(input);
  const tables = await port.listTables();
  if (tables.length === 0) {
    throw new WorkbookFileError(
      `${input} has no sheet with a header row and data.`,
      `${input} 中没有带表头和数据的工作表。`,
    );
  }
  const table = flags.sheet ?? tables[0].id;
  if (!tables.some((t) => t.id === table)) {
    const sheets = tables.map((t) => t.id).join(", ");
    throw new WorkbookFileError(
      `${input} has no sheet "${table}"; sheets: ${sheets}.`,
      `${input} 中没有工作表“${table}”；现有工作表：${sheets}。`,
    );
  }
  const asOf = asOfDay(flags.asOf);
  const result = await analyzeTable(port, {
    table,
    lang: flags.lang,
    read: { shape: flags.shape, unit: flags.dataUnit, ...(asOf !== undefined ? { asOf } : {}) },
    score: scoreOptions(flags),
  });
  for (const line of formatAnalysis(result, flags.lang, table)) print(line);
  await beforeSave?.(port, result);
  if (flags.out) {
    const bytes = await saveWorkbook(port, flags.out, result.customerSheet ?? table);
    await mkdir(path.dirname(path.resolve(flags.out)), { recursive: true });
    await writeFile(flags.out, bytes);
    print(flags.lang === "zh" ? `已写入 ${flags.out}` : `Wrote ${flags.out}`);
  }
  return result;
}

function addScoreOptions(command: Command): Command {
  return command
    .option("--sheet <name>", "sheet holding the customer table (default: the first sheet with data)")
    .option("--as-of <YYYY-MM-DD>", "day recency and age are measured to (default: the latest date in the data)")
    .addOption(new Option("--scheme <scheme>", "segment scheme").choices(Object.keys(SCHEMES)).default("rfm"))
    .addOption(
      new Option("--lang <lang>", "language of headers, labels and messages").choices(["en", "zh"]).default("en"),
    )
    .option("--bins <k>", "RFM scores per dimension, 2..10", number("--bins", 2, 10, true), 5)
    .addOption(
      new Option("--rfm-method <method>", "RFM binning")
        .choices(["quantile", "quantile-r", "rank", "mean"])
        .default("quantile"),
    )
    .addOption(
      new Option(
        "--clv-method <method>",
        "CLV method (auto: BG/NBD + Gamma-Gamma when the data supports it, else retention)",
      )
        .choices(["auto", "historical", "simple", "retention", "bgnbd"])
        .default("auto"),
    )
    .option("--horizon-months <n>", "CLV horizon in months", number("--horizon-months", 1, 1200, true), 12)
    .option(
      "--discount-monthly <d>",
      "CLV discount rate per month (0.01 = 1%)",
      number("--discount-monthly", 0, 1),
      0.01,
    )
    .addOption(new Option("--unit <unit>", "time unit the BG/NBD model is fitted in").choices(["days", "weeks"]))
    .addOption(
      new Option("--data-unit <unit>", "time unit of lifetimes-style recency and T columns")
        .choices(["days", "weeks"])
        .default("days"),
    )
    .option(
      "--margin <rate>",
      "margin rate for customers without a margin column (0.3 = 30%); default 1",
      number("--margin", -1, 1),
    )
    .addOption(
      new Option("--shape <shape>", "table layout")
        .choices(["auto", "summary", "transactions", "lifetimes"])
        .default("auto"),
    );
}

/** The first `relative` path found in `start` or a folder above it (the compiled and the source tree differ in depth). */
function findUp(start: string, relative: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new WorkbookFileError(
        `${relative} was not found above ${start}.`,
        `在 ${start} 及其上级目录中未找到 ${relative}。`,
      );
    }
  }
}

/** The `cdp` program. */
export function buildProgram(print: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Command {
  const program = new Command("cdp")
    .description(
      "CDP: customer development planning. Scores a customer table (RFM, segments, CLV, value tier, priority, " +
        "churn warning, key-account screening) from .xlsx or .csv files. Nothing leaves your machine.",
    )
    .showHelpAfterError()
    .exitOverride();

  addScoreOptions(
    program
      .command("score <input>")
      .description(
        "Score a customer table (one row per customer, a transaction log, or lifetimes-style columns) and save the " +
          "workbook with the score columns added; every input column is kept unchanged. Headers are recognised in " +
          "English and Chinese. A transaction log is scored into a new per-customer sheet.",
      )
      .option("--out <file>", "where to save the scored workbook (.xlsx or .csv)"),
  ).action(async (input: string, flags: ScoreFlags) => {
    await score(input, flags, print);
  });

  addScoreOptions(
    program
      .command("plan <input>")
      .description(
        "Score a customer table and add the customer development plan (客户发展计划书) as a formatted sheet: " +
          "summary, SMART goals, strategies, timeline with a Gantt grid, RACI, KPIs, risk register and SWOT.",
      )
      .requiredOption("--out <file>", "where to save the workbook with the scores and the plan (.xlsx)")
      .option(
        "--start <YYYY-MM-DD>",
        "first day of the plan (default: the first day of the month after the as-of)",
        (text: string) => asOfDay(text, "--start"),
      )
      .option("--quarters <n>", "length of the plan in quarters, 1..8", number("--quarters", 1, 8, true), 4)
      .addOption(
        new Option("--ambition <level>", "how far targets reach beyond the baseline")
          .choices(["conservative", "moderate", "ambitious"])
          .default("moderate"),
      )
      .option("--name <title>", "the plan's title (default: the start year and 'Customer development plan')"),
  ).action(async (input: string, flags: PlanFlags) => {
    await plan(input, flags, print);
  });

  program
    .command("fit <input>")
    .description("Fit BG/NBD and Gamma-Gamma to a customer table and print the parameters and log-likelihood.")
    .option("--sheet <name>", "sheet holding the customer table")
    .option("--as-of <YYYY-MM-DD>", "end of the observation period")
    .addOption(new Option("--unit <unit>", "time unit to fit in").choices(["days", "weeks"]).default("weeks"))
    .addOption(
      new Option("--data-unit <unit>", "unit of lifetimes-style columns").choices(["days", "weeks"]).default("days"),
    )
    .option("--json", "print JSON")
    .action(
      async (
        input: string,
        flags: { sheet?: string; asOf?: string; unit: "days" | "weeks"; dataUnit: "days" | "weeks"; json?: boolean },
      ) => {
        const port = await openInput(input);
        const tables = await port.listTables();
        const table = flags.sheet ?? tables[0]?.id;
        if (!table) {
          throw new WorkbookFileError(
            `${input} has no sheet with a header row and data.`,
            `${input} 中没有带表头和数据的工作表。`,
          );
        }
        const { matrix, info } = await port.readTable(table);
        const asOf = asOfDay(flags.asOf);
        const read = readCustomers(matrix, {
          headerRow: info.headerRow,
          firstColumn: info.firstColumn,
          unit: flags.dataUnit,
          ...(asOf !== undefined ? { asOf } : {}),
        });
        const clv = computeClv(read.customers, { method: "bgnbd", unit: flags.unit });
        if (!clv.model) {
          throw new WorkbookFileError(
            `The model could not be fitted: ${clv.fallback?.reason.en ?? "no reason given"}`,
            `无法拟合模型：${clv.fallback?.reason.zh ?? "未给出原因"}`,
          );
        }
        const { bgnbd, gammaGamma } = clv.model;
        const report = {
          unit: flags.unit,
          customers: read.customers.length,
          issues: read.issues.length,
          bgnbd: { ...bgnbd.params, logLikelihood: bgnbd.logLikelihood, converged: bgnbd.converged },
          gammaGamma: gammaGamma
            ? { ...gammaGamma.params, logLikelihood: gammaGamma.logLikelihood, converged: gammaGamma.converged }
            : null,
        };
        if (flags.json) print(JSON.stringify(report, null, 2));
        else {
          print(
            `BG/NBD (${flags.unit}): r=${bgnbd.params.r.toFixed(4)} alpha=${bgnbd.params.alpha.toFixed(4)} a=${bgnbd.params.a.toFixed(4)} b=${bgnbd.params.b.toFixed(4)} LL=${bgnbd.logLikelihood.toFixed(2)}`,
          );
          if (gammaGamma) {
            print(
              `Gamma-Gamma: p=${gammaGamma.params.p.toFixed(4)} q=${gammaGamma.params.q.toFixed(4)} v=${gammaGamma.params.v.toFixed(4)}`,
            );
          }
        }
      },
    );

  program
    .command("demo")
    .description(
      "Score the shipped sample workbook (examples/cdp-sample.xlsx), build its customer development plan and " +
        "write the result to out/.",
    )
    .option("--out-dir <dir>", "folder for the results", "out")
    .action(async (flags: { outDir: string }) => {
      const sample = findUp(__dirname, path.join("examples", "cdp-sample.xlsx"));
      const out = path.join(flags.outDir, "cdp-sample-scored.xlsx");
      const port = await loadWorkbook(await readFile(sample), sample);
      print(`CDP demo on ${path.relative(process.cwd(), sample)}\n`);
      const results: AnalyzeResult[] = [];
      for (const [table, lang] of [
        ["客户汇总", "zh"],
        ["Transactions", "en"],
      ] as const) {
        const result = await analyzeTable(port, { table, lang });
        results.push(result);
        for (const line of formatAnalysis(result, lang, table)) print(line);
        print("");
      }
      const planSheet = await buildPlanSheet(port, { analysis: results[0], lang: "zh", sheetName: "客户发展计划" });
      await mkdir(flags.outDir, { recursive: true });
      await writeFile(out, await saveWorkbook(port, out, "客户汇总"));
      print(
        `Wrote ${out}: the sample with score columns on 客户汇总, a scored "CDP Customers" sheet from Transactions ` +
          `and the customer development plan "${planSheet}" from 客户汇总.`,
      );
    });

  return program;
}

/** The language `--lang` asks for in raw arguments, for messages printed after the parsing failed. */
function languageOf(argv: readonly string[]): Lang {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "zh" ? "zh" : "en";
}

/** Runs the program; returns the exit code (non-zero only when nothing usable was produced). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (e) {
    const error = e as { code?: string; exitCode?: number; message?: string };
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    if (error.code?.startsWith("commander.")) return error.exitCode ?? 1;
    if (isDomainError(e)) process.stderr.write(`cdp: ${languageOf(argv) === "zh" ? e.messageZh : e.message}\n`);
    else if ((e as NodeJS.ErrnoException).code === "ENOENT") process.stderr.write(`cdp: ${(e as Error).message}\n`);
    else throw e;
    return 1;
  }
}
