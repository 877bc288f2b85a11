import { integrateTanhSinh } from "../../../src/core/math/integrateTanhSinh";

describe("integrateTanhSinh", () => {
  it("integrates 1/sqrt(u) over (0, 1) to 2 (doc example)", () => {
    const r = integrateTanhSinh((u) => 1 / Math.sqrt(u));
    expect(r.converged).toBe(true);
    expect(r.value).toBeCloseTo(2, 11);
  });

  it.each([
    { name: "u^-0.9 (strong singularity at 0)", f: (u: number) => Math.pow(u, -0.9), exact: 10 },
    { name: "(1-u)^-0.5 using the complement", f: (_u: number, c: number) => 1 / Math.sqrt(c), exact: 2 },
    { name: "ln u", f: (u: number) => Math.log(u), exact: -1 },
    { name: "a polynomial", f: (u: number) => 3 * u * u + 2 * u + 1, exact: 3 },
    { name: "exp(u)", f: (u: number) => Math.exp(u), exact: Math.E - 1 },
  ])("integrates $name", ({ f, exact }) => {
    const r = integrateTanhSinh(f);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(1e-9 * Math.abs(exact));
    expect(r.evaluations).toBeGreaterThan(0);
  });

  it("reports non-convergence instead of returning a silent NaN when the integrand is not finite", () => {
    const r = integrateTanhSinh(() => NaN);
    expect(r.converged).toBe(false);
    const s = integrateTanhSinh((u) => (u < 0.3 ? NaN : 1), { tolerance: 1e-12 });
    expect(s.converged).toBe(false);
  });

  it("stops at the level limit and says so", () => {
    const r = integrateTanhSinh((u) => Math.sin(200 * u), { maxLevels: 2 });
    expect(r.converged).toBe(false);
    expect(Number.isFinite(r.value)).toBe(true);
  });
});
