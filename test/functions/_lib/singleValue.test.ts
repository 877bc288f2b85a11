import { singleValue } from "../../../src/functions/_lib/singleValue";
import { BLANKS, excelError } from "./excelShapes";

describe("singleValue", () => {
  it.each(BLANKS.map((value) => ({ value })))("reads $value as blank", ({ value }) => {
    expect(singleValue(value, "x")).toEqual({ kind: "blank" });
  });

  it.each([
    { value: 5, expected: 5 },
    { value: [[5]], expected: 5 },
    { value: [5], expected: 5 },
    { value: "abc", expected: "abc" },
    { value: true, expected: true },
    { value: 0, expected: 0 },
  ])("reads $value as the value $expected", ({ value, expected }) => {
    expect(singleValue(value, "x")).toEqual({ kind: "value", value: expected });
  });

  it.each([
    { value: excelError("#N/A"), code: "#N/A" },
    { value: [[excelError("#DIV/0!")]], code: "#DIV/0!" },
    { value: "#REF!", code: "#REF!" },
    { value: "#value!", code: "#VALUE!" },
  ])("reads an Excel error value as error $code", ({ value, code }) => {
    expect(singleValue(value, "x")).toEqual({ kind: "error", code });
  });

  it.each([
    { value: [[1, 2]], size: "1×2" },
    { value: [[1], [2]], size: "2×1" },
    { value: [1, 2, 3], size: "1×3" },
    {
      value: [
        [1, 2],
        [3, 4],
      ],
      size: "2×2",
    },
  ])("rejects a $size range, naming the argument in both languages", ({ value, size }) => {
    expect(() => singleValue(value, "bins")).toThrow(`bins must be a single value, not a range of ${size} cells`);
    expect(() => singleValue(value, "bins")).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", messageZh: `bins 必须是单个值，不能是 ${size} 的单元格区域` }),
    );
  });

  it("gives the documented examples' results", () => {
    expect(singleValue([[5]], "bins")).toEqual({ kind: "value", value: 5 });
    expect(singleValue("", "bins")).toEqual({ kind: "blank" });
  });
});
