import { dayFromIso } from "../core/days";
import type { Ambition } from "../core/plan";
import type { Lang, LocalizedText } from "../core/types";
import type { PlanRequest } from "./paneActions";

/** The Build plan form as typed. */
export interface PlanForm {
  readonly name: string;
  /** `YYYY-MM-DD`, or empty. */
  readonly start: string;
  readonly quarters: number;
  readonly roles: readonly LocalizedText[];
  readonly lang: Lang;
  readonly ambition: Ambition;
}

/** What keeps a form from becoming a request; `position` is 1-based. */
export type PlanFormProblem =
  | { readonly kind: "name" }
  | { readonly kind: "start" }
  | { readonly kind: "roleName"; readonly position: number }
  | { readonly kind: "roleTwice"; readonly name: string };

/**
 * The Build plan request of a form, or the first thing the user has to fix: an empty name, a
 * missing or invalid start date, a role without a name, or two roles of the same name, in that
 * order. Names are trimmed. Roles are named in the plan's language; a role whose other-language
 * name is empty takes the same name there, so every role has both names as the plan needs.
 *
 * @param form - the form as typed
 * @returns `{ request }`, or `{ problem }`
 *
 * @example
 * planRequest({ name: " Plan ", start: "2026-01-01", quarters: 4, ambition: "moderate", lang: "en",
 *   roles: [{ en: "Sales", zh: "销售" }, { en: "Ops", zh: "" }] }).request?.roles
 * // => [{ en: "Sales", zh: "销售" }, { en: "Ops", zh: "Ops" }]
 */
export function planRequest(form: PlanForm): { request?: PlanRequest; problem?: PlanFormProblem } {
  const name = form.name.trim();
  if (name === "") return { problem: { kind: "name" } };
  const start = form.start === "" ? undefined : dayFromIso(form.start);
  if (start === undefined) return { problem: { kind: "start" } };
  const seen = new Set<string>();
  const roles: LocalizedText[] = [];
  for (const [i, role] of form.roles.entries()) {
    const shown = role[form.lang].trim();
    if (shown === "") return { problem: { kind: "roleName", position: i + 1 } };
    if (seen.has(shown)) return { problem: { kind: "roleTwice", name: shown } };
    seen.add(shown);
    roles.push({ en: role.en.trim() || shown, zh: role.zh.trim() || shown });
  }
  return {
    request: { name, start, quarters: form.quarters, roles, lang: form.lang, ambition: form.ambition },
  };
}
