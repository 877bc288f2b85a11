import fc from "fast-check";
import { dayFromYmd, excelSerialFromDay, isoFromDay } from "../../../src/core/days";
import { asOfDay } from "../../../src/functions/_lib/asOfDay";
import { BLANKS, excelError } from "./excelShapes";

/** Excel's DATE(2025,1,23) is 45680: 45658 is 2025-01-01 (Excel's documented serial for that day) plus 22. */
const JAN_23_2025 = dayFromYmd(2025, 1, 23);

describe("asOfDay", () => {
  it.each([
    { value: 45680, why: "a date cell (its serial)" },
    { value: 45680.75, why: "a date-time cell (the time is dropped)" },
    { value: [[45680]], why: "a 1×1 range holding a date" },
    { value: "2025-01-23", why: "ISO text" },
    { value: " 2025-1-23 ", why: "ISO-like text with one-digit month and spaces" },
    { value: "2025/1/23", why: "slash text" },
    { value: "2025.01.23", why: "dotted text" },
    { value: "2025年1月23日", why: "Chinese date text" },
  ])("reads $why", ({ value }) => {
    expect(asOfDay(value)).toBe(JAN_23_2025);
  });

  it.each([
    { serial: 1, ymd: [1900, 1, 1] },
    { serial: 61, ymd: [1900, 3, 1] },
    { serial: 2958465, ymd: [9999, 12, 31] },
  ])("reads Excel's serial $serial as $ymd", ({ serial, ymd }) => {
    expect(asOfDay(serial)).toBe(dayFromYmd(ymd[0], ymd[1], ymd[2]));
  });

  it.each(BLANKS.map((value) => ({ value })))("requires a date: the blank $value is an error", ({ value }) => {
    expect(() => asOfDay(value)).toThrow(
      expect.objectContaining({
        code: "BAD_ARGUMENT",
        message: "asOf is required: a date cell, an Excel date serial or a date text such as 2025-01-23",
      }),
    );
  });

  it.each([
    { value: 0, why: "serial 0 (before 1900-01-01)" },
    { value: -5, why: "a negative serial" },
    { value: 2958466, why: "a serial after 9999-12-31" },
    { value: Infinity, why: "infinity" },
    { value: NaN, why: "NaN" },
  ])("rejects $why", ({ value }) => {
    expect(() => asOfDay(value, "asOf")).toThrow(/^asOf must be a date from 1900-01-01 to 9999-12-31/);
  });

  it.each([
    { value: "2025-02-30", why: "a day that does not exist" },
    { value: "2025-13-01", why: "month 13" },
    { value: "23/01/2025", why: "day-first text (ambiguous)" },
    { value: "yesterday", why: "words" },
    { value: "45680", why: "a serial written as text" },
    { value: true, why: "a boolean" },
  ])("rejects $why", ({ value }) => {
    expect(() => asOfDay(value, "asOf")).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^asOf must be a date \(a date cell, a serial or a text such as 2025-01-23\)/),
        messageZh: expect.stringMatching(/^asOf 必须是日期/),
      }),
    );
  });

  it("names an error value in the message", () => {
    expect(() => asOfDay(excelError("#N/A"), "asOf")).toThrow("asOf is an error value (#N/A)");
  });

  it("agrees with the serial and ISO forms of every day from 1900-03-01 to 9999-12-31", () => {
    const first = dayFromYmd(1900, 3, 1);
    const last = dayFromYmd(9999, 12, 31);
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (day, time) => {
          return (
            asOfDay(excelSerialFromDay(day) + time) === day &&
            asOfDay(isoFromDay(day)) === day &&
            asOfDay(isoFromDay(day).replace(/-/g, "/")) === day
          );
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("gives the documented examples' results", () => {
    expect(asOfDay(45680)).toBe(20111);
    expect(asOfDay("2025/1/23")).toBe(20111);
  });
});
