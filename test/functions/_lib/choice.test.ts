import { choice } from "../../../src/functions/_lib/choice";
import { excelError } from "./excelShapes";

const OUTPUTS = Object.freeze(["code", "segment", "R", "all"] as const);

describe("choice", () => {
  it.each([
    { value: "segment", expected: "segment" },
    { value: "SEGMENT", expected: "segment" },
    { value: " Segment ", expected: "segment" },
    { value: "r", expected: "R" },
    { value: [["All"]], expected: "all" },
  ])("matches $value to $expected ignoring case and spaces", ({ value, expected }) => {
    expect(choice(value, "output", OUTPUTS)).toBe(expected);
  });

  it.each([{ value: "" }, { value: null }, { value: undefined }, { value: [[""]] }])(
    "gives the default for the blank $value",
    ({ value }) => {
      expect(choice(value, "output", OUTPUTS, "code")).toBe("code");
    },
  );

  it("requires a value when there is no default, listing the choices", () => {
    expect(() => choice("", "output", OUTPUTS)).toThrow(
      expect.objectContaining({
        message: "output is required: one of code, segment, R, all",
        messageZh: "output 不能为空，可选值：code, segment, R, all",
      }),
    );
  });

  it("rejects a word that is not offered, listing the choices in both languages", () => {
    expect(() => choice("segments", "output", OUTPUTS, "code")).toThrow(
      expect.objectContaining({
        code: "BAD_ARGUMENT",
        message: 'output must be one of code, segment, R, all; got "segments"',
        messageZh: 'output 必须是以下之一：code, segment, R, all；当前为 "segments"',
      }),
    );
  });

  it.each([{ value: true }, { value: excelError("#N/A") }])("rejects the non-text $value", ({ value }) => {
    expect(() => choice(value, "output", OUTPUTS, "code")).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });

  it("gives the documented examples' results", () => {
    expect(choice("Segment", "output", ["code", "segment"] as const)).toBe("segment");
    expect(choice("", "method", ["historical", "bgnbd"] as const, "bgnbd")).toBe("bgnbd");
  });
});
