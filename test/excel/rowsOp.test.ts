import { rowsOp } from "../../src/excel/rowsOp";
import { FakeExcel } from "./fakeExcel";

describe("rowsOp", () => {
  it("counts the calls and the JSON of values and formats, as its example says", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const op = rowsOp(sheet, 1, 3, [["A"], [2]], [["@"], ["0"]]);
      // 256 for the calls, 11 bytes of values, 13 of formats
      expect(op.bytes).toBe(280);
    });
  });

  it("writes formats before values, so text stays text, and splits into its top and bottom halves", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    const done: number[] = [];
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const op = rowsOp(ws, 1, 3, Object.freeze([["=A1"], ["x"], [3]]), [["@"], ["@"], ["0"]], (rows) =>
        done.push(rows),
      );
      const [top, bottom] = op.split!();
      top.queue();
      bottom.queue();
      await context.sync();
      top.done?.();
      bottom.done?.();
      const single = rowsOp(ws, 0, 0, [["only"]], [["@"]]);
      expect(single.split).toBeUndefined();
    });
    expect([1, 2, 3].map((r) => sheet.cell(r, 3))).toEqual([
      { value: "=A1", numberFormat: "@" },
      { value: "x", numberFormat: "@" },
      { value: 3, numberFormat: "0" },
    ]);
    expect(done).toEqual([2, 1]);
  });
});
