import fc from "fast-check";
import { jsonBytes } from "../../src/excel/jsonBytes";

describe("jsonBytes", () => {
  it.each([
    { value: [["C1", 12.5]], bytes: 13, why: "ASCII: one byte a character" },
    { value: "客户", bytes: 8, why: "CJK: three bytes a character, plus the quotes" },
    { value: "é", bytes: 4, why: "Latin-1 supplement: two bytes" },
    { value: "😀", bytes: 6, why: "outside the BMP: four bytes" },
    { value: undefined, bytes: 0, why: "undefined sends nothing" },
  ])("$why", ({ value, bytes }) => {
    expect(jsonBytes(value)).toBe(bytes);
  });

  it("agrees with Node's UTF-8 encoder on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), "utf8"));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
