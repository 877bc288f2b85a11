import fc from "fast-check";
import { asMatrix } from "../../../src/functions/_lib/asMatrix";
import { excelError } from "./excelShapes";

describe("asMatrix", () => {
  it.each([
    { value: 5, expected: [[5]], why: "wraps a single number (one cell where a range was expected)" },
    { value: "Acme", expected: [["Acme"]], why: "wraps a single text" },
    { value: "", expected: [[""]], why: "wraps a single blank cell" },
    { value: [1, "a"], expected: [[1, "a"]], why: "reads a plain list as one row" },
    { value: undefined, expected: [], why: "reads an omitted argument as an empty range" },
    { value: null, expected: [], why: "reads a null argument as an empty range" },
    { value: [], expected: [], why: "keeps an empty range empty" },
  ])("$why", ({ value, expected }) => {
    expect(asMatrix(value)).toEqual(expected);
  });

  it('normalises the cells of a 2-D range: blanks to "", errors to their text, values kept', () => {
    const range = [
      ["id", "date", "amount", "vip"],
      ["C1", 45680, 12.5, true],
      ["C2", null, excelError("#N/A"), false],
      [undefined, "", "#div/0!", "text"],
    ];
    expect(asMatrix(range)).toEqual([
      ["id", "date", "amount", "vip"],
      ["C1", 45680, 12.5, true],
      ["C2", "", "#N/A", false],
      ["", "", "#DIV/0!", "text"],
    ]);
  });

  it("does not modify its input", () => {
    const row = Object.freeze([null, excelError("#REF!"), 3]);
    const range = Object.freeze([row]);
    expect(asMatrix(range)).toEqual([["", "#REF!", 3]]);
    expect(range[0]).toBe(row);
  });

  it("keeps the shape and every plain value of any rectangular range", () => {
    const plain = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.string({ minLength: 1 }).filter((s) => !s.startsWith("#")),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(plain, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const out = asMatrix(rows);
        return out !== rows && JSON.stringify(out) === JSON.stringify(rows);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("gives the documented examples' results", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(
      asMatrix([
        [1, null],
        ["#n/a", "x"],
      ]),
    ).toEqual([
      [1, ""],
      ["#N/A", "x"],
    ]);
  });
});
