import { ownedColumnIndex } from "../../src/app/ownedColumnIndex";

describe("ownedColumnIndex", () => {
  it.each([
    {
      requested: "Segment",
      headers: ["ID", "Segment", "Segment (CDP)"],
      owned: ["Segment (CDP)"],
      index: 2,
      why: "the renamed own column",
    },
    {
      requested: "Segment",
      headers: ["ID", "Segment"],
      owned: [],
      index: -1,
      why: "a person's column is never returned",
    },
    {
      requested: "CLV",
      headers: ["ID", "CLV"],
      owned: ["CLV"],
      index: 1,
      why: "an own column under the requested name",
    },
    { requested: "CLV", headers: ["CLV (CDP 2)", "CLV"], owned: ["CLV (CDP 2)"], index: 0, why: "a later renaming" },
    { requested: "CLV", headers: ["CLV (CDP x)"], owned: ["CLV (CDP x)"], index: -1, why: "not a renaming of ours" },
    { requested: "CLV", headers: ["ID"], owned: ["CLV"], index: -1, why: "owned but gone from the sheet" },
  ])("$why", ({ requested, headers, owned, index }) => {
    expect(ownedColumnIndex(requested, Object.freeze(headers), new Set(owned))).toBe(index);
  });
});
