import { englishCount } from "../../../src/core/plan/englishCount";

describe("englishCount", () => {
  it("runs the examples of its doc comment", () => {
    expect(englishCount(1, "customer")).toBe("1 customer");
    expect(englishCount(0, "data issue")).toBe("0 data issues");
  });

  it("uses the given plural when the noun's plural is irregular", () => {
    expect(englishCount(2, "new or developing customer", "new and developing customers")).toBe(
      "2 new and developing customers",
    );
  });
});
