import { DAYS_1900_TO_1904, dateOfSerial, isDateFormat } from "../../src/headless/excelDates";

describe("excelDates", () => {
  it("turns a 1900-system serial into its UTC date", () => {
    expect(dateOfSerial(45658)).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(dateOfSerial(45658.5)).toEqual(new Date(Date.UTC(2025, 0, 1, 12)));
  });

  it("tells date formats from number formats", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("d/m/yy")).toBe(true);
    expect(isDateFormat("0.00")).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it("counts 1,462 days between the two date systems' serials of one date", () => {
    // 1904-01-01 is serial 1462 in the 1900 system and 0 in the 1904 system.
    expect(dateOfSerial(DAYS_1900_TO_1904)).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });
});
