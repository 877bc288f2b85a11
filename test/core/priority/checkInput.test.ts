import { checkKey, checkNumber } from "../../../src/core/priority/checkInput";

describe("checkNumber", () => {
  it("gives the documented examples", () => {
    expect(checkNumber("pAlive", 0.4, { min: 0, max: 1 })).toBeUndefined();
    expect(() => checkNumber("pAlive", 2, { min: 0, max: 1 }, 1)).toThrow(
      expect.objectContaining({
        code: "BAD_ARGUMENT",
        message: "row 2: pAlive must be a finite number from 0 to 1, got 2",
        messageZh: "第 2 行：pAlive 必须是有限数（0 到 1 之间），收到 2",
      }),
    );
  });

  it.each([
    { value: undefined, range: { min: 0 }, ok: true, why: "a missing value" },
    { value: 0, range: { min: 0 }, ok: true, why: "the inclusive minimum" },
    { value: 0, range: { above: 0 }, ok: false, why: "the exclusive bound" },
    { value: 1e-9, range: { above: 0 }, ok: true, why: "just above the exclusive bound" },
    { value: Infinity, range: {}, ok: false, why: "an infinite value" },
    { value: "3", range: {}, ok: false, why: "a text" },
  ])("accepts or rejects $why", ({ value, range, ok }) => {
    const call = () => checkNumber("x", value, range);
    if (ok) expect(call).not.toThrow();
    else expect(call).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});

describe("checkKey", () => {
  it("gives the documented examples", () => {
    expect(checkKey("creditRisk", "low", ["low", "medium", "high"])).toBeUndefined();
    expect(() => checkKey("creditRisk", "none", ["low", "medium", "high"])).toThrow(
      expect.objectContaining({ message: "creditRisk must be one of low, medium, high, got none" }),
    );
  });
});
