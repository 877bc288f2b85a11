import { DomainError } from "../errors";
import type { LocalizedText } from "../types";
import type { RoleRef, RoleSlot } from "./types";

/** The six functions in the order of the default roles. */
export const ROLE_SLOT_ORDER: readonly RoleSlot[] = Object.freeze([
  "sales",
  "service",
  "marketing",
  "technical",
  "finance",
  "management",
]);

/**
 * The default roles of the plan (seed 002: 内部销售、技术支持与市场资源, 财务资源; the role list of
 * domain notes §4.2): one per {@link RoleSlot}, in {@link ROLE_SLOT_ORDER}. Roles, not names, so the
 * RACI grid survives people changing jobs.
 *
 * @example
 * DEFAULT_PLAN_ROLES[0] // => { en: "Sales/KAM", zh: "销售/客户经理" }
 */
export const DEFAULT_PLAN_ROLES: readonly LocalizedText[] = Object.freeze([
  Object.freeze({ en: "Sales/KAM", zh: "销售/客户经理" }),
  Object.freeze({ en: "Service", zh: "客户服务" }),
  Object.freeze({ en: "Marketing", zh: "市场" }),
  Object.freeze({ en: "Technical support", zh: "技术支持" }),
  Object.freeze({ en: "Finance", zh: "财务" }),
  Object.freeze({ en: "Management", zh: "管理层" }),
]);

/** Where a function's duties go when the role list has no role at its position. */
const FALLBACK: Readonly<Record<RoleSlot, RoleSlot | "last">> = {
  sales: "sales",
  service: "sales",
  marketing: "sales",
  technical: "service",
  finance: "management",
  management: "last",
};

/**
 * The role that carries a function's duties in a role list of `roleCount` roles.
 *
 * Method: roles stand for the functions by position (1st = sales/KAM, 2nd = service, 3rd =
 * marketing, 4th = technical support, 5th = finance, 6th = management). When the list is shorter,
 * a missing function's duties fall back: service and marketing to sales, technical support to
 * service, finance to management, and management to the last role of the list. Roles after the
 * sixth stand for no function (they are informed of milestones only).
 *
 * @param slot - the function
 * @param roleCount - number of roles, an integer ≥ 2
 * @returns the 0-based role index
 * @throws {DomainError} `BAD_ARGUMENT` when `roleCount` is not an integer ≥ 2
 *
 * @example
 * roleIndexOfSlot("finance", 6) // => 4
 * roleIndexOfSlot("finance", 3) // => 2 (finance → management → the last of three roles)
 * roleIndexOfSlot("technical", 3) // => 1 (technical support → service)
 */
export function roleIndexOfSlot(slot: RoleSlot, roleCount: number): number {
  if (!Number.isInteger(roleCount) || roleCount < 2) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `a plan needs at least 2 roles, got ${String(roleCount)}`,
      `计划至少需要 2 个角色，当前为 ${String(roleCount)}`,
      { roleCount },
    );
  }
  let current: RoleSlot = slot;
  for (;;) {
    const position = ROLE_SLOT_ORDER.indexOf(current);
    if (position < roleCount) return position;
    const next = FALLBACK[current];
    if (next === "last") return roleCount - 1;
    current = next;
  }
}

/**
 * The {@link RoleRef} of a function in a role list (see {@link roleIndexOfSlot}).
 *
 * @param slot - the function
 * @param roles - the plan's roles, at least 2
 * @returns the role's index and label
 * @throws {DomainError} `BAD_ARGUMENT` when there are fewer than 2 roles
 *
 * @example
 * roleRef("management", DEFAULT_PLAN_ROLES) // => { index: 5, label: { en: "Management", zh: "管理层" } }
 */
export function roleRef(slot: RoleSlot, roles: readonly LocalizedText[]): RoleRef {
  const index = roleIndexOfSlot(slot, roles.length);
  return { index, label: roles[index] };
}
