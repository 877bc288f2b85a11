import type { PlanSheetLayout } from "../../../../src/core/plan/layout";
import { inputCellRecords, keepEdits } from "../../../../src/core/plan/layout";

function layout(owner: string, extraRow = false): PlanSheetLayout {
  const cells = [
    { row: 0, column: 0, value: "Goals", style: "sectionHeader" as const },
    { row: 1, column: 0, value: "G1", style: "text" as const },
    { row: 1, column: 1, value: owner, style: "input" as const },
    { row: 2, column: 0, value: "G2", style: "text" as const },
    { row: 2, column: 1, value: owner, style: "input" as const },
    ...(extraRow ? [{ row: 3, column: 0, value: "G3", style: "text" as const }] : []),
    { row: 5, column: 0, value: "RACI", style: "sectionHeader" as const },
    { row: 6, column: 0, value: "G1", style: "text" as const },
    { row: 6, column: 1, value: "A", style: "input" as const },
  ];
  return {
    sections: [
      { key: "goals", title: "Goals", row: 0 },
      { key: "raci", title: "RACI", row: 5 },
    ],
    cells,
    merges: [],
    columnWidths: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    frozenRows: 1,
  };
}

describe("inputCellRecords", () => {
  it("keys each input cell by section, row ID and column, so equal IDs in two sections stay apart", () => {
    expect(inputCellRecords(layout("Sales")).map((r) => r.key)).toEqual(["goals|G1|1", "goals|G2|1", "raci|G1|1"]);
  });
});

describe("keepEdits", () => {
  it("keeps a person's edits and lets untouched cells take the new generated value", () => {
    const before = layout("Sales");
    const records = inputCellRecords(before);
    const sheet = new Map([
      ["1:1", "Zhang Wei"],
      ["2:1", "Sales"],
      ["6:1", "R"],
    ]);
    const after = keepEdits(layout("Service"), records, (r, c) => sheet.get(`${r}:${c}`) ?? null);
    const value = (row: number) => after.layout.cells.find((c) => c.row === row && c.column === 1)?.value;
    expect([value(1), value(2), value(6)]).toEqual(["Zhang Wei", "Service", "R"]);
    expect(after.kept).toBe(2);
  });

  it("finds an edited row again when rows above it moved", () => {
    const records = inputCellRecords(layout("Sales"));
    const moved: PlanSheetLayout = {
      ...layout("Sales"),
      cells: layout("Sales").cells.map((c) => ({ ...c, row: c.row + 10 })),
      sections: layout("Sales").sections.map((s) => ({ ...s, row: s.row + 10 })),
    };
    const after = keepEdits(moved, records, (r, c) => (r === 2 && c === 1 ? "Li Na" : r === 6 ? "A" : "Sales"));
    expect(after.layout.cells.find((c) => c.row === 12 && c.column === 1)?.value).toBe("Li Na");
  });

  it("counts edits whose row no longer exists as dropped", () => {
    const records = [...inputCellRecords(layout("Sales")), { key: "goals|G9|1", row: 9, column: 1, generated: "x" }];
    const after = keepEdits(layout("Sales"), records, (r) => (r === 9 ? "edited" : r === 6 ? "A" : "Sales"));
    expect(after).toMatchObject({ kept: 0, dropped: 1 });
  });

  it("treats a blank cell and an empty generated value as unchanged", () => {
    const base = layout("");
    const after = keepEdits(base, inputCellRecords(base), (r) => (r === 6 ? "A" : null));
    expect(after.layout).toBe(base);
  });
});
