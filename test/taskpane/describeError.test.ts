import { DomainError } from "../../src/core/errors";
import { WorkbookFileError } from "../../src/headless/workbookFile";
import { describeError } from "../../src/taskpane/describeError";

describe("describeError", () => {
  it("gives the documented examples' results", () => {
    expect(describeError(new DomainError("EMPTY_INPUT", "The table is empty.", "表格为空。"), "zh")).toBe("表格为空。");
    expect(describeError(new TypeError("x is undefined"), "en")).toBe("Something went wrong: x is undefined");
  });

  it.each([
    ["en", "Pick a table."],
    ["zh", "请选择表格。"],
  ] as const)("shows a DomainError's own message in %s", (lang, expected) => {
    expect(describeError(new DomainError("BAD_ARGUMENT", "Pick a table.", "请选择表格。"), lang)).toBe(expected);
  });

  it("shows a refused file's message as the command line does, in the pane's language", () => {
    const error = new WorkbookFileError("a.xls: the old .xls format is not read", "a.xls：不读取旧的 .xls 格式");
    expect(describeError(error, "en")).toBe("a.xls: the old .xls format is not read");
    expect(describeError(error, "zh")).toBe("a.xls：不读取旧的 .xls 格式");
  });

  it("never shows a stack: only the first line of an unexpected error's message", () => {
    const error = new Error("The request failed.\n    at run (excel.js:1:1)");
    const text = describeError(error, "en");
    expect(text).toBe("Something went wrong: The request failed.");
    expect(text).not.toContain(error.stack!.split("\n")[1].trim());
  });

  it.each([
    { why: "an error without a message", error: new RangeError(""), expected: "出现意外问题：RangeError" },
    { why: "a thrown text", error: "offline", expected: "出现意外问题：offline" },
    { why: "a thrown number", error: 42, expected: "出现意外问题：42" },
  ])("words $why in plain words", ({ error, expected }) => {
    expect(describeError(error, "zh")).toBe(expected);
  });

  it("cuts a very long message to 400 characters", () => {
    const text = describeError(new Error("x".repeat(1000)), "en");
    expect(text).toHaveLength(400);
    expect(text.endsWith("…")).toBe(true);
  });
});
