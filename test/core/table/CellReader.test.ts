import { CellReader } from "../../../src/core/table/CellReader";
import { parseAmount } from "../../../src/core/table/parseAmount";
import { parseDate } from "../../../src/core/table/parseDate";
import { parseText } from "../../../src/core/table/parseText";

const layout = Object.freeze({
  headers: Object.freeze(["ID", "Amount", "Date"]),
  columns: Object.freeze({ id: 0, total: 1, firstPurchase: 2 }),
  headerRow: 1,
  firstColumn: 0,
});

describe("CellReader", () => {
  it("matches the example in its documentation", () => {
    const reader = new CellReader({
      headers: ["ID", "Amount"],
      columns: { id: 0, total: 1 },
      headerRow: 1,
      firstColumn: 0,
    });
    expect(reader.required(["C1", "abc"], 1, "total", parseAmount)).toBeUndefined();
    expect(reader.issues[0]!.address).toBe("B2");
  });

  it("returns readable values and records nothing", () => {
    const reader = new CellReader(layout);
    expect(reader.required(["C1", "¥5", "2025-01-23"], 1, "total", parseAmount)).toBe(5);
    expect(reader.optional(["C1", "¥5", "2025-01-23"], 1, "firstPurchase", parseDate)).toBe(20111);
    expect(reader.issues).toEqual([]);
  });

  it("records an error for a blank required cell and nothing for a blank optional one", () => {
    const reader = new CellReader(layout);
    expect(reader.required(["", 1, ""], 3, "id", parseText)).toBeUndefined();
    expect(reader.optional(["", 1, ""], 3, "firstPurchase", parseDate)).toBeUndefined();
    expect(reader.issues.map((i) => [i.code, i.severity, i.address, i.column])).toEqual([
      ["MISSING_ID", "error", "A4", "ID"],
    ]);
  });

  it("records a warning for an unreadable optional cell", () => {
    const reader = new CellReader(layout);
    reader.optional(["C1", 1, "#N/A"], 1, "firstPurchase", parseDate);
    expect(reader.issues[0]).toMatchObject({ code: "ERROR_VALUE", severity: "warning", address: "C2", value: "#N/A" });
    expect(reader.issues[0]!.message.en).toBe(
      "The first purchase date cell shows the error #N/A; the value was ignored.",
    );
  });

  it("reads nothing for an optional field the table does not have", () => {
    const reader = new CellReader(layout);
    expect(reader.optional(["C1", 1, 2], 1, "name", parseText)).toBeUndefined();
    expect(reader.issues).toEqual([]);
  });

  it("offsets rows and columns by where the table sits", () => {
    const reader = new CellReader({ ...layout, headerRow: 10, firstColumn: 3 });
    reader.required(["C1", "x", null], 2, "total", parseAmount);
    expect(reader.issues[0]).toMatchObject({ row: 12, address: "E12" });
    expect(reader.sheetRow(2)).toBe(12);
    expect(reader.sheetColumn("total")).toBe(4);
    expect(reader.sheetColumn("name")).toBeUndefined();
  });
});
