import betaln from "@stdlib/math-base-special-betaln";
import fc from "fast-check";
import { bgnbdLogOddsDead } from "../../../../src/core/clv/bgnbd/bgnbdLogOddsDead";
import { bgnbdProbabilityAlive } from "../../../../src/core/clv/bgnbd/bgnbdProbabilityAlive";
import { fitBgnbd } from "../../../../src/core/clv/bgnbd/fitBgnbd";
import { cdnowSummary, describeWithData, referenceFirst50, relativeError } from "../referenceData";

/** lifetimes' fitted CDNOW parameters (docs/Quickstart.md, bgf.summary). */
const lifetimesParams = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });

const paramsArb = fc.record({
  r: fc.double({ min: 0.01, max: 10, noNaN: true }),
  alpha: fc.double({ min: 1e-6, max: 1000, noNaN: true }),
  a: fc.double({ min: 0.01, max: 10, noNaN: true }),
  b: fc.double({ min: 0.01, max: 50, noNaN: true }),
});

describeWithData("bgnbdProbabilityAlive against lifetimes 0.11.3 (first 50 CDNOW customers)", () => {
  const data = cdnowSummary();
  const { params } = fitBgnbd({ x: data.x, tx: data.tx, T: data.T });

  it.each(referenceFirst50().map((row) => [row.id, row] as const))(
    "matches customer %i to 0.2% with our own fit",
    (_id, row) => {
      const p = bgnbdProbabilityAlive(params, { x: row.frequency, tx: row.recency, T: row.T });
      expect(relativeError(p, row.pAlive)).toBeLessThanOrEqual(0.002);
    },
  );
});

describe("bgnbdProbabilityAlive", () => {
  it("computes the doc examples", () => {
    expect(bgnbdProbabilityAlive(lifetimesParams, Object.freeze({ x: 2, tx: 30.43, T: 38.86 }))).toBeCloseTo(
      0.72661,
      5,
    );
    expect(bgnbdProbabilityAlive(lifetimesParams, { x: 0, tx: 0, T: 38.86 })).toBe(1);
    expect(bgnbdLogOddsDead(0.243, 4.414, 0.793, 2.426, 0, 0, 38.86)).toBe(-Infinity);
  });

  it("equals Hardie's closed form 1 / (1 + a/(b+x-1) · ((α+T)/(α+tx))^(r+x)) for moderate values", () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (p, x, share, T) => {
          const tx = share * T;
          const direct = 1 / (1 + (p.a / (p.b + x - 1)) * Math.pow((p.alpha + T) / (p.alpha + tx), p.r + x));
          return Math.abs(bgnbdProbabilityAlive(p, { x, tx, T }) - direct) <= 1e-12;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("equals the posterior probability computed from the two likelihood branches", () => {
    // P(alive) = branch "alive at T" / (sum of both branches) of the BG/NBD likelihood (FHL eq. 6)
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (p, x, share, T) => {
          const tx = share * T;
          const alive = betaln(p.a, p.b + x) - (p.r + x) * Math.log(p.alpha + T);
          const dead = betaln(p.a + 1, p.b + x - 1) - (p.r + x) * Math.log(p.alpha + tx);
          const posterior = 1 / (1 + Math.exp(dead - alive));
          return Math.abs(bgnbdProbabilityAlive(p, { x, tx, T }) - posterior) <= 1e-9;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("is a probability and rises with recency, falls with age, and rises with x when the last purchase is today", () => {
    fc.assert(
      fc.property(
        paramsArb,
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 5000, noNaN: true }),
        (p, x, share, T) => {
          const tx = share * T;
          const v = bgnbdProbabilityAlive(p, { x, tx, T });
          const moreRecent = bgnbdProbabilityAlive(p, { x, tx: (tx + T) / 2, T });
          const older = bgnbdProbabilityAlive(p, { x, tx, T: T * 1.5 });
          const atT = bgnbdProbabilityAlive(p, { x, tx: T, T });
          const atTmore = bgnbdProbabilityAlive(p, { x: x + 1, tx: T, T });
          return v >= 0 && v <= 1 && moreRecent >= v && older <= v && atTmore >= atT;
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it("does not promise that more purchases at the same recency raise P(alive): a burst long ago is evidence of dropout", () => {
    const few = bgnbdProbabilityAlive(lifetimesParams, { x: 1, tx: 5, T: 38 });
    const many = bgnbdProbabilityAlive(lifetimesParams, { x: 10, tx: 5, T: 38 });
    expect(many).toBeLessThan(few);
  });

  it.each([
    { x: 500, tx: 10, T: 10000, alpha: 4 },
    { x: 500, tx: 9999, T: 10000, alpha: 4 },
    { x: 3, tx: 0, T: 10000, alpha: 1e-12 },
  ])(
    "stays finite and in [0, 1] for x=$x, tx=$tx, T=$T, α=$alpha (no overflow, lifetimes #332)",
    ({ x, tx, T, alpha }) => {
      const p = bgnbdProbabilityAlive({ ...lifetimesParams, alpha }, { x, tx, T });
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    },
  );
});
