import fc from "fast-check";
import { addMonths, dayFromYmd, isoFromDay } from "../../../src/core/days";
import { planPeriod } from "../../../src/core/plan/planPeriod";

describe("planPeriod", () => {
  it("runs the example of its doc comment", () => {
    const p = planPeriod(dayFromYmd(2026, 1, 1), 4);
    expect(isoFromDay(p.end)).toBe("2026-12-31");
    expect(p.quarterEnds.map(isoFromDay)).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });

  it("counts months from the start each time, so a start on the 31st comes back to the 31st", () => {
    const p = planPeriod(dayFromYmd(2026, 1, 31), 1);
    expect(p.monthStarts.map(isoFromDay)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(isoFromDay(p.end)).toBe("2026-04-29");
  });

  it("ends the day before 3 × quarters months from the start, with 3 × quarters + 1 month starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), fc.integer({ min: 1, max: 8 }), (start, quarters) => {
        const p = planPeriod(start, quarters);
        expect(p.end).toBe(addMonths(start, 3 * quarters) - 1);
        expect(p.monthStarts).toHaveLength(3 * quarters + 1);
        expect(p.quarterEnds).toHaveLength(quarters);
        expect(p.quarterEnds[quarters - 1]).toBe(p.end);
        p.quarterEnds.forEach((d, q) => expect(d).toBe(p.monthStarts[3 * (q + 1)] - 1));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
