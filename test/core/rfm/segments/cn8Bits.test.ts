import fc from "fast-check";
import { cn8Bits } from "../../../../src/core/rfm/segments/cn8Bits";
import type { Cn8BitsOptions } from "../../../../src/core/rfm/segments/cn8Bits";

const CUSTOMERS = Object.freeze([
  Object.freeze({ recencyDays: 10, purchases: 1, total: 900 }),
  Object.freeze({ recencyDays: 300, purchases: 1, total: 800 }),
  Object.freeze({ recencyDays: 20, purchases: 6, total: 100 }),
  Object.freeze({ recencyDays: 290, purchases: 4, total: 200 }),
]);

describe("cn8Bits", () => {
  it("compares with the means by default (the documented example)", () => {
    expect(cn8Bits(CUSTOMERS).bits).toEqual(["101", "001", "110", "010"]);
    expect(cn8Bits(CUSTOMERS).thresholds).toEqual({ recency: 155, frequency: 3, monetary: 500 });
  });

  it("counts a value equal to the threshold as recent for R, and as low for F and M", () => {
    // Means 20 days, 3 purchases, 30: the middle customer sits exactly on every mean.
    const customers = [
      { recencyDays: 10, purchases: 2, total: 20 },
      { recencyDays: 20, purchases: 3, total: 30 },
      { recencyDays: 30, purchases: 4, total: 40 },
    ];
    expect(cn8Bits(customers).bits[1]).toBe("100");
  });

  it("compares with the medians on request", () => {
    // Medians: 155 days (between 20 and 290), 2.5 purchases, 500 (hand-computed): the same classes as the means give.
    const { bits, thresholds } = cn8Bits(CUSTOMERS, { threshold: "median" });
    expect(thresholds).toEqual({ recency: 155, frequency: 2.5, monetary: 500 });
    expect(bits).toEqual(["101", "001", "110", "010"]);
  });

  it("lets one very large customer move the mean but not the median", () => {
    const customers = [1, 2, 3, 4, 1000].map((t) => ({ recencyDays: 1, purchases: 1, total: t }));
    expect(cn8Bits(customers).bits.map((b) => b[2])).toEqual(["0", "0", "0", "0", "1"]);
    expect(cn8Bits(customers, { threshold: "median" }).bits.map((b) => b[2])).toEqual(["0", "0", "0", "1", "1"]);
  });

  it("compares average order values with monetary: average", () => {
    const customers = [
      { recencyDays: 1, purchases: 10, total: 1000 },
      { recencyDays: 1, purchases: 1, total: 500 },
    ];
    expect(cn8Bits(customers, { monetary: "average" }).bits.map((b) => b[2])).toEqual(["0", "1"]);
    expect(cn8Bits(customers).bits.map((b) => b[2])).toEqual(["1", "0"]);
  });

  it("agrees with comparing each raw value to the threshold directly", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            recencyDays: fc.integer({ min: 0, max: 20 }),
            purchases: fc.integer({ min: 1, max: 6 }),
            total: fc.integer({ min: 0, max: 9 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.constantFrom<Cn8BitsOptions["threshold"]>("mean", "median"),
        (customers, threshold) => {
          const { bits, thresholds: t } = cn8Bits(customers, { threshold });
          return customers.every(
            (c, i) =>
              bits[i] ===
              `${c.recencyDays <= t.recency ? 1 : 0}${c.purchases > t.frequency ? 1 : 0}${c.total > t.monetary ? 1 : 0}`,
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("rejects an unknown threshold", () => {
    expect(() => cn8Bits(CUSTOMERS, { threshold: "mode" as "mean" })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });
});
