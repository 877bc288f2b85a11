import { expected as expectedFunction } from "../../src/functions/expected";
import { describeWithData, referenceFirst50 } from "../core/clv/referenceData";
import { thrown } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const expected = expectedFunction as (...args: unknown[]) => any[][];

/** The parameters lifetimes 0.11.3 fitted to the CDNOW sample (weeks). */
const LIFETIMES = [0.242593, 4.413532, 0.792886, 2.425752] as const;

describe("EXPECTED", () => {
  it("gives the value in lifetimes' documentation: 0.7106 purchases next week for x = 26, recency 30.86, T 31", () => {
    expect(expected(26, 30.86, 31, 1, ...LIFETIMES)[0]![0]).toBeCloseTo(0.710623, 4);
  });

  it("expects no purchase in a horizon of 0", () => {
    expect(expected([[0], [3]], [[0], [20]], [[30], [30]], 0, ...LIFETIMES)).toEqual([[0], [0]]);
  });

  it("grows with the horizon", () => {
    const out = expected(2, 30.43, 38.86, [[13, 26, 39, 52]], ...LIFETIMES)[0] as number[];
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThan(out[i - 1]!);
  });

  it("takes the horizon element by element too", () => {
    const out = expected([[2], [2]], [[30.43], [30.43]], [[38.86], [38.86]], [[13], [39]], ...LIFETIMES);
    expect(out[0]![0]).toBe(expected(2, 30.43, 38.86, 13, ...LIFETIMES)[0]![0]);
    expect(out[1]![0]).toBe(expected(2, 30.43, 38.86, 39, ...LIFETIMES)[0]![0]);
  });

  it.each([
    { horizon: -1, message: "horizon must be 0 or more; got -1" },
    { horizon: "soon", message: 'horizon: "soon" is not a number' },
  ])("puts #N/A on an element with a bad horizon: $message", ({ horizon }) => {
    const out = expected([[2], [2]], 30.43, 38.86, [[39], [horizon]], ...LIFETIMES);
    expect(typeof out[0]![0]).toBe("number");
    expect(out[1]![0]).toMatchObject({ code: "#N/A" });
  });

  it("puts #N/A on an inconsistent history and leaves blank elements empty", () => {
    const out = expected([[1], [""]], [[50], [""]], [[38.86], [""]], [[39], [""]], ...LIFETIMES);
    expect(out[0]![0]).toMatchObject({ code: "#N/A", message: "recency 50 is greater than age T 38.86" });
    expect(out[1]).toEqual([""]);
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it("names both sizes when ranges differ", () => {
      expect(thrown(() => expected([[1, 2]], [[1, 2]], [[3, 3]], [[1], [2]], ...LIFETIMES))).toMatchObject({
        code: "#VALUE!",
        message: "frequency is 1×2 but horizon is 2×1: the ranges must be the same size (or single cells)",
      });
    });

    it("rejects a parameter that is not positive", () => {
      expect(thrown(() => expected(1, 1, 3, 10, 0.24, 4.4, -0.8, 2.4))).toMatchObject({
        code: "#VALUE!",
        message: "BG/NBD parameter a must be a finite number > 0 (got -0.8)",
      });
    });
  });
});

describeWithData("EXPECTED against lifetimes 0.11.3 (first 50 CDNOW customers)", () => {
  it("matches the expected purchases in the next 39 weeks to 5 decimals for all 50", () => {
    const rows = referenceFirst50();
    const out = expected(
      rows.map((r) => [r.frequency]),
      rows.map((r) => [r.recency]),
      rows.map((r) => [r.T]),
      39,
      ...LIFETIMES,
    );
    rows.forEach((r, i) => expect(out[i]![0]).toBeCloseTo(r.condExpPurchases39, 5));
  });
});
