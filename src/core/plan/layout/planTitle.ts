import type { Lang } from "../../types";
import { SECTION_TITLES } from "./layoutLabels";

/** Words that already say "customer development plan", in either language. */
const PLAN_WORDS = [/customer development plan/i, /客户发展计划/];

/**
 * The title line of the plan sheet: "Customer development plan: <name>", or the name alone when it
 * already says so (the default names "Customer development plan 2026" and "2026 客户发展计划" do), so the
 * title never repeats itself.
 *
 * @param name - the plan's name as the user gave it
 * @param lang - the language of the heading
 * @returns the title text
 *
 * @example
 * planTitle("FY26", "en") // => "Customer development plan: FY26"
 * planTitle("2026 客户发展计划", "zh") // => "2026 客户发展计划"
 */
export function planTitle(name: string, lang: Lang): string {
  return PLAN_WORDS.some((words) => words.test(name)) ? name : `${SECTION_TITLES.title[lang]}: ${name}`;
}
