import { CREDIT_RISK_LABELS } from "../../../src/core/health/creditRisk";

describe("CREDIT_RISK_LABELS", () => {
  it("gives the documented example", () => {
    expect(CREDIT_RISK_LABELS.high.zh).toBe("高信用风险");
  });
});
