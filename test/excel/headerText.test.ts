import { headerText } from "../../src/excel/headerText";

describe("headerText", () => {
  it.each([
    ["客户编号", "客户编号"],
    [2024, "2024"],
    [null, ""],
    [undefined, ""],
    ["", ""],
    [true, "true"],
  ])("names %j %j", (value, text) => {
    expect(headerText(value)).toBe(text);
  });
});
