import fc from "fast-check";
import { bgnbdPmf } from "../../../../src/core/clv/bgnbd/bgnbdPmf";
import { bgnbdUnconditionalPurchases } from "../../../../src/core/clv/bgnbd/bgnbdUnconditionalPurchases";

const lifetimesParams = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });

describe("bgnbdPmf", () => {
  it("gives P(X(t) = 0) = (α/(α+t))^r, the chance of no purchase while the rate keeps the customer alive (doc example)", () => {
    const p0 = bgnbdPmf(lifetimesParams, 39, 0);
    expect(p0).toBeCloseTo(0.5743, 4);
    expect(p0).toBeCloseTo(Math.pow(4.413532 / (4.413532 + 39), 0.242593), 14);
  });

  it.each([1, 39, 1000])("sums to 1 over n and has mean E[X(t)] (t = %p)", (t) => {
    let total = 0;
    let mean = 0;
    for (let n = 0; n <= 4000; n++) {
      const p = bgnbdPmf(lifetimesParams, t, n);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 9);
    expect(mean).toBeCloseTo(bgnbdUnconditionalPurchases(lifetimesParams, t), 6);
  });

  it("keeps tiny tail probabilities positive and below the head", () => {
    const far = bgnbdPmf(lifetimesParams, 39, 300);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(1e-4);
    expect(far).toBeLessThan(bgnbdPmf(lifetimesParams, 39, 30));
  });

  it("is a probability for random parameters", () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.01, max: 10, noNaN: true }),
          alpha: fc.double({ min: 0.01, max: 100, noNaN: true }),
          a: fc.double({ min: 0.01, max: 10, noNaN: true }),
          b: fc.double({ min: 0.01, max: 10, noNaN: true }),
        }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        (p, t, n) => {
          const v = bgnbdPmf(p, t, n);
          return v >= 0 && v <= 1;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("puts all mass on 0 at t = 0", () => {
    expect(bgnbdPmf(lifetimesParams, 0, 0)).toBe(1);
    expect(bgnbdPmf(lifetimesParams, 0, 3)).toBe(0);
  });

  it.each([
    { t: -1, n: 0 },
    { t: 1, n: 1.5 },
    { t: 1, n: -1 },
  ])("rejects t=$t, n=$n", ({ t, n }) => {
    expect(() => bgnbdPmf(lifetimesParams, t, n)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
