import { PRIORITY_TIERS } from "../../../src/core/priority";
import { REVIEW_CADENCES } from "../../../src/core/plan/reviewCadences";

describe("REVIEW_CADENCES", () => {
  it("gives the documented example", () => {
    expect(REVIEW_CADENCES.quarterly.zh).toBe("每季度");
  });

  it("reuses the priority tiers' review texts instead of its own", () => {
    expect(REVIEW_CADENCES.monthly).toBe(PRIORITY_TIERS.P1.review);
    expect(REVIEW_CADENCES.quarterly).toBe(PRIORITY_TIERS.P2.review);
    expect(REVIEW_CADENCES.halfYearly).toBe(PRIORITY_TIERS.P3.review);
  });
});
