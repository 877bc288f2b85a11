import { SCORE_COLUMNS } from "../../../src/core/score";
import { scoreColumn, segmentLabel } from "../../../src/functions/_lib/scoreColumn";

describe("scoreColumn", () => {
  it("gives the documented example's result", () => {
    expect(scoreColumn("rfm").header.zh).toBe("RFM代码");
  });

  it.each(SCORE_COLUMNS.map((c) => ({ key: c.key, column: c })))(
    "finds the task pane's $key column itself",
    ({ key, column }) => {
      expect(scoreColumn(key)).toBe(column);
    },
  );

  it("throws for a key that is not a score column", () => {
    expect(() => scoreColumn("nope")).toThrow('no score column "nope"');
  });

  it("passes segmentLabel through", () => {
    expect(segmentLabel("cn8", "important-value", "zh")).toBe("重要价值客户");
  });
});
