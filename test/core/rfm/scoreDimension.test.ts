import { scoreDimension } from "../../../src/core/rfm/scoreDimension";

describe("scoreDimension", () => {
  it("scores four values into two quantile bins (the documented example)", () => {
    const d = scoreDimension(Float64Array.from([10, 20, 30, 40]), 2, { kind: "quantile" }, false);
    expect(Array.from(d.scores)).toEqual([1, 1, 2, 2]);
    expect(d.breakpoints).toEqual([25]);
  });

  it("reverses the scores when smaller is better", () => {
    const d = scoreDimension(Float64Array.from([10, 20, 30, 40]), 2, { kind: "quantile" }, true);
    expect(Array.from(d.scores)).toEqual([2, 2, 1, 1]);
  });

  it("counts a value equal to a given cut point in the lower bin", () => {
    const d = scoreDimension(Float64Array.from([1, 2, 3]), 2, { kind: "cuts", cuts: [2] }, false);
    expect(Array.from(d.scores)).toEqual([1, 1, 2]);
  });

  it("counts a value equal to an R cut point in the upper bin", () => {
    // type-7 median of [1, 2, 3] is 2; R's cut is 3 and bins are lower ≤ v < upper.
    const d = scoreDimension(Float64Array.from([1, 2, 3]), 2, { kind: "quantile-r" }, false);
    expect(d.breakpoints).toEqual([3]);
    expect(Array.from(d.scores)).toEqual([1, 1, 2]);
  });

  it.each([
    { kind: "quantile" as const, k: 5, expected: 3 },
    { kind: "rank" as const, k: 4, expected: 2 },
    { kind: "quantile" as const, k: 10, expected: 5 },
  ])("gives the middle score ⌈k/2⌉ = $expected to all-equal values ($kind, k = $k)", ({ kind, k, expected }) => {
    const d = scoreDimension(Float64Array.from([7, 7, 7]), k, { kind }, true);
    expect(Array.from(d.scores)).toEqual([expected, expected, expected]);
    expect(d.breakpoints).toEqual(new Array(k - 1).fill(7));
  });

  it("keeps R's answer for all-equal values with quantile-r (bottom bin, top recency)", () => {
    expect(Array.from(scoreDimension(Float64Array.from([7, 7]), 5, { kind: "quantile-r" }, false).scores)).toEqual([
      1, 1,
    ]);
    expect(Array.from(scoreDimension(Float64Array.from([7, 7]), 5, { kind: "quantile-r" }, true).scores)).toEqual([
      5, 5,
    ]);
  });

  it("does not modify the values", () => {
    const values = Float64Array.from([3, 1, 2]);
    scoreDimension(values, 3, { kind: "rank" }, false);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });
});
