import betaln from "@stdlib/math-base-special-betaln";
import gammaln from "@stdlib/math-base-special-gammaln";
import fc from "fast-check";
import { bgnbdLogLikelihood } from "../../../../src/core/clv/bgnbd/bgnbdLogLikelihood";

const anchor = Object.freeze({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 });

describe("bgnbdLogLikelihood", () => {
  it("matches the pymc-marketing test anchors to 1e-6 (doc example)", () => {
    expect(
      Math.abs(bgnbdLogLikelihood(anchor, Object.freeze({ x: 0, tx: 0, T: 40 })) - -0.59947382),
    ).toBeLessThanOrEqual(1e-6);
    // published as 100.7957; lifetimes' own function gives 100.7956930927
    expect(Math.abs(bgnbdLogLikelihood(anchor, { x: 200, tx: 38, T: 40 }) - 100.7956930927)).toBeLessThanOrEqual(1e-6);
    expect(bgnbdLogLikelihood(anchor, { x: 200, tx: 38, T: 40 })).toBeCloseTo(100.7957, 4);
  });

  it("equals the likelihood of FHL (2005) eq. 6 computed directly for moderate values", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
          a: fc.double({ min: 0.05, max: 5, noNaN: true }),
          b: fc.double({ min: 0.05, max: 10, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 15 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 60, noNaN: true }),
        (p, x, share, T) => {
          const tx = x === 0 ? 0 : share * T;
          const common = Math.exp(gammaln(p.r + x) - gammaln(p.r) + p.r * Math.log(p.alpha));
          let L = Math.exp(betaln(p.a, p.b + x) - betaln(p.a, p.b)) * common * Math.pow(p.alpha + T, -(p.r + x));
          if (x > 0)
            L +=
              Math.exp(betaln(p.a + 1, p.b + x - 1) - betaln(p.a, p.b)) * common * Math.pow(p.alpha + tx, -(p.r + x));
          const ll = bgnbdLogLikelihood(p, { x, tx, T });
          return Math.abs(ll - Math.log(L)) <= 1e-9 * Math.max(1, Math.abs(ll));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it.each([
    { x: 500, tx: 9999, T: 10000, alpha: 4 },
    { x: 500, tx: 0, T: 10000, alpha: 1e-9 },
    { x: 0, tx: 0, T: 10000, alpha: 1e-9 },
    { x: 3, tx: 0, T: 0, alpha: 1e-9 },
  ])("stays finite for extreme histories (x=$x, tx=$tx, T=$T, α=$alpha)", ({ x, tx, T, alpha }) => {
    expect(Number.isFinite(bgnbdLogLikelihood({ ...anchor, alpha }, { x, tx, T }))).toBe(true);
  });

  it.each([
    { params: { ...anchor, r: 0 }, history: { x: 0, tx: 0, T: 1 } },
    { params: anchor, history: { x: 1.5, tx: 0, T: 1 } },
    { params: anchor, history: { x: 1, tx: 2, T: 1 } },
  ])("rejects invalid input %#", ({ params, history }) => {
    expect(() => bgnbdLogLikelihood(params, history)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
