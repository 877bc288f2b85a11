import { minimizeCascade } from "../../../src/core/math/minimizeCascade";
import type { ObjectiveWithGradient } from "../../../src/core/math/optimizeTypes";

describe("minimizeCascade", () => {
  it("stops after BFGS when it converges (doc example)", () => {
    const r = minimizeCascade(
      (x, g) => {
        g[0] = 2 * (x[0] - 3);
        return (x[0] - 3) ** 2;
      },
      [[0]],
    );
    expect(r.method).toBe("bfgs");
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(3, 8);
  });

  it("rescues a failed BFGS with Nelder-Mead and polishes with BFGS", () => {
    // the gradient is wrong far from the minimum (sign flipped for x > 2), so BFGS from 5 stalls;
    // Nelder-Mead ignores gradients and reaches the basin where BFGS then converges
    const f: ObjectiveWithGradient = (x, g) => {
      g[0] = x[0] > 2 ? -2 * (x[0] - 1) : 2 * (x[0] - 1);
      return (x[0] - 1) ** 2;
    };
    const r = minimizeCascade(f, [[5]]);
    expect(r.converged).toBe(true);
    expect(r.method).toMatch(/^bfgs\+nelder-mead/);
    expect(r.x[0]).toBeCloseTo(1, 6);
  });

  it("tries the next start when the first one fails, and counts every stage", () => {
    const f: ObjectiveWithGradient = (x, g) => {
      if (Math.abs(x[0]) > 100) return NaN;
      g[0] = 2 * (x[0] + 4);
      return (x[0] + 4) ** 2;
    };
    const r = minimizeCascade(f, [[1000], [0]]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(-4, 8);
    expect(r.method.split("+").length).toBeGreaterThanOrEqual(4);
    expect(r.evaluations).toBeGreaterThan(r.iterations);
  });

  it("returns the best point with converged: false when nothing converges", () => {
    const r = minimizeCascade(() => NaN, [[0], [1]]);
    expect(r.converged).toBe(false);
    expect(r.method).toBe("bfgs+nelder-mead+bfgs+bfgs+nelder-mead+bfgs");
  });
});
