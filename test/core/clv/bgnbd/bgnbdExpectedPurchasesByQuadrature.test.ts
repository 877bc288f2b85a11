import { bgnbdExpectedPurchasesByQuadrature } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesByQuadrature";

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
});
