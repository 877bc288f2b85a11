import { HEALTH_METRIC_ORDER, HEALTH_METRICS } from "../../../src/core/health/healthMetrics";

describe("HEALTH_METRICS", () => {
  it("gives the documented example: seed 004's word for DSO", () => {
    expect(HEALTH_METRICS.dso.label.zh).toBe("回款周期");
  });

  it.each(HEALTH_METRIC_ORDER.map((m) => [m]))("has English and Chinese text for %s", (metric) => {
    const info = HEALTH_METRICS[metric];
    for (const t of [info.label, info.meaning]) {
      expect(t.en.trim()).not.toBe("");
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
