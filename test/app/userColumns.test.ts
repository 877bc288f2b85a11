import { userColumns } from "../../src/app/userColumns";
import type { TableMatrix } from "../../src/app/ports";

function table(headers: string[], rows: unknown[][]): TableMatrix {
  return {
    info: { id: "T", sheet: "S", headerRow: 1, firstColumn: 0, rowCount: rows.length, headers },
    matrix: [headers, ...rows],
  };
}

describe("userColumns", () => {
  it("leaves out the columns the add-in wrote, as its example says", () => {
    expect(userColumns(table(["ID", "CLV"], [["C1", 9]]), { ownedColumns: { T: ["CLV"] } }, "T")).toEqual({
      input: [["ID"], ["C1"]],
      keep: [0],
    });
  });

  it("keeps a user's column that merely shares a name with another table's owned column", () => {
    const t = table(["ID", "CLV"], [["C1", 9]]);
    expect(userColumns(t, { ownedColumns: { Other: ["CLV"] } }, "T").keep).toEqual([0, 1]);
  });

  it("returns the table's own rows untouched when nothing is owned", () => {
    const t = table(["ID", "Total"], [["C1", 9]]);
    expect(userColumns(t, {}, "T").input).toBe(t.matrix);
  });
});
