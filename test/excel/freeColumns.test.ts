import { freeColumns } from "../../src/excel/freeColumns";
import { FakeExcel } from "./fakeExcel";

describe("freeColumns", () => {
  it("skips a column holding a value in the block's rows, as its example says", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    sheet.putRows(2, 1, [
      ["ID", "Name", "Segment"],
      ["C1", "a", null],
      ["C2", "b", null],
      ["C3", "c", null],
    ]);
    sheet.put(4, 4, "note");
    sheet.put(9, 5, "below the block does not count");
    const free = await excel.run(async (context) =>
      freeColumns(context, context.workbook.worksheets.getItem("S"), 2, 3, 4, 2),
    );
    expect(free).toEqual([5, 6]);
  });

  it("looks further right when the first probes are all taken", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    for (let c = 0; c < 12; c++) sheet.put(0, c, `h${c}`);
    const free = await excel.run(async (context) =>
      freeColumns(context, context.workbook.worksheets.getItem("S"), 0, 5, 0, 3),
    );
    expect(free).toEqual([12, 13, 14]);
  });
});
