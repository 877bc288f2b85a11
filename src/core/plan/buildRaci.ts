import { DomainError } from "../errors";
import type { LocalizedText } from "../types";
import { roleIndexOfSlot, ROLE_SLOT_ORDER } from "./planRoles";
import type { PlanTask, RaciGrid, RaciLetter, RaciTemplate } from "./types";

const STRENGTH: Readonly<Record<RaciLetter, number>> = { "": 0, I: 1, C: 2, R: 3, A: 4 };

/**
 * The RACI grid (seed 002 RACI矩阵: 负责人 R, 审批人 A, 咨询方 C, 知会方 I) of the plan's tasks over
 * its roles.
 *
 * Method: each task's template names functions; each function is mapped to a role (see
 * `roleIndexOfSlot`). When several functions land on one role, the strongest letter wins
 * (A > R > C > I). The template's single A stays the only A. If no R is left (its functions
 * collapsed onto the A's role), the first role without the A becomes R, so every row keeps exactly
 * one A and at least one R for any list of 2 or more roles. Roles after the sixth are informed (I)
 * of the tasks whose template says so (milestones and reviews), and left empty elsewhere.
 *
 * @param tasks - the tasks, in order
 * @param templates - one template per task, same order
 * @param roles - the plan's roles, at least 2
 * @returns the grid: the roles, and one row per task with one letter per role
 * @throws {DomainError} `SIZE_MISMATCH` when tasks and templates differ in number; `BAD_ARGUMENT`
 *   for fewer than 2 roles
 *
 * @example
 * buildRaci(
 *   [{ id: "T1", name: { en: "Review", zh: "回顾" } } as PlanTask],
 *   [{ A: "management", R: ["sales"], C: ["finance"], I: [], informExtraRoles: false }],
 *   DEFAULT_PLAN_ROLES,
 * ).rows[0].cells
 * // => ["R", "", "", "", "C", "A"]
 */
export function buildRaci(
  tasks: readonly PlanTask[],
  templates: readonly RaciTemplate[],
  roles: readonly LocalizedText[],
): RaciGrid {
  if (tasks.length !== templates.length) {
    throw new DomainError(
      "SIZE_MISMATCH",
      `${tasks.length} tasks but ${templates.length} RACI templates`,
      `任务有 ${tasks.length} 项，RACI 模板却有 ${templates.length} 个`,
      { tasks: tasks.length, templates: templates.length },
    );
  }
  const n = roles.length;
  const rows = tasks.map((task, k) => {
    const template = templates[k];
    const cells: RaciLetter[] = new Array<RaciLetter>(n).fill("");
    const put = (index: number, letter: RaciLetter) => {
      if (STRENGTH[letter] > STRENGTH[cells[index]]) cells[index] = letter;
    };
    for (const slot of template.I) put(roleIndexOfSlot(slot, n), "I");
    for (const slot of template.C) put(roleIndexOfSlot(slot, n), "C");
    for (const slot of template.R) put(roleIndexOfSlot(slot, n), "R");
    put(roleIndexOfSlot(template.A, n), "A");
    if (!cells.includes("R")) cells[cells.findIndex((c) => c !== "A")] = "R";
    if (template.informExtraRoles) {
      for (let i = ROLE_SLOT_ORDER.length; i < n; i++) put(i, "I");
    }
    return { taskId: task.id, task: task.name, cells };
  });
  return { roles, rows };
}
