import fc from "fast-check";
import { invertPositiveDefinite } from "../../../src/core/math/invertPositiveDefinite";

describe("invertPositiveDefinite", () => {
  it("inverts a 2 × 2 matrix and refuses a singular one (doc examples)", () => {
    const inv = invertPositiveDefinite(Object.freeze([Object.freeze([4, 2]), Object.freeze([2, 3])]));
    expect(inv).toBeDefined();
    [
      [0.375, -0.25],
      [-0.25, 0.5],
    ].forEach((row, i) => row.forEach((v, j) => expect(inv![i][j]).toBeCloseTo(v, 14)));
    expect(
      invertPositiveDefinite([
        [1, 2],
        [2, 4],
      ]),
    ).toBeUndefined();
  });

  it.each([
    {
      name: "indefinite",
      m: [
        [1, 0],
        [0, -1],
      ],
    },
    {
      name: "not finite",
      m: [
        [1, NaN],
        [NaN, 1],
      ],
    },
    { name: "not square", m: [[1, 0]] },
    { name: "empty", m: [] },
  ])("returns undefined for a matrix that is $name", ({ m }) => {
    expect(invertPositiveDefinite(m)).toBeUndefined();
  });

  it("gives A·A⁻¹ = I for random symmetric positive-definite matrices (B·Bᵀ + I)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.array(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n, maxLength: n }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        (B) => {
          const n = B.length;
          const A = B.map((_, i) => B.map((__, j) => B[i].reduce((s, v, k) => s + v * B[j][k], 0) + (i === j ? 1 : 0)));
          const inv = invertPositiveDefinite(A);
          if (inv === undefined) return false;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              const v = A[i].reduce((s, a, k) => s + a * inv[k][j], 0);
              if (Math.abs(v - (i === j ? 1 : 0)) > 1e-9) return false;
            }
          }
          return true;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
