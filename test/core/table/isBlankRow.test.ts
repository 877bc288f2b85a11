import { isBlankRow } from "../../../src/core/table/isBlankRow";

describe("isBlankRow", () => {
  it.each([
    { row: [null, "", "  "], expected: true, why: "all cells blank" },
    { row: [], expected: true, why: "no cells" },
    { row: undefined, expected: true, why: "a missing row" },
    { row: [null, 0], expected: false, why: "a zero is a value" },
    { row: ["", "", "x"], expected: false, why: "one value at the end" },
  ])("$why", ({ row, expected }) => {
    expect(isBlankRow(row === undefined ? undefined : Object.freeze(row))).toBe(expected);
  });
});
