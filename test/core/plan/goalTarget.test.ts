import fc from "fast-check";
import { AMBITION_FACTORS, goalTarget } from "../../../src/core/plan/goalTarget";
import type { Ambition, Direction } from "../../../src/core/plan";

const AMBITIONS: readonly Ambition[] = ["conservative", "moderate", "ambitious"];
const arbAmbition = fc.constantFrom(...AMBITIONS);
const arbDirection = fc.constantFrom<Direction>("higher", "lower");
const better = (direction: Direction, x: number, y: number) => (direction === "higher" ? x >= y : x <= y);

describe("goalTarget", () => {
  it("runs the examples of its doc comment", () => {
    expect(goalTarget({ baseline: 0.38, unit: "share", direction: "lower", ambition: "moderate" }).target).toBe(0.26);
    expect(goalTarget({ baseline: 0.6, unit: "share", direction: "higher", ambition: "moderate" }).target).toBe(0.72);
    expect(
      goalTarget({ baseline: 0.02, unit: "share", direction: "lower", ambition: "moderate", benchmark: 0.05 }).mode,
    ).toBe("maintain");
  });

  it("gives the documented factors", () => {
    expect(AMBITION_FACTORS.moderate.gapClosed).toBe(0.3);
    expect(AMBITION_FACTORS.conservative).toEqual({ gapClosed: 0.15, growth: 0.05, npsPoints: 5 });
    expect(AMBITION_FACTORS.ambitious).toEqual({ gapClosed: 0.5, growth: 0.2, npsPoints: 15 });
  });

  it.each([
    // hand-computed: b + g(1 − b) rounded up, or b(1 − g) rounded down, to whole points
    { baseline: 0.8, direction: "higher", ambition: "conservative", target: 0.83 }, // 0.83
    { baseline: 0.8, direction: "higher", ambition: "ambitious", target: 0.9 }, // 0.9
    { baseline: 0.655, direction: "higher", ambition: "moderate", target: 0.76 }, // 0.7585 → 76%
    { baseline: 0.275, direction: "lower", ambition: "moderate", target: 0.19 }, // 0.1925 → 19%
    { baseline: 0.5, direction: "lower", ambition: "ambitious", target: 0.25 }, // 0.25
    { baseline: 0, direction: "higher", ambition: "moderate", target: 0.3 }, // 0.3
    { baseline: 0.004, direction: "lower", ambition: "moderate", target: 0 }, // 0.0028 → 0%
    { baseline: 0.07, direction: "higher", ambition: "conservative", target: 0.21 }, // 0.2095 → 21%, not 22% from float noise
  ] as const)(
    "sets $target for a share of $baseline, $direction better, $ambition",
    ({ baseline, direction, ambition, target }) => {
      const result = goalTarget({ baseline, unit: "share", direction, ambition });
      expect(result.target).toBe(target);
      expect(result.mode).toBe("improve");
    },
  );

  it.each([
    { baseline: 1, direction: "higher", why: "a share of 100% cannot rise" },
    { baseline: 0, direction: "lower", why: "a share of 0% cannot fall" },
  ] as const)("keeps the baseline when $why", ({ baseline, direction }) => {
    const result = goalTarget({ baseline, unit: "share", direction, ambition: "ambitious" });
    expect(result).toMatchObject({ target: baseline, mode: "maintain" });
    expect(result.note.en).toContain("already the best possible value");
    expect(result.note.zh).toContain("保持");
  });

  it("keeps the baseline and says so when it already meets the benchmark", () => {
    const result = goalTarget({
      baseline: 0.97,
      unit: "share",
      direction: "higher",
      ambition: "moderate",
      benchmark: 0.95,
    });
    expect(result).toMatchObject({ target: 0.97, mode: "maintain" });
    expect(result.note.en).toBe("The baseline 97% already meets the benchmark (≥ 95%): keep it.");
    expect(result.note.zh).toBe("基准值 97% 已达到参考水平（≥ 95%）：保持即可。");
  });

  it("explains an improvement target in both languages", () => {
    const result = goalTarget({ baseline: 0.38, unit: "share", direction: "lower", ambition: "moderate" });
    expect(result.note.en).toBe(
      "Moderate ambition: cuts the value by 30%, rounded down to a whole point (from 38% to 26%).",
    );
    expect(result.note.zh).toBe("适中目标：将数值降低 30%，向下取整到整百分点（从 38% 到 26%）。");
  });

  it("keeps a share target in bounds and at least as good as the baseline, for every ambition", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        arbDirection,
        arbAmbition,
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (baseline, direction, ambition, benchmark) => {
          const { target, mode } = goalTarget({ baseline, unit: "share", direction, ambition, benchmark });
          expect(target).toBeGreaterThanOrEqual(0);
          expect(target).toBeLessThanOrEqual(1);
          expect(better(direction, target, baseline)).toBe(true);
          if (mode === "maintain") expect(target).toBe(baseline);
          else expect(Math.round(target * 100)).toBeCloseTo(target * 100, 9);
        },
      ),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("asks more of a higher ambition, never less", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), arbDirection, (baseline, direction) => {
        const [c, m, a] = AMBITIONS.map(
          (ambition) => goalTarget({ baseline, unit: "share", direction, ambition }).target,
        );
        expect(better(direction, m, c)).toBe(true);
        expect(better(direction, a, m)).toBe(true);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it("keeps money targets at 0 or above and NPS targets within −100..100, never worse than the baseline", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e9, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        arbDirection,
        arbAmbition,
        (money, nps, direction, ambition) => {
          const m = goalTarget({ baseline: money, unit: "money", direction, ambition }).target;
          expect(better(direction, m, money)).toBe(true);
          if (money >= 0) expect(m).toBeGreaterThanOrEqual(0);
          const n = goalTarget({ baseline: nps, unit: "nps", direction, ambition }).target;
          expect(n).toBeGreaterThanOrEqual(-100);
          expect(n).toBeLessThanOrEqual(100);
          expect(better(direction, n, nps)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });

  it.each([
    { baseline: 43502.64, unit: "money", direction: "higher", target: 47853 }, // 47,852.9 rounded up
    { baseline: 13.04, unit: "nps", direction: "higher", target: 24 }, // 23.04 rounded up
    { baseline: 95, unit: "nps", direction: "higher", target: 100 }, // capped at 100
    { baseline: 0, unit: "money", direction: "higher", target: 0 }, // nothing to grow
  ] as const)("sets $target for $unit $baseline", ({ baseline, unit, direction, target }) => {
    expect(goalTarget({ baseline, unit, direction, ambition: "moderate" }).target).toBe(target);
  });

  it.each([
    { baseline: 1.2, unit: "share" },
    { baseline: -0.1, unit: "share" },
    { baseline: NaN, unit: "money" },
    { baseline: Infinity, unit: "money" },
    { baseline: 101, unit: "nps" },
  ] as const)("throws BAD_ARGUMENT for an impossible baseline $baseline ($unit)", ({ baseline, unit }) => {
    expect(() => goalTarget({ baseline, unit, direction: "higher", ambition: "moderate" })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("throws BAD_ARGUMENT for an unknown ambition", () => {
    expect(() =>
      goalTarget({ baseline: 0.5, unit: "share", direction: "higher", ambition: "heroic" as Ambition }),
    ).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
