import { officeRun } from "../../src/excel/excelRun";
import { FakeExcel } from "./fakeExcel";

describe("officeRun", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("runs the batch through the global Excel.run, as its example says", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    excel.select("S", "B2");
    (globalThis as { Excel?: unknown }).Excel = { run: excel.run };
    const result = await officeRun(async (context) => {
      context.workbook.getSelectedRange().select();
      await context.sync();
      return 1;
    });
    expect(result).toBe(1);
    expect(excel.runs).toBe(1);
  });

  it("looks Excel up only when a batch runs, so the module loads outside Excel", () => {
    expect(() => officeRun(async () => 1)).toThrow(ReferenceError);
  });
});
