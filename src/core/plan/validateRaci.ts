import { DomainError } from "../errors";
import type { LocalizedText } from "../types";

/** A RACI grid as it may come back from the sheet: any text in the cells. */
export interface RaciGridInput {
  readonly roles: readonly LocalizedText[];
  readonly rows: readonly {
    readonly taskId: string;
    readonly task: LocalizedText;
    readonly cells: readonly (string | null | undefined)[];
  }[];
}

/** What is wrong with one row of a RACI grid. */
export interface RaciProblem {
  readonly code: "NO_ACCOUNTABLE" | "MULTIPLE_ACCOUNTABLE" | "NO_RESPONSIBLE" | "UNKNOWN_LETTER";
  readonly taskId: string;
  /** The roles concerned (0-based), for two As or an unknown letter; empty otherwise. */
  readonly roles: readonly number[];
  readonly message: LocalizedText;
}

/**
 * Checks a RACI grid: every task needs exactly one A (审批人, "if there are two, there are zero")
 * and at least one R (负责人); every cell is R, A, C, I or empty.
 *
 * Method: a cell is trimmed and read case-insensitively (`" r "` is R); null and undefined are
 * empty. Problems are listed row by row in grid order, per row in the order: unknown letters (one
 * per cell), then A, then R. A row with an unknown letter is still checked for A and R on its valid
 * cells.
 *
 * @param grid - the roles and the rows, each with one cell per role
 * @returns the problems, each naming the task (ID and name) and, where one is at fault, the role,
 *   in English and Chinese; empty for a valid grid
 * @throws {DomainError} `SIZE_MISMATCH` when a row does not have one cell per role
 *
 * @example
 * validateRaci({
 *   roles: [{ en: "Sales", zh: "销售" }, { en: "Finance", zh: "财务" }],
 *   rows: [{ taskId: "T1", task: { en: "Set goals", zh: "设定目标" }, cells: ["A", "A"] }],
 * }).map((p) => p.message.en)
 * // => ['T1 "Set goals": 2 roles are accountable (A): Sales, Finance; keep exactly one.',
 * //     'T1 "Set goals": no role is responsible (R); mark at least one.']
 */
export function validateRaci(grid: RaciGridInput): RaciProblem[] {
  const problems: RaciProblem[] = [];
  grid.rows.forEach((row, r) => {
    if (row.cells.length !== grid.roles.length) {
      throw new DomainError(
        "SIZE_MISMATCH",
        `RACI row ${r + 1} (${row.taskId}) has ${row.cells.length} cells for ${grid.roles.length} roles`,
        `RACI 第 ${r + 1} 行（${row.taskId}）有 ${row.cells.length} 个单元格，但角色有 ${grid.roles.length} 个`,
        { row: r, taskId: row.taskId },
      );
    }
    const name = { en: `${row.taskId} "${row.task.en}"`, zh: `${row.taskId}“${row.task.zh}”` };
    const accountable: number[] = [];
    let responsible = 0;
    row.cells.forEach((cell, i) => {
      const letter = (cell ?? "").trim().toUpperCase();
      if (letter === "A") accountable.push(i);
      else if (letter === "R") responsible += 1;
      else if (letter !== "" && letter !== "C" && letter !== "I") {
        const role = grid.roles[i];
        problems.push({
          code: "UNKNOWN_LETTER",
          taskId: row.taskId,
          roles: [i],
          message: {
            en: `${name.en}: "${String(cell)}" for ${role.en} is not R, A, C or I.`,
            zh: `${name.zh}：${role.zh} 的“${String(cell)}”不是 R、A、C 或 I。`,
          },
        });
      }
    });
    if (accountable.length === 0) {
      problems.push({
        code: "NO_ACCOUNTABLE",
        taskId: row.taskId,
        roles: [],
        message: {
          en: `${name.en}: no role is accountable (A); mark exactly one.`,
          zh: `${name.zh}：没有审批人（A），请指定且只指定一个。`,
        },
      });
    } else if (accountable.length > 1) {
      problems.push({
        code: "MULTIPLE_ACCOUNTABLE",
        taskId: row.taskId,
        roles: accountable,
        message: {
          en: `${name.en}: ${accountable.length} roles are accountable (A): ${accountable.map((i) => grid.roles[i].en).join(", ")}; keep exactly one.`,
          zh: `${name.zh}：有 ${accountable.length} 个审批人（A）：${accountable.map((i) => grid.roles[i].zh).join("、")}，只能保留一个。`,
        },
      });
    }
    if (responsible === 0) {
      problems.push({
        code: "NO_RESPONSIBLE",
        taskId: row.taskId,
        roles: [],
        message: {
          en: `${name.en}: no role is responsible (R); mark at least one.`,
          zh: `${name.zh}：没有负责人（R），请至少指定一个。`,
        },
      });
    }
  });
  return problems;
}
