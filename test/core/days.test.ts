import {
  addMonths,
  dayFromExcelSerial,
  dayFromIso,
  dayFromYmd,
  excelSerialFromDay,
  isoFromDay,
  validDay,
} from "../../src/core/days";

describe("days", () => {
  it("counts days since 1970-01-01", () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(2025, 1, 23)).toBe(20111);
  });

  it("round-trips ISO text", () => {
    expect(isoFromDay(dayFromIso("2025-01-23")!)).toBe("2025-01-23");
  });

  it.each(["2025-02-30", "2025-13-01", "not a date", "2025-1-"])("rejects %s as an ISO date", (text) => {
    expect(dayFromIso(text)).toBeUndefined();
  });

  it("knows leap years", () => {
    expect(validDay(2024, 2, 29)).toBe(19782);
    expect(validDay(2025, 2, 29)).toBeUndefined();
  });

  it("converts Excel serials both ways, including the 1900 leap-year bug", () => {
    expect(dayFromExcelSerial(45680)).toBe(20111);
    expect(excelSerialFromDay(20111)).toBe(45680);
    expect(isoFromDay(dayFromExcelSerial(59.75))).toBe("1900-02-28");
    expect(isoFromDay(dayFromExcelSerial(60))).toBe("1900-03-01"); // Excel's fictitious 1900-02-29
    expect(isoFromDay(dayFromExcelSerial(1))).toBe("1900-01-01");
    expect(isoFromDay(dayFromExcelSerial(61))).toBe("1900-03-01");
    expect(excelSerialFromDay(dayFromYmd(1900, 1, 1))).toBe(1);
  });

  it("adds months, clamping to the end of shorter months", () => {
    expect(addMonths(dayFromYmd(2025, 1, 31), 1)).toBe(dayFromYmd(2025, 2, 28));
    expect(addMonths(dayFromYmd(2024, 11, 15), 3)).toBe(dayFromYmd(2025, 2, 15));
    expect(addMonths(dayFromYmd(2025, 3, 15), -3)).toBe(dayFromYmd(2024, 12, 15));
  });
});
