import { strategicFitScale } from "../../../src/core/table/strategicFitScale";

describe("strategicFitScale", () => {
  it.each([
    { values: [0.2, 0.9], expected: 1, why: "a 0..1 column" },
    { values: [1, 3, 5], expected: 5, why: "a 1..5 column" },
    { values: [0, 7, 10], expected: 10, why: "a 0..10 column" },
    { values: [40, 85], expected: 100, why: "a 0..100 column" },
    { values: [0.5, 150, -2], expected: 1, why: "out-of-range values are ignored" },
    { values: [150], expected: undefined, why: "nothing in range" },
    { values: [], expected: undefined, why: "no values" },
  ])("$why → $expected", ({ values, expected }) => {
    expect(strategicFitScale(Object.freeze(values))).toBe(expected);
  });
});
