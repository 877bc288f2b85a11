import fc from "fast-check";
import { countAtOrBelow } from "../../../src/core/stats/countAtOrBelow";
import { countBelow } from "../../../src/core/stats/countBelow";

describe("countBelow and countAtOrBelow", () => {
  it.each([
    { x: 2, below: 1, atOrBelow: 3 },
    { x: 0, below: 0, atOrBelow: 0 },
    { x: 3, below: 3, atOrBelow: 4 },
    { x: 9, below: 4, atOrBelow: 4 },
    { x: 1.5, below: 1, atOrBelow: 1 },
  ])(
    "counts the elements of [1, 2, 2, 3] below $x ($below) and at or below it ($atOrBelow)",
    ({ x, below, atOrBelow }) => {
      const sorted = Object.freeze([1, 2, 2, 3]);
      expect(countBelow(sorted, x)).toBe(below);
      expect(countAtOrBelow(sorted, x)).toBe(atOrBelow);
    },
  );

  it("agrees with counting by filter", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        return (
          countBelow(sorted, x) === values.filter((v) => v < x).length &&
          countAtOrBelow(sorted, x) === values.filter((v) => v <= x).length
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
