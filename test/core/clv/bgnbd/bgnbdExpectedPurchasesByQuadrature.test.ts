import fc from "fast-check";
import { bgnbdExpectedPurchasesByQuadrature } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesByQuadrature";
import { bgnbdLimitPurchasesPath } from "../../../../src/core/clv/bgnbd/bgnbdLimitPurchasesPath";

const lifetimesParams = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });

describe("bgnbdExpectedPurchasesByQuadrature", () => {
  it("reproduces lifetimes' conditional expectation for CDNOW customer 1 (doc example)", () => {
    const r = bgnbdExpectedPurchasesByQuadrature(lifetimesParams, Object.freeze({ x: 2, tx: 30.43, T: 38.86 }), 39);
    expect(r.converged).toBe(true);
    expect(r.value).toBeCloseTo(1.22591, 5);
  });

  it("is 0 at t = 0 and when the customer is surely gone", () => {
    expect(bgnbdExpectedPurchasesByQuadrature(lifetimesParams, { x: 2, tx: 1, T: 5 }, 0)).toEqual({
      value: 0,
      converged: true,
    });
    expect(
      bgnbdExpectedPurchasesByQuadrature({ ...lifetimesParams, alpha: 1e-300 }, { x: 400, tx: 0, T: 1e6 }, 10),
    ).toEqual({ value: 0, converged: true });
  });

  it("equals ln(1 + τ) for a one-time buyer with r = 1 and a uniform dropout probability (a = b = 1)", () => {
    // For x = 0 the integrand is (1 − (1+pτ)^(−r))/p · Beta(p; 1, b). With b = 1 (uniform p) and r = 1:
    // ∫₀¹ (1 − 1/(1+pτ))/p dp = ∫₀¹ τ/(1+pτ) dp = ln(1 + τ).
    const r = bgnbdExpectedPurchasesByQuadrature({ r: 1, alpha: 2, a: 1, b: 1 }, { x: 0, tx: 0, T: 3 }, 10);
    expect(r.value).toBeCloseTo(Math.log1p(10 / 5), 12);
  });

  it.each([
    { params: { ...lifetimesParams, a: 0 }, t: 1 },
    { params: lifetimesParams, t: -1 },
  ])("rejects invalid arguments %#", ({ params, t }) => {
    expect(() => bgnbdExpectedPurchasesByQuadrature(params, { x: 0, tx: 0, T: 1 }, t)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it.each([
    // references: eq. 10 with ₂F₁ evaluated by mpmath at 60 significant digits
    {
      name: "a = 250, b = 14,665, long horizon (Beta(a, b) sharply peaked)",
      params: { r: 0.5131024598797697, alpha: 29.387116571182865, a: 250.10801592475386, b: 14665.087432092198 },
      h: { x: 23, tx: 194.39632413106818, T: 338.2575247149251 },
      t: 7016.172154374724,
      expected: 0.029946117161108354,
    },
    {
      name: "a = 0.79, b = 2.43 (CDNOW), a one-time buyer over 100 years",
      params: lifetimesParams,
      h: { x: 0, tx: 0, T: 38.86 },
      t: 5214,
      expected: 5.018734250236485,
    },
    {
      name: "a = 8.4e7, b = 0.43 (dropout almost certain), a short horizon",
      params: { r: 0.03308895177955765, alpha: 6.0122967300086385, a: 83992316.74251476, b: 0.4308959228637383 },
      h: { x: 7, tx: 1954.4356619793184, T: 2052.363654529845 },
      t: 0.8562746251150561,
      expected: 1.587284949363947e-10,
    },
  ])("is accurate for $name", ({ params, h, t, expected }) => {
    const r = bgnbdExpectedPurchasesByQuadrature(params, h, t);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.value / expected - 1)).toBeLessThan(1e-12);
  });

  it("agrees with the closed form of the a, b → ∞ limit when a and b are in the trillions (Beta collapses to a point)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0.1, max: 5000, noNaN: true }),
        (r, p, x, t) => {
          const params = { r, alpha: 5, a: p * 1e14, b: (1 - p) * 1e14 };
          const h = { x, tx: x === 0 ? 0 : 20, T: 40 };
          const q = bgnbdExpectedPurchasesByQuadrature(params, h, t);
          const [limit] = bgnbdLimitPurchasesPath(params, h, [t]);
          return q.converged && Math.abs(q.value / limit - 1) <= 1e-9;
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });
});
