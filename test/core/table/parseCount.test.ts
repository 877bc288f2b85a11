import { parseCount } from "../../../src/core/table/parseCount";

describe("parseCount", () => {
  it.each([
    { cell: 3, expected: 3 },
    { cell: 0, expected: 0 },
    { cell: "3.0", expected: 3 },
    { cell: 3.0, expected: 3 },
    { cell: "1,200", expected: 1200 },
    { cell: "１２", expected: 12 },
  ])("reads $cell as $expected", ({ cell, expected }) => {
    expect(parseCount(cell)).toBe(expected);
  });

  it.each([
    { cell: 2.5, reason: "notWholeNumber" },
    { cell: "2.5", reason: "notWholeNumber" },
    { cell: -1, reason: "negative" },
    { cell: "-3", reason: "negative" },
    { cell: "three", reason: "notANumber" },
    { cell: "$3", reason: "notANumber" },
    { cell: true, reason: "notANumber" },
    { cell: "", reason: "blank" },
    { cell: 1e15, reason: "tooLarge" },
    { cell: "1E+20", reason: "tooLarge" },
  ])("rejects $cell as $reason", ({ cell, reason }) => {
    expect(parseCount(cell)).toEqual({ rejected: reason });
  });

  it("reports Excel errors", () => {
    expect(parseCount("#VALUE!")).toEqual({ rejected: "errorValue", errorValue: "#VALUE!" });
  });

  it("matches the examples in its documentation", () => {
    expect(parseCount("3.0")).toBe(3);
    expect(parseCount(2.5)).toEqual({ rejected: "notWholeNumber" });
    expect(parseCount(-1)).toEqual({ rejected: "negative" });
  });
});
