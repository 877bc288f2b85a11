import { minimizeBfgs } from "../../../src/core/math/minimizeBfgs";
import type { ObjectiveWithGradient } from "../../../src/core/math/optimizeTypes";

const quadratic: ObjectiveWithGradient = (x, g) => {
  g[0] = 2 * (x[0] - 1);
  g[1] = 20 * (x[1] + 2);
  return (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2;
};

const rosenbrock: ObjectiveWithGradient = (x, g) => {
  const [a, b] = [x[0], x[1]];
  g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
  g[1] = 200 * (b - a * a);
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe("minimizeBfgs", () => {
  it("finds the minimum of a quadratic (doc example)", () => {
    const r = minimizeBfgs(quadratic, Object.freeze([0, 0]));
    expect(r.converged).toBe(true);
    expect(r.method).toBe("bfgs");
    expect(r.x[0]).toBeCloseTo(1, 8);
    expect(r.x[1]).toBeCloseTo(-2, 8);
  });

  it("solves the Rosenbrock valley", () => {
    const r = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.gradientNorm).toBeLessThan(1e-6);
  });

  it("shortens the step when the objective is not finite along the way", () => {
    // defined only for x > 0 (like a log-likelihood); the minimum sits at x = 0.01 near the edge
    const f: ObjectiveWithGradient = (x, g) => {
      if (!(x[0] > 0)) return NaN;
      g[0] = 1 - 0.01 / x[0];
      return x[0] - 0.01 * Math.log(x[0]);
    };
    const r = minimizeBfgs(f, [5]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(0.01, 8);
  });

  it("judges convergence by the relative change of f when the gradient cannot be pushed lower", () => {
    // the gradient has a floor of 1e-7 (noise) that the strict gradient test never passes
    const f: ObjectiveWithGradient = (x, g) => {
      g[0] = 2 * x[0] + 1e-7;
      return x[0] * x[0];
    };
    const r = minimizeBfgs(f, [3]);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.x[0])).toBeLessThan(1e-6);
  });

  it("returns the best point with converged: false instead of throwing at the iteration limit", () => {
    const r = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(r.converged).toBe(false);
    expect(r.message).toBe("iteration limit reached");
    expect(r.iterations).toBe(3);
    expect(r.value).toBeLessThan(24.2);
  });

  it("reports a start where f is not finite without throwing", () => {
    const r = minimizeBfgs(() => Infinity, [1]);
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(0);
    expect(r.message).toMatch(/not finite at the starting point/);
  });

  it("reports a failed line search (wrong gradient) with converged: false", () => {
    const f: ObjectiveWithGradient = (x, g) => {
      g[0] = -2 * x[0]; // wrong sign: every step goes uphill
      return x[0] * x[0];
    };
    const r = minimizeBfgs(f, [1]);
    expect(r.converged).toBe(false);
    expect(r.message).toBe("line search failed");
    expect(r.x[0]).toBe(1);
  });

  it.each([[[]], [[NaN]], [[1, Infinity]]])("rejects the starting point %p", (x0) => {
    expect(() => minimizeBfgs(quadratic, x0)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
