import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import { hyp2f1IsReliable } from "../../../src/core/math/hyp2f1IsReliable";
import { logHyp2f1 } from "../../../src/core/math/logHyp2f1";
import { logHyp2f1Series } from "../../../src/core/math/logHyp2f1Series";

/**
 * Evidence for the choice documented in logHyp2f1.ts: on the BG/NBD argument ranges
 * (a = r + x, b = b + x, c = a + b + x − 1, 0 ≤ z < 1) @stdlib's hyp2f1 is as accurate as the
 * log-space series wherever it is finite, and much faster, but it returns +Infinity (overflow)
 * or NaN for large x near z = 1; the series covers those.
 */
const grid: { a: number; b: number; c: number; z: number }[] = [];
for (const r of [0.243, 3]) {
  for (const bb of [0.5, 2.426, 10]) {
    for (const aa of [0.3, 0.793, 2]) {
      for (const x of [0, 1, 5, 20, 100, 200, 400]) {
        for (const z of [0, 0.1, 0.5, 0.9, 0.99]) {
          const c = aa + bb + x - 1;
          if (c > 0) grid.push({ a: r + x, b: bb + x, c, z });
        }
      }
    }
  }
}

describe("logHyp2f1", () => {
  const series = grid.map((g) => logHyp2f1Series(g.a, g.b, g.c, g.z));
  const stdlib = grid.map((g) => hyp2f1(g.a, g.b, g.c, g.z));

  it("finds @stdlib's hyp2f1 accurate to 1e-10 (relative, in logs) wherever it is finite on the BG/NBD ranges", () => {
    let finite = 0;
    grid.forEach((_, i) => {
      if (stdlib[i] > 0 && stdlib[i] < Infinity) {
        finite++;
        expect(Math.abs(Math.log(stdlib[i]) - series[i])).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(series[i])));
      }
    });
    expect(finite).toBeGreaterThan(grid.length * 0.8);
  });

  it("finds that @stdlib's hyp2f1 gives +Infinity or NaN for large x near z = 1, where the log-space series is still exact", () => {
    const failed = grid.filter((_, i) => !(stdlib[i] < Infinity));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((g) => g.a >= 100 && g.z >= 0.9)).toBe(true);
    expect(grid.some((_, i) => Number.isNaN(stdlib[i]))).toBe(true);
    expect(hyp2f1(400.243, 402.426, 402.219, 0.9)).toBe(Infinity);
    expect(logHyp2f1Series(400.243, 402.426, 402.219, 0.9)).toBeCloseTo(922.0692824, 6);
  });

  it("finds @stdlib's hyp2f1 wrong when c − a − b is within rounding of −1 and z ≥ 0.9, and routes around it", () => {
    const cases = [
      { a: 3.3, b: 2.2, c: 3.3 + 2.2 - 1 + 1e-15, z: 0.95 },
      // eq. 9 with r and a equal up to rounding: r = 4.999999999999993, a = 4.999999999999999, b = 0.5000000000000008
      {
        a: 4.999999999999993,
        b: 0.5000000000000008,
        c: 4.999999999999999 + 0.5000000000000008 - 1,
        z: 100 / 102.4330493180375,
      },
    ];
    for (const { a, b, c, z } of cases) {
      const exact = logHyp2f1Series(a, b, c, z);
      expect(Math.abs(Math.log(hyp2f1(a, b, c, z)) - exact)).toBeGreaterThan(1e-3);
      expect(hyp2f1IsReliable(a, b, c, z)).toBe(false);
      expect(logHyp2f1(a, b, c, z)).toBeCloseTo(exact, 10);
    }
    // exactly −1, the same arguments away from z = 1, and other integers near z = 1 are fine
    expect(Math.abs(Math.log(hyp2f1(3.3, 2.2, 4.5, 0.95)) - logHyp2f1Series(3.3, 2.2, 4.5, 0.95))).toBeLessThan(1e-12);
    expect(
      Math.abs(
        Math.log(hyp2f1(3.3, 2.2, 3.3 + 2.2 - 1 + 1e-15, 0.5)) - logHyp2f1Series(3.3, 2.2, 3.3 + 2.2 - 1 + 1e-15, 0.5),
      ),
    ).toBeLessThan(1e-12);
    expect(Math.abs(Math.log(hyp2f1(4, 3, 5, 0.95)) - logHyp2f1Series(4, 3, 5, 0.95))).toBeLessThan(1e-10);
    expect(Math.abs(Math.log(hyp2f1(1, 2, 4, 0.95)) - logHyp2f1Series(1, 2, 4, 0.95))).toBeLessThan(1e-10);
  });

  it("agrees with the series everywhere on the grid, overflow region included", () => {
    grid.forEach((g, i) => {
      const v = logHyp2f1(g.a, g.b, g.c, g.z);
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v - series[i])).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(series[i])));
    });
  });

  it("is faster through @stdlib than through the series where both work (why stdlib comes first)", () => {
    const usable = grid.filter((_, i) => stdlib[i] < Infinity && grid[i].z >= 0.9);
    const time = (f: () => void): number => {
      const start = process.hrtime.bigint();
      f();
      return Number(process.hrtime.bigint() - start);
    };
    const stdlibNs = time(() => usable.forEach((g) => hyp2f1(g.a, g.b, g.c, g.z)));
    const seriesNs = time(() => usable.forEach((g) => logHyp2f1Series(g.a, g.b, g.c, g.z)));
    expect(stdlibNs * 3).toBeLessThan(seriesNs);
  });

  it("computes the doc examples", () => {
    expect(hyp2f1IsReliable(3.3, 2.2, 4.500000000000001, 0.95)).toBe(false);
    expect(hyp2f1IsReliable(0.243, 2.426, 2.219, 0.95)).toBe(true);
    expect(logHyp2f1(1, 1, 2, 0.5)).toBeCloseTo(0.3266342599782809, 14);
    expect(logHyp2f1(400.243, 402.426, 402.219, 0.9)).toBeCloseTo(922.069282400074, 8);
  });

  it.each([
    [-1, 1, 1, 0.5],
    [1, 1, 1, 1],
  ])("rejects a=%p, b=%p, c=%p, z=%p", (a, b, c, z) => {
    expect(() => logHyp2f1(a, b, c, z)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
