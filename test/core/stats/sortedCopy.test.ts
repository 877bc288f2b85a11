import fc from "fast-check";
import { sortedCopy } from "../../../src/core/stats/sortedCopy";

/** Same order and same bits (−0 before +0) as the native numeric sort of a typed array. */
function sameAsNative(values: readonly number[]): boolean {
  const want = Float64Array.from(values).sort();
  const got = sortedCopy(values);
  return got.length === want.length && want.every((v, i) => Object.is(v, got[i]));
}

describe("sortedCopy", () => {
  it("sorts a short list ascending (the documented example)", () => {
    expect(Array.from(sortedCopy([3, -1.5, 2]))).toEqual([-1.5, 2, 3]);
  });

  it("returns an empty array for no values", () => {
    expect(sortedCopy([]).length).toBe(0);
  });

  it("does not modify its input", () => {
    const input = Object.freeze(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 1000));
    const copy = [...input];
    sortedCopy(input);
    expect(input).toEqual(copy);
  });

  it("orders like the native sort for short and long arrays of any doubles", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 3000 }), (values) => sameAsNative(values)),
      { seed: 42, numRuns: 60 },
    );
  });

  it("orders like the native sort for long arrays with many ties and both signs", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -40, max: 40 }).map((x) => x / 4),
          { minLength: 512, maxLength: 4000 },
        ),
        (values) => sameAsNative(values),
      ),
      { seed: 42, numRuns: 40 },
    );
  });

  it.each([
    { why: "all values equal (every radix pass skipped)", values: Array.from({ length: 1000 }, () => 7) },
    {
      why: "zeros of both signs",
      values: Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : -1)),
    },
    {
      why: "integer-valued days (low word passes skipped)",
      values: Array.from({ length: 5000 }, (_, i) => (i * 7919) % 731),
    },
    {
      why: "extreme magnitudes",
      values: Array.from(
        { length: 1000 },
        (_, i) =>
          [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1e-300, -1e300, 0.1, 3][i % 8],
      ),
    },
  ])("orders like the native sort: $why", ({ values }) => {
    expect(sameAsNative(values)).toBe(true);
  });
});
