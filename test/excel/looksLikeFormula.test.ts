import { looksLikeFormula } from "../../src/excel/looksLikeFormula";

describe("looksLikeFormula", () => {
  it.each([
    ["=1+1", true],
    ["\t+cmd", true],
    ["＝SUM(A1)", true],
    ["华东精密", false],
    ["+86 138 0000 0000", true],
    ["-2+3", true],
    ["@SUM(A1:A2)", true],
    ["\r\n =1", true],
    ["\u3000＠x", true],
    ["＋1", true],
    ["－1", true],
    ["a=b", false],
    ["", false],
    ["   ", false],
  ])("says %j is %s", (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });
});
