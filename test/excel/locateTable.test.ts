import { locateTable } from "../../src/excel/locateTable";
import { RowBlockReader } from "../../src/excel/rowBlockReader";
import { FakeExcel } from "./fakeExcel";

function excelWithCustomers(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Customers").putRows(2, 1, [
    ["ID", "Name", "Segment"],
    ["C1", "a", null],
    ["C2", "b", null],
    ["C3", "c", null],
  ]);
  return excel;
}

async function locate(excel: FakeExcel, id: string) {
  return excel.run(async (context) => {
    const located = await locateTable(context, new RowBlockReader(context, { budget: 4_000_000 }), id);
    return (
      located && {
        kind: located.kind,
        info: located.info,
        headerCells: located.headerCells,
        showHeaders: located.showHeaders,
      }
    );
  });
}

describe("locateTable", () => {
  it("finds a sheet's block, as its example says, matching the sheet name without regard to case", async () => {
    const info = {
      id: "Customers",
      sheet: "Customers",
      headerRow: 3,
      firstColumn: 1,
      rowCount: 3,
      headers: ["ID", "Name", "Segment"],
    };
    expect((await locate(excelWithCustomers(), "Customers"))?.info).toEqual(info);
    expect((await locate(excelWithCustomers(), "customers"))?.info).toEqual({ ...info, id: "customers" });
  });

  it("prefers an Excel table of that name, and reads its column names", async () => {
    const excel = excelWithCustomers();
    excel.addTable("Customers", "Customers", "B3:C6");
    expect(await locate(excel, "Customers")).toEqual({
      kind: "table",
      info: {
        id: "Customers",
        sheet: "Customers",
        tableName: "Customers",
        headerRow: 3,
        firstColumn: 1,
        rowCount: 3,
        headers: ["ID", "Name"],
      },
      headerCells: ["ID", "Name"],
      showHeaders: true,
    });
  });

  it("reads an address as a block whose first row is the header", async () => {
    expect(await locate(excelWithCustomers(), "'Customers'!C3:D5")).toEqual({
      kind: "region",
      info: {
        id: "'Customers'!C3:D5",
        sheet: "Customers",
        headerRow: 3,
        firstColumn: 2,
        rowCount: 2,
        headers: ["Name", "Segment"],
      },
      headerCells: ["Name", "Segment"],
      showHeaders: true,
    });
  });

  it("gives undefined when nothing has the id", async () => {
    expect(await locate(excelWithCustomers(), "Nope")).toBeUndefined();
    expect(await locate(excelWithCustomers(), "Nope!A1:B2")).toBeUndefined();
  });
});
