import { elementwise } from "../../../src/functions/_lib/elementwise";

describe("elementwise", () => {
  it("gives the documented example's result", () => {
    expect(
      elementwise([
        ["r", [[5], [1]]],
        ["f", 3],
      ]),
    ).toEqual([[[5, 3]], [[1, 3]]]);
  });

  it("pairs the cells of same-sized ranges", () => {
    expect(
      elementwise([
        [
          "a",
          [
            [1, 2],
            [3, 4],
          ],
        ],
        [
          "b",
          [
            ["w", "x"],
            ["y", "z"],
          ],
        ],
      ]),
    ).toEqual([
      [
        [1, "w"],
        [2, "x"],
      ],
      [
        [3, "y"],
        [4, "z"],
      ],
    ]);
  });

  it("is one element when every argument is a single cell", () => {
    expect(
      elementwise([
        ["a", 1],
        ["b", [["x"]]],
      ]),
    ).toEqual([[[1, "x"]]]);
  });

  it('reads blanks as "" and an omitted range as one blank cell', () => {
    expect(
      elementwise([
        ["a", [[null], [2]]],
        ["b", undefined],
      ]),
    ).toEqual([[["", ""]], [[2, ""]]]);
  });

  it.each([
    { a: [[1], [2]], b: [[1], [2], [3]], message: "a is 2×1 but b is 3×1" },
    { a: [[1, 2]], b: [[1], [2]], message: "a is 1×2 but b is 2×1" },
  ])("names both sizes when two ranges differ: $message", ({ a, b, message }) => {
    expect(() =>
      elementwise([
        ["a", a],
        ["b", b],
      ]),
    ).toThrow(
      expect.objectContaining({
        code: "SIZE_MISMATCH",
        message: `${message}: the ranges must be the same size (or single cells)`,
      }),
    );
  });

  it("does not change its arguments", () => {
    const a = Object.freeze([Object.freeze([1, 2])]);
    expect(() =>
      elementwise([
        ["a", a],
        ["b", 1],
      ]),
    ).not.toThrow();
  });
});
