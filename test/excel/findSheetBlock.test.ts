import fc from "fast-check";
import { findSheetBlock } from "../../src/excel/findSheetBlock";
import { RowBlockReader } from "../../src/excel/rowBlockReader";
import { findDataBlock } from "../../src/app/findDataBlock";
import { FakeExcel } from "./fakeExcel";

async function find(excel: FakeExcel, budget = 4_000_000) {
  return excel.run(async (context) => {
    const reader = new RowBlockReader(context, { budget });
    return findSheetBlock(context, reader, context.workbook.worksheets.getItem("S"));
  });
}

describe("findSheetBlock", () => {
  it("finds the block of its example", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").putRows(2, 1, [
      ["ID", "Name", "Segment"],
      ["C1", "华东精密", "x"],
      ["C2", null, null],
      ["C3", null, null],
    ]);
    expect(await find(excel)).toEqual({
      headerRow: 2,
      firstColumn: 1,
      lastColumn: 3,
      lastRow: 5,
      headerCells: ["ID", "Name", "Segment"],
    });
  });

  it("gives undefined for a sheet without values", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").put(3, 3, "");
    expect(await find(excel)).toBeUndefined();
  });

  it("agrees with the command line's findDataBlock on any sheet, whatever the block size", async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(" "),
      fc.constantFrom("a", "ID", "客户"),
      fc.integer({ min: -5, max: 5 }),
    );
    const sheetRows = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 140 });
    await fc.assert(
      fc.asyncProperty(sheetRows, fc.constantFrom(4_000_000, 300), async (rows, budget) => {
        const excel = new FakeExcel();
        excel.addSheet("S").putRows(0, 0, rows);
        const expected = findDataBlock(rows);
        const found = await find(excel, budget);
        if (!expected) {
          expect(found).toBeUndefined();
          return;
        }
        expect(found).toMatchObject({
          headerRow: expected.headerIndex,
          firstColumn: expected.firstColumn,
          lastColumn: expected.lastColumn,
          lastRow: expected.lastRowIndex,
        });
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
