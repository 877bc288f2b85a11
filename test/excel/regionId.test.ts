import fc from "fast-check";
import { parseRegionId, regionId } from "../../src/excel/regionId";

describe("regionId and parseRegionId", () => {
  it.each([
    [{ sheet: "Sheet1", top: 0, left: 0, bottom: 320, right: 7 }, "Sheet1!A1:H321"],
    [{ sheet: "Tom's data", top: 1, left: 1, bottom: 39, right: 5 }, "'Tom''s data'!B2:F40"],
    [{ sheet: "客户汇总", top: 0, left: 26, bottom: 9, right: 27 }, "客户汇总!AA1:AB10"],
    [{ sheet: "A1", top: 0, left: 0, bottom: 0, right: 0 }, "'A1'!A1:A1"],
    [{ sheet: "2024", top: 0, left: 0, bottom: 0, right: 0 }, "'2024'!A1:A1"],
  ])("writes %j as %s", (region, id) => {
    expect(regionId(region)).toBe(id);
    expect(parseRegionId(id)).toEqual(region);
  });

  it.each([
    ["Customers", undefined],
    ["Sheet1!$B$2", { sheet: "Sheet1", top: 1, left: 1, bottom: 1, right: 1 }],
    ["Sheet1!c5:a1", { sheet: "Sheet1", top: 0, left: 0, bottom: 4, right: 2 }],
    ["Sheet1!A0:B2", undefined],
    ["!A1:B2", undefined],
  ])("reads %j as %j", (id, region) => {
    expect(parseRegionId(id)).toEqual(region);
  });

  it("reads back every id it writes", () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[!:\\/?*[\]]/.test(s));
    fc.assert(
      fc.property(
        name,
        fc.nat(1_048_575),
        fc.nat(16_383),
        fc.nat(500),
        fc.nat(30),
        (sheet, top, left, rows, columns) => {
          const region = {
            sheet,
            top,
            left,
            bottom: Math.min(1_048_575, top + rows),
            right: Math.min(16_383, left + columns),
          };
          expect(parseRegionId(regionId(region))).toEqual(region);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
