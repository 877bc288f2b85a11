import { elementNumbers } from "../../../src/functions/_lib/elementNumbers";
import { excelError } from "./excelShapes";

describe("elementNumbers", () => {
  it("gives the documented examples' results", () => {
    expect(elementNumbers(["x", "T"], [2, "38.86"])).toEqual({ kind: "numbers", values: [2, 38.86] });
    expect(elementNumbers(["x", "T"], [2, "soon"])).toMatchObject({
      kind: "problem",
      message: { en: 'T: "soon" is not a number' },
    });
  });

  it.each([
    { cells: ["", null], kind: "blank" },
    { cells: [" ", undefined], kind: "blank" },
    { cells: [" 1e3 ", "-.5"], kind: "numbers" },
  ])("reads $cells as $kind", ({ cells, kind }) => {
    expect(elementNumbers(["a", "b"], cells).kind).toBe(kind);
  });

  it.each([
    { cells: [1, ""], en: "b is blank", zh: "b 为空" },
    { cells: [excelError("#NUM!"), 1], en: "a is an error value (#NUM!)", zh: "a 是错误值（#NUM!）" },
    { cells: ["#N/A", 1], en: "a is an error value (#N/A)", zh: "a 是错误值（#N/A）" },
    { cells: [true, 1], en: "a: TRUE is not a number", zh: "a：TRUE 不是数字" },
    { cells: [1, "1,000"], en: 'b: "1,000" is not a number', zh: 'b："1,000" 不是数字' },
    { cells: [Infinity, 1], en: "a: Infinity is not a number", zh: "a：Infinity 不是数字" },
  ])("names the first unusable cell: $en", ({ cells, en, zh }) => {
    expect(elementNumbers(["a", "b"], cells)).toEqual({ kind: "problem", message: { en, zh } });
  });
});
