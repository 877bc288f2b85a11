import { numberRule } from "../../../src/functions/_lib/numberRule";

describe("numberRule", () => {
  it.each([
    { limits: { min: 2, max: 10, integer: true }, en: "a whole number from 2 to 10", zh: "介于 2 到 10 之间的整数" },
    { limits: { min: 0, max: 1 }, en: "a number from 0 to 1", zh: "介于 0 到 1 之间的数字" },
    { limits: { min: 0 }, en: "a number ≥ 0", zh: "不小于 0 的数字" },
    { limits: { max: 100, integer: true }, en: "a whole number ≤ 100", zh: "不大于 100 的整数" },
    { limits: { integer: true }, en: "a whole number", zh: "整数" },
    { limits: {}, en: "a number", zh: "数字" },
  ])("words $limits as “$en”", ({ limits, en, zh }) => {
    expect(numberRule(Object.freeze(limits))).toEqual({ en, zh });
  });

  it("gives the documented examples' results", () => {
    expect(numberRule({ min: 2, max: 10, integer: true }).en).toBe("a whole number from 2 to 10");
    expect(numberRule({ min: 0 }).zh).toBe("不小于 0 的数字");
  });
});
