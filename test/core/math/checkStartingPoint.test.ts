import { checkStartingPoint } from "../../../src/core/math/checkStartingPoint";

describe("checkStartingPoint", () => {
  it("accepts a list of finite numbers", () => {
    expect(checkStartingPoint([0, 1])).toBeUndefined();
  });

  it.each([[[]], [[1, NaN]], [[Infinity]]])("refuses %p", (x0) => {
    expect(() => checkStartingPoint(x0)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
