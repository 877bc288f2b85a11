import { minimizeNelderMead } from "../../../src/core/math/minimizeNelderMead";

describe("minimizeNelderMead", () => {
  it("finds the minimum of a quadratic (doc example)", () => {
    const r = minimizeNelderMead((x) => (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2, Object.freeze([0, 0]));
    expect(r.converged).toBe(true);
    expect(r.method).toBe("nelder-mead");
    expect(r.x[0]).toBeCloseTo(1, 7);
    expect(r.x[1]).toBeCloseTo(-2, 7);
  });

  it("solves the Rosenbrock valley in four dimensions", () => {
    const f = (x: Float64Array): number => {
      let s = 0;
      for (let i = 0; i < 3; i++) s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
      return s;
    };
    const r = minimizeNelderMead(f, [0, 0, 0, 0], { maxIterations: 20000 });
    expect(r.converged).toBe(true);
    r.x.forEach((v) => expect(v).toBeCloseTo(1, 5));
  });

  it("walks around regions where f is not finite", () => {
    const f = (x: Float64Array): number => (x[0] <= 0 ? NaN : x[0] - 0.5 * Math.log(x[0]) + (x[1] - 3) ** 2);
    const r = minimizeNelderMead(f, [2, 0]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(0.5, 6);
    expect(r.x[1]).toBeCloseTo(3, 6);
  });

  it("returns converged: false at the iteration limit", () => {
    const r = minimizeNelderMead((x) => (x[0] - 1) ** 2 + (x[1] - 1) ** 2, [10, 10], { maxIterations: 5 });
    expect(r.converged).toBe(false);
    expect(r.message).toBe("iteration limit reached");
    expect(r.value).toBeLessThanOrEqual(162);
  });

  it("rejects an empty starting point", () => {
    expect(() => minimizeNelderMead(() => 0, [])).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
