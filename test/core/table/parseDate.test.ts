import { dayFromYmd, excelSerialFromDay } from "../../../src/core/days";
import { parseDate } from "../../../src/core/table/parseDate";

const JAN_23 = dayFromYmd(2025, 1, 23);

describe("parseDate", () => {
  it.each([
    { cell: 45680, why: "an Excel serial" },
    { cell: 45680.75, why: "a serial with a time of day, which is dropped" },
    { cell: new Date(Date.UTC(2025, 0, 23)), why: "a Date at UTC midnight" },
    { cell: new Date(Date.UTC(2025, 0, 23, 23, 59)), why: "a Date late in the UTC day" },
    { cell: "2025-01-23", why: "ISO text" },
    { cell: "2025-01-23T10:00:00", why: "ISO text with a time" },
    { cell: "2025-01-23T10:00:00.123Z", why: "ISO text with milliseconds and a zone" },
    { cell: "2025-01-23 10:00", why: "a date and a time separated by a space" },
    { cell: "2025/1/23", why: "slashes" },
    { cell: "2025.1.23", why: "dots" },
    { cell: "2025-1-23", why: "single-digit month" },
    { cell: "2025年1月23日", why: "Chinese" },
    { cell: "2025 年 1 月 23 号", why: "Chinese with 号 and spaces" },
    { cell: "２０２５年１月２３日", why: "full-width Chinese" },
    { cell: "２０２５－０１－２３", why: "full-width ISO" },
    { cell: 20250123, why: "eight digits as a number" },
    { cell: "20250123", why: "eight digits as text" },
    { cell: " 2025-01-23 ", why: "surrounding spaces" },
  ])("reads $why", ({ cell }) => {
    expect(parseDate(cell)).toBe(JAN_23);
  });

  it("agrees with the Excel serial of every tenth day over two centuries", () => {
    for (let day = dayFromYmd(1900, 3, 1); day < dayFromYmd(2100, 1, 1); day += 10) {
      expect(parseDate(excelSerialFromDay(day))).toBe(day);
    }
  });

  it.each([
    { cell: "01/23/2025", reason: "ambiguousDate" },
    { cell: "23/01/2025", reason: "ambiguousDate" },
    { cell: "1.2.25", reason: "ambiguousDate" },
    { cell: "2025-02-30", reason: "notADate" },
    { cell: "2025-13-01", reason: "notADate" },
    { cell: "2025-01/23", reason: "notADate" },
    { cell: "20251301", reason: "notADate" },
    { cell: "abc", reason: "notADate" },
    { cell: "2025-01", reason: "notADate" },
    { cell: true, reason: "notADate" },
    { cell: new Date(Number.NaN), reason: "notADate" },
    { cell: Number.NaN, reason: "notADate" },
    { cell: 0, reason: "dateOutOfRange" },
    { cell: -5, reason: "dateOutOfRange" },
    { cell: 2958466, reason: "dateOutOfRange" },
    { cell: 18991231, reason: "dateOutOfRange" },
    { cell: 20250123.5, reason: "dateOutOfRange" },
    { cell: "0999-01-01", reason: "dateOutOfRange" },
    { cell: new Date(Date.UTC(1850, 0, 1)), reason: "dateOutOfRange" },
    { cell: "", reason: "blank" },
    { cell: null, reason: "blank" },
  ])("rejects $cell as $reason", ({ cell, reason }) => {
    expect(parseDate(cell)).toEqual({ rejected: reason });
  });

  it("reports Excel errors", () => {
    expect(parseDate("#N/A")).toEqual({ rejected: "errorValue", errorValue: "#N/A" });
    expect(parseDate({ error: "#REF!" })).toEqual({ rejected: "errorValue", errorValue: "#REF!" });
  });

  it("reads the largest serial as 9999-12-31", () => {
    expect(parseDate(2958465)).toBe(dayFromYmd(9999, 12, 31));
  });

  it("matches the examples in its documentation", () => {
    expect(parseDate(45680)).toBe(20111);
    expect(parseDate("2025年1月23日")).toBe(20111);
    expect(parseDate("20250123")).toBe(20111);
    expect(parseDate("01/23/2025")).toEqual({ rejected: "ambiguousDate" });
  });
});
