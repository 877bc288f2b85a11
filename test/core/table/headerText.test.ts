import { headerText } from "../../../src/core/table/headerText";

describe("headerText", () => {
  it.each([
    { cell: "  客户编号 ", expected: "客户编号" },
    { cell: 2024, expected: "2024" },
    { cell: null, expected: "" },
    { cell: "", expected: "" },
    { cell: "#REF!", expected: "#REF!" },
    { cell: { error: "#N/A" }, expected: "#N/A" },
    { cell: { other: 1 }, expected: "" },
  ])("reads $cell as $expected", ({ cell, expected }) => {
    expect(headerText(cell)).toBe(expected);
  });
});
