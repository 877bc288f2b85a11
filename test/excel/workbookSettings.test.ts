import { SETTINGS_SHEET } from "../../src/app/settingsSheet";
import { readSettingsIn, writeSettingsIn } from "../../src/excel/workbookSettings";
import { FakeExcel } from "./fakeExcel";

describe("readSettingsIn and writeSettingsIn", () => {
  it("round-trips the examples' settings", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      expect(await readSettingsIn(context)).toEqual({});
      await writeSettingsIn(context, { ownedSheets: ["CDP Customers"] }, 4_000_000);
      expect(await readSettingsIn(context)).toEqual({ ownedSheets: ["CDP Customers"] });
      await writeSettingsIn(context, { scheme: "cn8" }, 4_000_000);
      expect(await readSettingsIn(context)).toEqual({ scheme: "cn8" });
    });
    const sheet = excel.sheet(SETTINGS_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    expect([sheet.cell(0, 0)?.value, sheet.cell(0, 1)?.value, sheet.cell(1, 1)]).toEqual([
      "key",
      "value (JSON)",
      { value: '"cn8"', numberFormat: "@" },
    ]);
  });

  it("ignores hand-edited rows that are not JSON, and reads JSON that Excel turned into a number", async () => {
    const excel = new FakeExcel();
    excel.addSheet(SETTINGS_SHEET, "VeryHidden").putRows(0, 0, [
      ["key", "value (JSON)"],
      ["broken", "{not json"],
      ["count", 42],
      ["flag", true],
      [null, "1"],
      ["ok", '["a"]'],
    ]);
    expect(await excel.run((context) => readSettingsIn(context))).toEqual({ count: 42, flag: true, ok: ["a"] });
  });

  it("writes through the payload budget, in several requests when the settings are large", async () => {
    const excel = new FakeExcel();
    const big = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "值".repeat(2_000)]));
    await excel.run(async (context) => {
      await writeSettingsIn(context, big, 100_000);
      expect(await readSettingsIn(context)).toEqual(big);
    });
    expect(excel.syncs.filter((s) => s.requestBytes > 50_000).length).toBeGreaterThanOrEqual(3);
    expect(excel.syncs.every((s) => s.requestBytes <= 100_000)).toBe(true);
  });
});
