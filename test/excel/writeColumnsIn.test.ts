import { locateTable } from "../../src/excel/locateTable";
import { RowBlockReader } from "../../src/excel/rowBlockReader";
import { writeColumnsIn } from "../../src/excel/writeColumnsIn";
import type { OutputColumn } from "../../src/app/ports";
import { FakeExcel } from "./fakeExcel";

async function write(excel: FakeExcel, id: string, columns: OutputColumn[]) {
  return excel.run(async (context) => {
    const located = await locateTable(context, new RowBlockReader(context, { budget: 4_000_000 }), id);
    return writeColumnsIn(context, located!, columns, 4_000_000);
  });
}

describe("writeColumnsIn", () => {
  it("names its column `Segment (CDP)` beside a person's Segment column, as its example says", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers").putRows(2, 1, [
      ["ID", "Name", "Segment"],
      ["C1", "a", "mine"],
      ["C2", "b", null],
      ["C3", "c", null],
    ]);
    expect(await write(excel, "Customers", [{ header: "Segment", values: ["A", "B", "C"] }])).toEqual([
      { requested: "Segment", header: "Segment (CDP)", column: 4, replaced: false },
    ]);
    const sheet = excel.sheet("Customers");
    expect(sheet.cell(2, 4)).toMatchObject({ value: "Segment (CDP)", bold: true, fill: "#DCEBFA", numberFormat: "@" });
    expect(sheet.cell(3, 3)?.value).toBe("mine");
  });

  it("writes blanks for missing values and ignores values past the table's rows", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").putRows(0, 0, [["ID"], ["C1"], ["C2"]]);
    await write(excel, "S", [{ header: "X", values: [1] }]);
    await write(excel, "S", [{ header: "X", values: [7, null, 9] }]);
    const sheet = excel.sheet("S");
    expect([sheet.cell(1, 1)?.value, sheet.cell(2, 1)?.value, sheet.cell(3, 1)]).toEqual([7, "", undefined]);
  });

  it("refreshes the add-in's columns beside an address in place", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").putRows(0, 0, [["ID"], ["C1"], ["C2"]]);
    await write(excel, "S!A1:A3", [{ header: "X", values: [1, 2] }]);
    expect(await write(excel, "S!A1:A3", [{ header: "X", values: [3, 4] }])).toEqual([
      { requested: "X", header: "X", column: 1, replaced: true },
    ]);
  });
});
