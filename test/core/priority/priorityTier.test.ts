import { PRIORITY_TIERS, priorityTier, validatePriorityCutoffs } from "../../../src/core/priority/priorityTier";

describe("priorityTier", () => {
  it("gives the documented examples", () => {
    expect(priorityTier(70)).toBe("P1");
    expect(priorityTier(39.9)).toBe("P3");
  });

  it.each([
    [100, "P1"],
    [69.99, "P2"],
    [70 - 1e-12, "P1"],
    [40, "P2"],
    [39.999, "P3"],
    [0, "P3"],
  ])("puts score %p in %s", (score, tier) => {
    expect(priorityTier(score as number)).toBe(tier);
  });

  it("uses custom cut-offs, including equal ones", () => {
    expect(priorityTier(55, { p1: 80, p2: 50 })).toBe("P2");
    expect(priorityTier(60, { p1: 60, p2: 60 })).toBe("P1");
    expect(priorityTier(59, { p1: 60, p2: 60 })).toBe("P3");
  });

  it.each([
    { p1: 40, p2: 70, why: "P2 above P1" },
    { p1: 120, p2: 40, why: "P1 above 100" },
    { p1: 70, p2: -1, why: "P2 below 0" },
    { p1: NaN, p2: 40, why: "a cut-off that is not a number" },
  ])("throws BAD_ARGUMENT for $why", ({ p1, p2 }) => {
    expect(() => priorityTier(50, { p1, p2 })).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});

describe("validatePriorityCutoffs", () => {
  it("gives the documented example", () => {
    expect(validatePriorityCutoffs({ p1: 80, p2: 50 })).toEqual({ p1: 80, p2: 50 });
  });
});

describe("PRIORITY_TIERS", () => {
  it("gives the documented example", () => {
    expect(PRIORITY_TIERS.P1.label.zh).toBe("P1 优先推进");
  });

  it.each([["P1"], ["P2"], ["P3"]] as const)("has English and Chinese text for %s", (tier) => {
    for (const t of [PRIORITY_TIERS[tier].label, PRIORITY_TIERS[tier].description, PRIORITY_TIERS[tier].review]) {
      expect(t.en.trim()).not.toBe("");
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
