import fc from "fast-check";
import { optionalNumber } from "../../../src/functions/_lib/optionalNumber";
import { BLANKS, excelError } from "./excelShapes";

const BINS = Object.freeze({ min: 2, max: 10, integer: true });

describe("optionalNumber", () => {
  it.each(BLANKS.map((value) => ({ value })))("gives the default for the blank $value", ({ value }) => {
    expect(optionalNumber(value, "bins", 5, BINS)).toBe(5);
  });

  it.each([
    { value: 4, expected: 4, why: "a number" },
    { value: [[4]], expected: 4, why: "a 1×1 range" },
    { value: " 7 ", expected: 7, why: "numeric text with spaces" },
    { value: "2.5", expected: 2.5, why: "decimal text" },
    { value: "-.5", expected: -0.5, why: "text with a leading sign and no integer part" },
    { value: "1e3", expected: 1000, why: "text in exponent notation" },
    { value: 0, expected: 0, why: "zero (not blank)" },
  ])("accepts $why", ({ value, expected }) => {
    expect(optionalNumber(value, "x", 99)).toBe(expected);
  });

  it.each([
    { value: 11, en: "bins must be a whole number from 2 to 10; got 11" },
    { value: 1, en: "bins must be a whole number from 2 to 10; got 1" },
    { value: 2.5, en: "bins must be a whole number from 2 to 10; got 2.5" },
    { value: "five", en: 'bins must be a whole number from 2 to 10; got "five"' },
    { value: "1,000", en: 'bins must be a whole number from 2 to 10; got "1,000"' },
    { value: true, en: "bins must be a whole number from 2 to 10; got TRUE" },
    { value: NaN, en: "bins must be a whole number from 2 to 10; got NaN" },
    { value: Infinity, en: "bins must be a whole number from 2 to 10; got Infinity" },
    { value: excelError("#N/A"), en: "bins is an error value (#N/A)" },
    { value: "#DIV/0!", en: "bins is an error value (#DIV/0!)" },
    { value: [[3, 4]], en: "bins must be a single value, not a range of 1×2 cells" },
  ])("rejects $value with a message naming the argument", ({ value, en }) => {
    expect(() => optionalNumber(value, "bins", 5, BINS)).toThrow(
      expect.objectContaining({ name: "DomainError", code: "BAD_ARGUMENT", message: en }),
    );
  });

  it("says the same in Chinese", () => {
    expect(() => optionalNumber(11, "bins", 5, BINS)).toThrow(
      expect.objectContaining({ messageZh: "bins 必须是介于 2 到 10 之间的整数，当前为 11" }),
    );
  });

  it("keeps the argument's name and value in the error's detail", () => {
    expect(() => optionalNumber("x", "rate", 0)).toThrow(
      expect.objectContaining({ detail: { argument: "rate", value: "x" } }),
    );
  });

  it("accepts every finite number within the limits and rejects every one outside", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (n) => {
        const inside = n >= 0 && n <= 1;
        let accepted: boolean;
        try {
          accepted = optionalNumber(n, "p", 0.5, { min: 0, max: 1 }) === n;
        } catch {
          accepted = false;
        }
        return accepted === inside;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it("reads numeric text exactly as the number it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => optionalNumber(String(n), "n", 0) === n),
      { seed: 42, numRuns: 200 },
    );
  });

  it("gives the documented examples' results", () => {
    expect(optionalNumber("", "bins", 5, BINS)).toBe(5);
    expect(optionalNumber([[4]], "bins", 5, BINS)).toBe(4);
    expect(() => optionalNumber(11, "bins", 5, BINS)).toThrow("bins must be a whole number from 2 to 10; got 11");
  });
});
