import { dayFromYmd, isoFromDay } from "../../src/core/days";
import { defaultPlanStart } from "../../src/app/defaultPlanStart";

describe("defaultPlanStart", () => {
  it.each([
    [[2025, 12, 31], "2026-01-01"],
    [[2026, 3, 1], "2026-04-01"],
    [[2024, 1, 31], "2024-02-01"],
    [[2024, 2, 29], "2024-03-01"],
    [[2026, 6, 15], "2026-07-01"],
  ] as const)("starts the plan after %j on %s, the first of the next month", ([y, m, d], expected) => {
    expect(isoFromDay(defaultPlanStart(dayFromYmd(y, m, d)))).toBe(expected);
  });
});
