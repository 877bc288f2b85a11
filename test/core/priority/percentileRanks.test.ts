import fc from "fast-check";
import { percentileRanks } from "../../../src/core/priority/percentileRanks";

/** Brute force: 100 · (values below + (equal values − 1) / 2) / (n − 1). */
const oracle = (xs: readonly number[]) =>
  xs.map((x) => {
    if (xs.length === 1) return 50;
    const below = xs.filter((y) => y < x).length;
    const equal = xs.filter((y) => y === x).length;
    return (100 * (below + (equal - 1) / 2)) / (xs.length - 1);
  });

describe("percentileRanks", () => {
  it("gives the documented examples", () => {
    expect(percentileRanks(Object.freeze([10, 20, 20, 40]))).toEqual([0, 50, 50, 100]);
    expect(percentileRanks([7])).toEqual([50]);
  });

  it.each([
    { values: [], expected: [], why: "an empty list" },
    { values: [3, 3, 3], expected: [50, 50, 50], why: "all values equal" },
    { values: [3, 1, 2], expected: [100, 0, 50], why: "input order is kept" },
    { values: [1, 1, 2], expected: [25, 25, 100], why: "a tie at the bottom shares the mean position" },
    { values: [Infinity, 5, -Infinity], expected: [100, 50, 0], why: "infinities rank at the ends" },
    { values: [Infinity, Infinity, 0], expected: [75, 75, 0], why: "tied infinities share a rank" },
  ])("ranks $why", ({ values, expected }) => {
    expect(percentileRanks(values)).toEqual(expected);
  });

  it("throws BAD_ARGUMENT naming a NaN", () => {
    expect(() => percentileRanks([1, NaN])).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", detail: { index: 1, value: NaN } }),
    );
  });

  it("matches a brute-force count of values below and equal (oracle)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 50 }), (xs) => {
        const got = percentileRanks(xs);
        const want = oracle(xs);
        return got.every((g, i) => Math.abs(g - want[i]) < 1e-9);
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it("gives equal values equal ranks and larger values larger ranks", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 40 }), (xs) => {
        const r = percentileRanks(xs);
        return xs.every((x, i) => xs.every((y, j) => (x === y ? r[i] === r[j] : x < y ? r[i] < r[j] : r[i] > r[j])));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
