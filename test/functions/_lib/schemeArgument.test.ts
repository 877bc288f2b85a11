import { schemeArgument } from "../../../src/functions/_lib/schemeArgument";
import { BLANKS } from "./excelShapes";

describe("schemeArgument", () => {
  it.each([
    { value: "rfm11", key: "rfm11" },
    { value: "RFM", key: "rfm11" },
    { value: " rfm-r10 ", key: "rfm-r10" },
    { value: "CN8", key: "cn8" },
    { value: [["cn8-volcano"]], key: "cn8-volcano" },
  ])("reads $value as $key", ({ value, key }) => {
    expect(schemeArgument(value)).toBe(key);
  });

  it.each(BLANKS.map((value) => ({ value })))("defaults to rfm11 for the blank $value", ({ value }) => {
    expect(schemeArgument(value)).toBe("rfm11");
  });

  it("lists the schemes when the value is unknown", () => {
    expect(() => schemeArgument("rfm5")).toThrow(
      'scheme must be one of rfm11, rfm, rfm-r10, cn8, cn8-volcano; got "rfm5"',
    );
  });
});
