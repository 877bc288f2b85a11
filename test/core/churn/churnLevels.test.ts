import { CHURN_LEVEL_ORDER, CHURN_LEVELS, churnLevelOfScore } from "../../../src/core/churn/churnLevels";

describe("churnLevelOfScore", () => {
  it("gives the documented examples", () => {
    expect(churnLevelOfScore(0.25)).toBe("none");
    expect(churnLevelOfScore(0.51875)).toBe("warning");
  });

  it.each([
    [0, "none"],
    [0.2500001, "watch"],
    [0.5, "watch"],
    [0.5000001, "warning"],
    [0.75, "warning"],
    [0.7500001, "critical"],
    [1, "critical"],
  ])("puts %p in %s (upper edges included)", (score, level) => {
    expect(churnLevelOfScore(score as number)).toBe(level);
  });
});

describe("CHURN_LEVELS", () => {
  it("gives the documented example", () => {
    expect(CHURN_LEVELS.warning.label.zh).toBe("预警");
  });

  it.each(CHURN_LEVEL_ORDER.map((l) => [l]))("has English and Chinese text for %s", (level) => {
    for (const t of [CHURN_LEVELS[level].label, CHURN_LEVELS[level].response]) {
      expect(t.en.trim()).not.toBe("");
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
