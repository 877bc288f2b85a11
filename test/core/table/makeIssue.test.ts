import { makeIssue } from "../../../src/core/table/makeIssue";

const message = Object.freeze({ en: "…", zh: "…" });

describe("makeIssue", () => {
  it("matches the example in its documentation", () => {
    expect(
      makeIssue({
        code: "NOT_A_NUMBER",
        severity: "error",
        row: 7,
        columnIndex: 2,
        header: "金额",
        value: "abc",
        message,
      }).address,
    ).toBe("C7");
  });

  it("builds a frozen issue with the cell, header and value", () => {
    const issue = makeIssue({
      code: "NOT_A_NUMBER",
      severity: "error",
      row: 7,
      columnIndex: 27,
      header: "金额",
      value: 12,
      message,
    });
    expect(issue).toEqual({
      code: "NOT_A_NUMBER",
      severity: "error",
      row: 7,
      column: "金额",
      address: "AB7",
      value: "12",
      message,
    });
    expect(Object.isFrozen(issue)).toBe(true);
  });

  it("addresses the whole row when no column is given, and leaves out empty parts", () => {
    expect(makeIssue({ code: "MODEL_NOTE", severity: "warning", row: 1, header: "", value: null, message })).toEqual({
      code: "MODEL_NOTE",
      severity: "warning",
      row: 1,
      address: "1:1",
      message,
    });
  });
});
