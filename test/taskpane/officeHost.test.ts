/** @jest-environment node */
import type { TableInfo } from "../../src/app/ports";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { createOfficeActions } from "../../src/taskpane/officeHost";

/** An ExcelWorkbook whose batches never reach Excel: each method used here is replaced by a mock. */
function workbook() {
  const wb = new ExcelWorkbook(() => Promise.reject(new Error("no Excel in this test")));
  const table: TableInfo = {
    id: "Sheet1!A1:D9",
    sheet: "Sheet1",
    headerRow: 1,
    firstColumn: 0,
    rowCount: 8,
    headers: [],
  };
  return {
    wb,
    table,
    selectCell: jest.spyOn(wb, "selectCell").mockResolvedValue(undefined),
    tableAtSelection: jest.spyOn(wb, "tableAtSelection").mockResolvedValue(table),
    listTables: jest.spyOn(wb, "listTables").mockResolvedValue([table]),
  };
}

describe("createOfficeActions", () => {
  it("has Excel's extras and no file actions, as its example says", () => {
    const actions = createOfficeActions(workbook().wb);
    expect([typeof actions.selectCell, typeof actions.tableAtSelection, actions.openFile]).toEqual([
      "function",
      "function",
      undefined,
    ]);
    expect(actions.download).toBeUndefined();
  });

  it("selects a cell, offers the selection's table and lists tables through the Office.js workbook", async () => {
    const { wb, table, selectCell, tableAtSelection, listTables } = workbook();
    const actions = createOfficeActions(wb);
    await actions.selectCell!("Sheet1", "D7");
    expect(selectCell).toHaveBeenCalledWith("Sheet1", "D7");
    expect(await actions.tableAtSelection!()).toBe(table);
    expect(tableAtSelection).toHaveBeenCalledTimes(1);
    expect(await actions.listTables()).toEqual([table]);
    expect(listTables).toHaveBeenCalledTimes(1);
  });
});
