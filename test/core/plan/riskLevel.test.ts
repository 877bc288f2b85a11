import { RISK_LEVEL_VALUE, riskLevel, riskScore } from "../../../src/core/plan/riskLevel";
import type { RiskLevel } from "../../../src/core/plan";

describe("riskLevel", () => {
  it("runs the examples of its doc comment", () => {
    expect(riskLevel(0.2, 0.05, 0.2)).toBe("H");
    expect(riskLevel(0.04, 0.05, 0.2)).toBe("L");
  });

  it.each([
    { value: 0.05, level: "M", why: "the medium bound is medium" },
    { value: 0.1999, level: "M", why: "just below the high bound" },
    { value: 0, level: "L", why: "nothing" },
  ])("gives $level for $value: $why", ({ value, level }) => {
    expect(riskLevel(value, 0.05, 0.2)).toBe(level);
  });
});

describe("riskScore", () => {
  it("runs the example of its doc comment", () => {
    expect(riskScore("H", "M")).toBe(6);
  });

  it("multiplies the 1..3 values, so scores run from 1 to 9 and are symmetric", () => {
    const levels: RiskLevel[] = ["L", "M", "H"];
    expect(RISK_LEVEL_VALUE).toEqual({ L: 1, M: 2, H: 3 });
    const scores = levels.flatMap((a) => levels.map((b) => riskScore(a, b)));
    expect(scores).toEqual([1, 2, 3, 2, 4, 6, 3, 6, 9]);
  });
});
