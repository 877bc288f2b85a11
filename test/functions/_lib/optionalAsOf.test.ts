import { optionalAsOf } from "../../../src/functions/_lib/optionalAsOf";
import { BLANKS, excelError } from "./excelShapes";

describe("optionalAsOf", () => {
  it.each(BLANKS.map((value) => ({ value })))(
    "gives undefined (latest date in the data) for the blank $value",
    ({ value }) => {
      expect(optionalAsOf(value)).toBeUndefined();
    },
  );

  it("treats serial 0 as blank, as Excel for Windows passes an empty cell", () => {
    expect(optionalAsOf(0)).toBeUndefined();
    expect(optionalAsOf([[0]])).toBeUndefined();
  });

  it("gives the documented examples' results", () => {
    expect(optionalAsOf("")).toBeUndefined();
    expect(optionalAsOf("2025-01-23")).toBe(20111);
  });

  it("reads a date serial", () => {
    expect(optionalAsOf(45680)).toBe(20111);
  });

  it.each([
    { value: "soon", message: 'asOf must be a date (a date cell, a serial or a text such as 2025-01-23); got "soon"' },
    { value: excelError("#N/A"), message: "asOf is an error value (#N/A)" },
    { value: -1, message: "asOf must be a date from 1900-01-01 to 9999-12-31; the serial -1 is outside" },
    { value: [[1, 2]], message: "asOf must be a single value, not a range of 1×2 cells" },
  ])("rejects $value", ({ value, message }) => {
    expect(() => optionalAsOf(value)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT", message }));
  });

  it("names the argument it was given", () => {
    expect(() => optionalAsOf("soon", "end")).toThrow(/^end must be a date/);
  });
});
