import { isDomainError } from "../../src/core/errors";
import { officeCellValue } from "../../src/excel/officeCellValue";

describe("officeCellValue", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [12.5, 12.5],
    ["=1+1", "=1+1"],
    [false, false],
  ])("sends %j as %j", (value, expected) => {
    expect(officeCellValue(value)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])("refuses %s with BAD_ARGUMENT rather than leaving the old value", (value) => {
    let thrown: unknown;
    try {
      officeCellValue(value);
    } catch (e) {
      thrown = e;
    }
    expect(isDomainError(thrown) && thrown.code).toBe("BAD_ARGUMENT");
  });
});
