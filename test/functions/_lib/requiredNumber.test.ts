import { requiredNumber } from "../../../src/functions/_lib/requiredNumber";
import { BLANKS } from "./excelShapes";

describe("requiredNumber", () => {
  it("gives the documented examples' results", () => {
    expect(requiredNumber("0.24", "r", { min: 0 })).toBe(0.24);
    expect(() => requiredNumber("", "r")).toThrow("r is required: a number");
  });

  it.each(BLANKS.map((value) => ({ value })))("rejects the blank $value, saying what is needed", ({ value }) => {
    expect(() => requiredNumber(value, "alpha", { min: 0 })).toThrow(
      expect.objectContaining({
        code: "BAD_ARGUMENT",
        message: "alpha is required: a number ≥ 0",
        messageZh: "alpha 不能为空：请提供不小于 0 的数字",
      }),
    );
  });

  it("applies the limits as optionalNumber does", () => {
    expect(() => requiredNumber(-1, "weights", { min: 0 })).toThrow("weights must be a number ≥ 0; got -1");
    expect(requiredNumber([[4]], "a")).toBe(4);
  });
});
