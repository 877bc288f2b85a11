import { VALUE_TIER_ORDER, VALUE_TIERS } from "../../../src/core/value/valueTiers";

describe("VALUE_TIERS", () => {
  it("gives the documented example", () => {
    expect(VALUE_TIERS.strategic.label.zh).toBe("战略型");
  });

  it("uses the seed's Chinese names for the four tiers", () => {
    expect(VALUE_TIER_ORDER.map((t) => VALUE_TIERS[t].label.zh)).toEqual(["战略型", "高潜力型", "基础型", "低效型"]);
  });

  it.each(VALUE_TIER_ORDER.map((t) => [t]))("has complete English and Chinese text for %s", (tier) => {
    const info = VALUE_TIERS[tier];
    const texts = [info.label, info.description, info.resources, ...info.strategies];
    expect(info.strategies.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) {
      expect(t.en.trim()).not.toBe("");
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("lists exactly the four tiers", () => {
    expect(Object.keys(VALUE_TIERS).sort()).toEqual([...VALUE_TIER_ORDER].sort());
  });
});
