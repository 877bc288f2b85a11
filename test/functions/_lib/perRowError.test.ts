import { perRowError } from "../../../src/functions/_lib/perRowError";

describe("perRowError", () => {
  it("builds a #N/A error with the message, for one row of a spilled array", () => {
    const e = perRowError("C7: not a date");
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    expect(e).toMatchObject({ code: "#N/A", message: "C7: not a date" });
  });

  it.each([
    { lang: "en" as const, message: "C7: not a date" },
    { lang: "zh" as const, message: "C7：不是日期" },
  ])("picks the $lang text of a bilingual message", ({ lang, message }) => {
    expect(perRowError(Object.freeze({ en: "C7: not a date", zh: "C7：不是日期" }), lang).message).toBe(message);
  });

  it("uses English when no language is given", () => {
    expect(perRowError({ en: "bad row", zh: "坏行" }).message).toBe("bad row");
  });

  it("gives the documented example's result", () => {
    expect(perRowError({ en: "C7: not a date", zh: "C7：不是日期" }, "zh").message).toBe("C7：不是日期");
  });
});
