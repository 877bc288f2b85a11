import { ownedColumnName } from "../../src/app/ownedColumnName";

describe("ownedColumnName", () => {
  it.each([
    { requested: "Segment", taken: ["ID", "Segment"], expected: "Segment (CDP)" },
    { requested: "Segment", taken: ["Segment", "Segment (CDP)"], expected: "Segment (CDP 2)" },
    { requested: "客户细分", taken: ["客户细分", "客户细分 (CDP)", "客户细分 (CDP 2)"], expected: "客户细分 (CDP 3)" },
  ])("names $requested $expected when $taken are taken", ({ requested, taken, expected }) => {
    expect(ownedColumnName(requested, taken)).toBe(expected);
  });
});
