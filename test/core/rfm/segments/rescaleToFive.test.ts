import { rescaleToFive } from "../../../../src/core/rfm/segments/rescaleToFive";

describe("rescaleToFive", () => {
  it.each([
    { score: 4, k: 5, expected: 4 },
    { score: 7, k: 10, expected: 4 },
    { score: 1, k: 2, expected: 1 },
    { score: 2, k: 2, expected: 5 },
    { score: 2, k: 3, expected: 3 },
    { score: 1, k: 4, expected: 1 },
    { score: 2, k: 4, expected: 2 },
    { score: 3, k: 4, expected: 4 },
    { score: 1, k: 10, expected: 1 },
    { score: 10, k: 10, expected: 5 },
  ])("maps score $score of k = $k to $expected", ({ score, k, expected }) => {
    expect(rescaleToFive(score, k)).toBe(expected);
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9, 10])("maps 1..%i onto 1..5 without going down and ends at 5", (k) => {
    const mapped = Array.from({ length: k }, (_, i) => rescaleToFive(i + 1, k));
    expect(mapped.every((v, i) => v >= 1 && v <= 5 && (i === 0 || v >= mapped[i - 1]))).toBe(true);
    expect(mapped[0]).toBe(1);
    expect(mapped[k - 1]).toBe(5);
  });

  it("gives each 1..5 score exactly two of the ten scores for k = 10", () => {
    const mapped = Array.from({ length: 10 }, (_, i) => rescaleToFive(i + 1, 10));
    expect(mapped).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("leaves 1..5 unchanged for k = 5", () => {
    expect([1, 2, 3, 4, 5].map((s) => rescaleToFive(s, 5))).toEqual([1, 2, 3, 4, 5]);
  });
});
