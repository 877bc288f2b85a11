import { RowBlockReader } from "../../src/excel/rowBlockReader";
import { selectionTable } from "../../src/excel/selectionTable";
import { readSettingsIn, writeSettingsIn } from "../../src/excel/workbookSettings";
import { FakeExcel } from "./fakeExcel";

function customers(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Customers").putRows(2, 1, [
    ["ID", "Name", "Segment"],
    ["C1", "a", null],
    ["C2", "b", null],
    ["C3", "c", null],
  ]);
  return excel;
}

async function atSelection(excel: FakeExcel) {
  return excel.run((context) => selectionTable(context, new RowBlockReader(context, { budget: 4_000_000 }), 4_000_000));
}

describe("selectionTable", () => {
  it("takes the block around the selected cell, as its example says", async () => {
    const excel = customers();
    excel.select("Customers", "C4");
    expect(await atSelection(excel)).toEqual({
      id: "Customers!B3:D6",
      sheet: "Customers",
      headerRow: 3,
      firstColumn: 1,
      rowCount: 3,
      headers: ["ID", "Name", "Segment"],
    });
  });

  it("leaves its own columns out of the block and hands their ownership to the grown block's id", async () => {
    const excel = customers();
    const sheet = excel.sheet("Customers");
    sheet.putRows(2, 4, [["CLV"], [1], [2], [3]]);
    sheet.putRows(6, 1, [["C4", "d", null, 4]]);
    await excel.run((context) => writeSettingsIn(context, { ownedColumns: { "Customers!B3:D6": ["CLV"] } }, 4_000_000));
    excel.select("Customers", "B7");
    expect(await atSelection(excel)).toMatchObject({
      id: "Customers!B3:D7",
      rowCount: 4,
      headers: ["ID", "Name", "Segment"],
    });
    expect(await excel.run((context) => readSettingsIn(context))).toEqual({
      ownedColumns: { "Customers!B3:D6": ["CLV"], "Customers!B3:D7": ["CLV"] },
    });
  });

  it("gives nothing on empty cells and on the add-in's own sheets", async () => {
    const excel = customers();
    excel.select("Customers", "H20");
    expect(await atSelection(excel)).toBeUndefined();
    excel.addSheet("Plan").put(0, 0, "ours");
    await excel.run((context) => writeSettingsIn(context, { ownedSheets: ["Plan"] }, 4_000_000));
    excel.select("Plan", "A1");
    expect(await atSelection(excel)).toBeUndefined();
  });
});
