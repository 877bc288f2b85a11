import { CLV_METHOD_LABELS } from "../../../src/core/plan/clvMethodLabel";

describe("CLV_METHOD_LABELS", () => {
  it("gives the documented example", () => {
    expect(CLV_METHOD_LABELS.retention.zh).toBe("留存率法（年毛利 × r / (1 + d − r)）");
  });

  it("names every method in both languages", () => {
    expect(Object.keys(CLV_METHOD_LABELS).sort()).toEqual(["bgnbd", "historical", "retention", "simple"]);
    for (const label of Object.values(CLV_METHOD_LABELS)) {
      expect(label.en.trim()).not.toBe("");
      expect(label.zh).toMatch(/[\u4e00-\u9fff]|BG\/NBD/);
    }
  });
});
