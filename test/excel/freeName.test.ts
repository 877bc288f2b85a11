import { freeName } from "../../src/excel/freeName";

describe("freeName", () => {
  it.each([
    { requested: "Segment", taken: ["segment"], max: undefined, name: "Segment (CDP)" },
    {
      requested: "Customer plan",
      taken: ["Customer Plan", "customer plan (cdp)"],
      max: undefined,
      name: "Customer plan (CDP 2)",
    },
    {
      requested: "A very long sheet name for plans",
      taken: ["A very long sheet name for plans"],
      max: 31,
      name: "A very long sheet name fo (CDP)",
    },
    { requested: "CLV", taken: ["ID"], max: undefined, name: "CLV" },
  ])("names $requested $name beside $taken", ({ requested, taken, max, name }) => {
    expect(freeName(requested, Object.freeze(taken), max)).toBe(name);
  });

  it("never returns a taken name, ignoring case, and keeps within the length", () => {
    const taken = ["Plan", "plan (CDP)", "PLAN (CDP 2)", "plan (cdp 3)"];
    const name = freeName("Plan", taken, 10);
    // "Plan (CDP)" is taken in another case and "Plan (CDP 2)" is too long, so the name is shortened.
    expect(name).toBe("Pl (CDP)");
    expect(name.length).toBeLessThanOrEqual(10);
    expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
  });
});
