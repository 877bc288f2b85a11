import fc from "fast-check";
import { numericalHessian } from "../../../src/core/math/numericalHessian";

describe("numericalHessian", () => {
  it("recovers the Hessian of a quadratic (doc example)", () => {
    const H = numericalHessian(
      (x, g) => {
        g[0] = 2 * x[0] + x[1];
        g[1] = x[0] + 6 * x[1];
        return x[0] ** 2 + x[0] * x[1] + 3 * x[1] ** 2;
      },
      Object.freeze([1, 1]),
    );
    expect(H).toBeDefined();
    const expected = [
      [2, 1],
      [1, 6],
    ];
    expected.forEach((row, i) => row.forEach((v, j) => expect(H![i][j]).toBeCloseTo(v, 9)));
  });

  it("matches the analytic Hessian of exp(a·x + b·y) (symmetric)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (a, b) => {
        const H = numericalHessian(
          (x, g) => {
            const e = Math.exp(a * x[0] + b * x[1]);
            g[0] = a * e;
            g[1] = b * e;
            return e;
          },
          [0.3, -0.2],
        );
        const e = Math.exp(a * 0.3 - b * 0.2);
        const exact = [
          [a * a * e, a * b * e],
          [a * b * e, b * b * e],
        ];
        return (
          H !== undefined &&
          H[0][1] === H[1][0] &&
          exact.every((row, i) => row.every((v, j) => Math.abs(H[i][j] - v) < 1e-7))
        );
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it("returns undefined when the gradient is not finite nearby", () => {
    expect(
      numericalHessian(
        (x, g) => {
          g[0] = x[0] > 0 ? NaN : 1;
          return 0;
        },
        [0],
      ),
    ).toBeUndefined();
  });
});
