import { median } from "../../../src/core/stats/median";

describe("median", () => {
  it.each([
    { values: [5, 1, 3], expected: 3, why: "is the middle value of an odd count" },
    { values: [4, 1, 3, 2], expected: 2.5, why: "averages the two middle values of an even count" },
    { values: [7], expected: 7, why: "is the value itself for one value" },
    { values: [2, 2, 9, 2], expected: 2, why: "stays on a tie in the middle" },
  ])("$why", ({ values, expected }) => {
    const input = Object.freeze([...values]);
    expect(median(input)).toBe(expected);
    expect(input).toEqual(values);
  });

  it("throws EMPTY_INPUT for no values", () => {
    expect(() => median([])).toThrow(expect.objectContaining({ code: "EMPTY_INPUT" }));
  });
});
