import { dayFromIso, isoFromDay } from "../core/days";
import { DomainError } from "../core/errors";
import { buildPlan } from "../core/plan";
import type { Ambition } from "../core/plan";
import { layoutPlan } from "../core/plan/layout";
import type { PlanSheetLayout } from "../core/plan/layout";
import type { Day, Lang, LocalizedText } from "../core/types";
import type { AnalyzeResult } from "./analyzeTable";
import { defaultPlanStart } from "./defaultPlanStart";

/** A host that can write a plan sheet (e.g. `XlsxWorkbook`); it returns the name actually used. */
export interface PlanSheetPort {
  writePlanSheet(name: string, layout: PlanSheetLayout): Promise<string>;
}

export interface BuildPlanSheetOptions {
  /** The result of Analyze on the customer table. */
  readonly analysis: AnalyzeResult;
  readonly lang: Lang;
  /** The plan's title; default "Customer development plan YYYY" / "YYYY 客户发展计划" for the start year. */
  readonly name?: string;
  /** First day of the plan; default the first day of the month after the as-of date. */
  readonly start?: Day;
  /** 1..8, default 4. */
  readonly quarters?: number;
  /** Default `moderate`. */
  readonly ambition?: Ambition;
  /** The team's roles, 2..12; default the six default roles (see `DEFAULT_PLAN_ROLES`). */
  readonly roles?: readonly LocalizedText[];
  /** The sheet's name; default {@link PLAN_SHEET} in `lang`. */
  readonly sheetName?: string;
}

/** Default name of the plan sheet. */
export const PLAN_SHEET = { en: "Customer plan", zh: "客户发展计划" } as const;

/**
 * Build plan: turns an analysis into the customer development plan and writes it as a sheet the
 * add-in owns (an earlier plan sheet of that name is replaced, a user's sheet never).
 *
 * Method: `buildPlan` on the analysis' scores, with the analysis' issues feeding the data-quality
 * risk, then `layoutPlan` in `lang`, with the KPIs' current values as live formulas over the scored
 * table. The plan's as-of date is the analysis' as-of date.
 *
 * @param port - where the sheet is written
 * @param options - the analysis and the plan settings
 * @returns the name of the sheet written
 * @throws DomainError `NOT_ENOUGH_DATA` when the analysis has no as-of date (no customer was read);
 *   `buildPlan`'s errors for out-of-range settings
 *
 * @example
 * await buildPlanSheet(port, { analysis, lang: "zh" }) // => "客户发展计划"
 */
export async function buildPlanSheet(port: PlanSheetPort, options: BuildPlanSheetOptions): Promise<string> {
  const { analysis, lang } = options;
  const asOf = analysis.asOf === undefined ? undefined : dayFromIso(analysis.asOf);
  if (asOf === undefined) {
    throw new DomainError(
      "NOT_ENOUGH_DATA",
      "The analysis has no as-of date (no customer could be read), so there is nothing to plan.",
      "分析结果没有截止日期（未能读取任何客户），无法生成计划。",
    );
  }
  const start = options.start ?? defaultPlanStart(asOf);
  const year = isoFromDay(start).slice(0, 4);
  const name = options.name ?? (lang === "zh" ? `${year} 客户发展计划` : `Customer development plan ${year}`);
  const plan = buildPlan(analysis.result, {
    name,
    asOf,
    start,
    ...(options.quarters !== undefined ? { quarters: options.quarters } : {}),
    ...(options.ambition !== undefined ? { ambition: options.ambition } : {}),
    ...(options.roles !== undefined ? { roles: options.roles } : {}),
    issues: analysis.issues,
  });
  const layout = layoutPlan(plan, lang, analysis.liveTable ? { live: analysis.liveTable } : {});
  return port.writePlanSheet(options.sheetName ?? PLAN_SHEET[lang], layout);
}
