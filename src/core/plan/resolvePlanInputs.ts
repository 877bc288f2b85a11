import { DomainError } from "../errors";
import type { Issue } from "../issues";
import type { Day, LocalizedText } from "../types";
import { DEFAULT_PLAN_ROLES } from "./planRoles";
import type { Ambition, PlanInputs } from "./types";

/** Plan inputs with every default filled in and every value checked. */
export interface ResolvedPlanInputs {
  readonly name: string;
  readonly asOf: Day;
  readonly start: Day;
  readonly quarters: number;
  readonly roles: readonly LocalizedText[];
  readonly ambition: Ambition;
  readonly issues: readonly Issue[];
}

const AMBITIONS: readonly Ambition[] = ["conservative", "moderate", "ambitious"];
/** Days from 1970-01-01 to 9999-12-31: the range of dates the plan can show. */
const LAST_DAY = 2_932_896;

/**
 * Checks plan inputs and fills the defaults: 4 quarters, the six default roles, moderate ambition,
 * no issues. The name is trimmed.
 *
 * @param inputs - what the user chose
 * @returns the inputs, complete
 * @throws {DomainError} `BAD_ARGUMENT` naming the field when: the name is empty; `asOf` or `start`
 *   is not a whole day from 1970-01-01 to 9999-12-31; `quarters` is not an integer 1..8; there are
 *   fewer than 2 or more than 12 roles, a role without English or Chinese text, or two roles with
 *   the same English or Chinese text; the ambition is unknown
 *
 * @example
 * resolvePlanInputs({ name: " Plan 2026 ", asOf: 20453, start: 20454 }).quarters // => 4
 * resolvePlanInputs({ name: " Plan 2026 ", asOf: 20453, start: 20454 }).name // => "Plan 2026"
 */
export function resolvePlanInputs(inputs: PlanInputs): ResolvedPlanInputs {
  const bad = (field: string, en: string, zh: string): never => {
    throw new DomainError("BAD_ARGUMENT", en, zh, { field });
  };
  const name = typeof inputs.name === "string" ? inputs.name.trim() : "";
  if (name === "") bad("name", "the plan needs a name", "计划需要一个名称");
  for (const [field, zh] of [
    ["asOf", "数据截止日"],
    ["start", "计划开始日"],
  ] as const) {
    const day = inputs[field];
    if (!Number.isInteger(day) || day < 0 || day > LAST_DAY) {
      bad(
        field,
        `${field} must be a day (whole days since 1970-01-01, up to 9999-12-31), got ${String(day)}`,
        `${zh}必须是日期（自 1970-01-01 起的整天数，最晚 9999-12-31），当前为 ${String(day)}`,
      );
    }
  }
  const quarters = inputs.quarters ?? 4;
  if (!Number.isInteger(quarters) || quarters < 1 || quarters > 8) {
    bad(
      "quarters",
      `quarters must be an integer from 1 to 8, got ${String(quarters)}`,
      `季度数必须是 1 到 8 之间的整数，当前为 ${String(quarters)}`,
    );
  }
  if (inputs.start + 3 * 31 * quarters > LAST_DAY) {
    bad("start", "the plan would end after 9999-12-31", "计划结束日将晚于 9999-12-31");
  }
  const roles = inputs.roles ?? DEFAULT_PLAN_ROLES;
  if (!Array.isArray(roles) || roles.length < 2 || roles.length > 12) {
    bad(
      "roles",
      `a plan needs 2 to 12 roles, got ${Array.isArray(roles) ? roles.length : String(roles)}`,
      `计划需要 2 到 12 个角色，当前为 ${Array.isArray(roles) ? roles.length : String(roles)}`,
    );
  }
  const seen = { en: new Set<string>(), zh: new Set<string>() };
  roles.forEach((role, i) => {
    for (const lang of ["en", "zh"] as const) {
      const text = role && typeof role[lang] === "string" ? role[lang].trim() : "";
      if (text === "") {
        bad(
          "roles",
          `role ${i + 1} has no ${lang === "en" ? "English" : "Chinese"} name`,
          `第 ${i + 1} 个角色缺少${lang === "en" ? "英文" : "中文"}名称`,
        );
      }
      if (seen[lang].has(text)) {
        bad("roles", `role "${text}" appears twice`, `角色“${text}”重复`);
      }
      seen[lang].add(text);
    }
  });
  const ambition = inputs.ambition ?? "moderate";
  if (!AMBITIONS.includes(ambition)) {
    bad(
      "ambition",
      `unknown ambition "${String(ambition)}"; use conservative, moderate or ambitious`,
      `未知的目标力度 "${String(ambition)}"，可用：conservative（稳健）、moderate（适中）、ambitious（进取）`,
    );
  }
  return {
    name,
    asOf: inputs.asOf,
    start: inputs.start,
    quarters,
    roles,
    ambition,
    issues: inputs.issues ?? [],
  };
}
