import { isBlankCell } from "../../../src/core/table/isBlankCell";

describe("isBlankCell", () => {
  it.each([null, undefined, "", "  ", "\u3000", "\u00a0", "\t\n"])("treats %p as blank", (cell) => {
    expect(isBlankCell(cell)).toBe(true);
  });

  it.each([0, false, "0", "-", "#N/A", new Date(0), {}])("treats %p as a value", (cell) => {
    expect(isBlankCell(cell)).toBe(false);
  });
});
