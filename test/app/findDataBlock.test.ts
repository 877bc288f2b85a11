import { findDataBlock } from "../../src/app/findDataBlock";

describe("findDataBlock", () => {
  it("finds the header below blank rows and the columns it spans", () => {
    expect(
      findDataBlock([
        [null, null],
        [null, "ID", "Amount"],
        [null, "C1", 5],
      ]),
    ).toEqual({
      headerIndex: 1,
      firstColumn: 1,
      lastColumn: 2,
      lastRowIndex: 2,
    });
  });

  it("ends at the last row with a value, keeping blank rows inside the block", () => {
    const block = findDataBlock([["ID"], ["C1"], [""], ["C3"], [null], []]);
    expect(block?.lastRowIndex).toBe(3);
  });

  it("says there is no block on an empty sheet", () => {
    expect(findDataBlock([[], [null, " "]])).toBeUndefined();
  });
});
