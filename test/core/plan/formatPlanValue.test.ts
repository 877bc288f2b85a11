import { formatPlanValue } from "../../../src/core/plan/formatPlanValue";

describe("formatPlanValue", () => {
  it("runs the examples of its doc comment", () => {
    expect(formatPlanValue(0.375, "share")).toBe("37.5%");
    expect(formatPlanValue(125000, "money")).toBe("125,000");
    expect(formatPlanValue(-12.5, "nps")).toBe("-12.5");
  });

  it("writes a share with at most one decimal of a percent", () => {
    expect(formatPlanValue(2 / 3, "share")).toBe("66.7%");
  });
});
