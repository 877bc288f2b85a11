import { recalculate } from "../../src/excel/recalculate";
import { FakeExcel } from "./fakeExcel";

describe("recalculate", () => {
  it("asks Excel to recalculate in automatic mode, as its example says", async () => {
    const excel = new FakeExcel();
    expect(await excel.run((context) => recalculate(context))).toBe(true);
    expect(excel.recalculations).toEqual(["Recalculate"]);
  });

  it("leaves a workbook in manual calculation mode alone", async () => {
    const excel = new FakeExcel();
    excel.model.calculationMode = "Manual";
    expect(await excel.run((context) => recalculate(context))).toBe(false);
    expect(excel.recalculations).toEqual([]);
  });
});
