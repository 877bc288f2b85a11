import { strategicAlignment, VALUE_TIER_ALIGNMENT } from "../../../src/core/priority/strategicAlignment";

describe("strategicAlignment", () => {
  it("gives the documented examples", () => {
    expect(strategicAlignment(Object.freeze({ strategicFit: 0.8 })).value).toBe(80);
    expect(strategicAlignment(Object.freeze({ valueTier: "basic" as const }), 90).value).toBe(90);
  });

  it.each([
    {
      row: { strategicFit: 0.5, valueTier: "strategic" as const },
      pct: 10,
      value: 50,
      sources: ["strategicFit"],
      why: "strategic fit wins",
    },
    { row: {}, pct: 0, value: 0, sources: ["clvPercentile"], why: "the lowest CLV" },
    {
      row: { valueTier: "strategic" as const },
      pct: undefined,
      value: 100,
      sources: ["valueTier"],
      why: "a strategic tier",
    },
    {
      row: { valueTier: "lowEfficiency" as const },
      pct: undefined,
      value: 0,
      sources: ["valueTier"],
      why: "a low-efficiency tier",
    },
    { row: {}, pct: undefined, value: 50, sources: [], why: "nothing known: neutral" },
  ])("uses the first available source: $why", ({ row, pct, value, sources }) => {
    const s = strategicAlignment(row, pct);
    expect(s.value).toBeCloseTo(value, 12);
    expect(s.sources).toEqual(sources);
    expect(s.known).toBe(sources.length > 0);
  });

  it("spaces the value tiers evenly from 0 to 100 in tier order", () => {
    expect(VALUE_TIER_ALIGNMENT.highPotential - VALUE_TIER_ALIGNMENT.basic).toBeCloseTo(100 / 3, 12);
    expect(VALUE_TIER_ALIGNMENT.strategic - VALUE_TIER_ALIGNMENT.highPotential).toBeCloseTo(100 / 3, 12);
  });

  it("explains itself in both languages", () => {
    expect(strategicAlignment({ strategicFit: 0.75 }).reason).toEqual({
      en: "strategic alignment 75: strategic fit 0.75",
      zh: "战略对齐度 75 分：战略匹配度 0.75",
    });
    expect(strategicAlignment({ valueTier: "highPotential" }).reason.zh).toBe("战略对齐度 66.7 分：价值层级 高潜力型");
    expect(strategicAlignment({}).reason.en).toMatch(/unknown.*neutral 50/);
  });
});

describe("strategicAlignment input checks", () => {
  it.each([
    { row: { strategicFit: 3 }, pct: undefined, why: "a strategic fit on a 1..5 scale" },
    { row: {}, pct: 120, why: "a percentile above 100" },
    { row: { valueTier: "gold" }, pct: undefined, why: "an unknown value tier" },
  ])("throws BAD_ARGUMENT for $why", ({ row, pct }) => {
    expect(() => strategicAlignment(row as never, pct)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
