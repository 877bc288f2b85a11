import { FakeExcel, FakeOfficeError } from "./fakeExcel";

/** The fake is only worth its tests if it behaves like Office.js where the adapter depends on it. */
describe("the fake Excel", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").put(0, 0, 5);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      // The reads below break Office.js's rules on purpose: the fake must refuse them as Office.js does.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[5]]);
    });
  });

  it("applies queued writes only at sync, in the order they were queued", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:A2");
      range.numberFormat = [["@"], ["General"]];
      range.values = [["=1+1"], ["=1+1"]];
      expect(sheet.cell(0, 0)).toBeUndefined();
      await context.sync();
    });
    expect(sheet.cell(0, 0)).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(sheet.cell(0, 0)?.formula).toBeUndefined();
    expect(sheet.cell(1, 0)?.formula).toBe("=1+1");
  });

  it.each([
    ["=1+1", { formula: "=1+1" }],
    ["+cmd", { formula: "+cmd" }],
    ["-2+3", { formula: "-2+3" }],
    ["@SUM(A1)", { formula: "@SUM(A1)" }],
    ["00123", { value: 123 }],
    ["-5", { value: -5 }],
    ["true", { value: true }],
    ["2025-01-13", { value: 45670 }],
    ["华东精密", { value: "华东精密" }],
  ])("types %j written into a General cell as Excel does", async (text, expected) => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2").values = [[text]];
      await context.sync();
    });
    expect(sheet.cell(1, 1)).toMatchObject(expected);
  });

  it("refuses a request over the limit with Office's error code and applies none of it", async () => {
    const excel = new FakeExcel(1000);
    const sheet = excel.addSheet("S");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["small"]];
      ws.getRange("A2").values = [["x".repeat(2000)]];
      await expect(context.sync()).rejects.toEqual(
        expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" }),
      );
    });
    expect(sheet.cell(0, 0)).toBeUndefined();
    expect(excel.syncs).toEqual([expect.objectContaining({ error: "RequestPayloadSizeLimitExceeded" })]);
  });

  it("refuses a response over the limit and leaves the property unloaded", async () => {
    const excel = new FakeExcel(1000);
    excel.addSheet("S").putRows(
      0,
      0,
      Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]),
    );
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B100");
      range.load("values");
      await expect(context.sync()).rejects.toEqual(
        expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded" }),
      );
      expect(() => range.values).toThrow(FakeOfficeError);
    });
  });

  it("knows a null object after the sync, and fails a write through it", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      // Read before the sync on purpose: the fake must refuse it as Office.js does.
      // eslint-disable-next-line office-addins/call-sync-before-read
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getRange("A1").values = [["x"]];
      await expect(context.sync()).rejects.toEqual(expect.objectContaining({ code: "ItemNotFound" }));
    });
  });

  it("finds the current region around a cell, diagonal neighbours included", () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    sheet.putRows(1, 1, [
      ["a", "b", null],
      [null, "c", null],
      [null, null, "d"],
    ]);
    sheet.put(10, 10, "far");
    expect(sheet.surroundingRegion(2, 2)).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(sheet.surroundingRegion(20, 20)).toEqual({ top: 20, left: 20, bottom: 20, right: 20 });
  });

  it("inserts a table column, moving cells right of the table in its rows instead of overwriting them", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    sheet.putRows(0, 0, [
      ["ID", "Amount", null, "note"],
      ["C1", 5, null, null],
    ]);
    sheet.put(1, 2, "beside");
    excel.addTable("S", "T", "A1:B2");
    await excel.run(async (context) => {
      context.workbook.tables.getItem("T").columns.add(undefined, undefined, "Score");
      await context.sync();
    });
    expect(excel.model.table("T")?.names).toEqual(["ID", "Amount", "Score"]);
    expect(sheet.cell(1, 3)?.value).toBe("beside");
    expect(sheet.cell(0, 4)?.value).toBe("note");
  });
});
