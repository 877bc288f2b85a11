import { validateRaci } from "../../../src/core/plan/validateRaci";
import type { RaciGridInput } from "../../../src/core/plan";

const roles = Object.freeze([
  { en: "Sales", zh: "销售" },
  { en: "Service", zh: "客服" },
  { en: "Finance", zh: "财务" },
]);
const gridOf = (...cells: (string | null | undefined)[][]): RaciGridInput =>
  Object.freeze({
    roles,
    rows: cells.map((c, i) => ({ taskId: `T${i + 1}`, task: { en: `Task ${i + 1}`, zh: `任务${i + 1}` }, cells: c })),
  });

describe("validateRaci", () => {
  it("runs the example of its doc comment", () => {
    expect(
      validateRaci({
        roles: [
          { en: "Sales", zh: "销售" },
          { en: "Finance", zh: "财务" },
        ],
        rows: [{ taskId: "T1", task: { en: "Set goals", zh: "设定目标" }, cells: ["A", "A"] }],
      }).map((p) => p.message.en),
    ).toEqual([
      'T1 "Set goals": 2 roles are accountable (A): Sales, Finance; keep exactly one.',
      'T1 "Set goals": no role is responsible (R); mark at least one.',
    ]);
  });

  it("accepts one A and at least one R, whatever the C and I", () => {
    expect(validateRaci(gridOf(["A", "R", "C"], ["R", "A", "R"], ["I", "R", "A"]))).toEqual([]);
  });

  it.each([
    {
      cells: ["R", "C", "I"],
      code: "NO_ACCOUNTABLE",
      roles: [],
      en: 'T1 "Task 1": no role is accountable (A); mark exactly one.',
      zh: "T1“任务1”：没有审批人（A），请指定且只指定一个。",
    },
    {
      cells: ["A", "R", "A"],
      code: "MULTIPLE_ACCOUNTABLE",
      roles: [0, 2],
      en: 'T1 "Task 1": 2 roles are accountable (A): Sales, Finance; keep exactly one.',
      zh: "T1“任务1”：有 2 个审批人（A）：销售、财务，只能保留一个。",
    },
    {
      cells: ["A", "C", ""],
      code: "NO_RESPONSIBLE",
      roles: [],
      en: 'T1 "Task 1": no role is responsible (R); mark at least one.',
      zh: "T1“任务1”：没有负责人（R），请至少指定一个。",
    },
    {
      cells: ["A", "R", "X"],
      code: "UNKNOWN_LETTER",
      roles: [2],
      en: 'T1 "Task 1": "X" for Finance is not R, A, C or I.',
      zh: "T1“任务1”：财务 的“X”不是 R、A、C 或 I。",
    },
  ])("catches $code, naming the task and the role", ({ cells, code, roles: at, en, zh }) => {
    const problems = validateRaci(gridOf(cells));
    expect(problems).toEqual([{ code, taskId: "T1", roles: at, message: { en, zh } }]);
  });

  it("reads letters trimmed and case-insensitively, and blank cells as empty", () => {
    expect(validateRaci(gridOf([" a ", "r", null], ["R", undefined, "A"]))).toEqual([]);
  });

  it("reports every faulty row in order, and still checks a row with an unknown letter", () => {
    const problems = validateRaci(gridOf(["A", "R", ""], ["?", "C", ""], ["A", "A", "A"]));
    expect(problems.map((p) => [p.taskId, p.code])).toEqual([
      ["T2", "UNKNOWN_LETTER"],
      ["T2", "NO_ACCOUNTABLE"],
      ["T2", "NO_RESPONSIBLE"],
      ["T3", "MULTIPLE_ACCOUNTABLE"],
      ["T3", "NO_RESPONSIBLE"],
    ]);
  });

  it("throws SIZE_MISMATCH when a row has the wrong number of cells", () => {
    expect(() => validateRaci(gridOf(["A", "R"]))).toThrow(expect.objectContaining({ code: "SIZE_MISMATCH" }));
  });
});
