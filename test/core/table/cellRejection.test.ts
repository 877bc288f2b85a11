import { isRejection, rejection } from "../../../src/core/table/cellRejection";
import { parseDate } from "../../../src/core/table/parseDate";

describe("rejection", () => {
  it("gives the documented objects", () => {
    expect(rejection("blank")).toEqual({ rejected: "blank" });
    expect(rejection("errorValue", "#N/A")).toEqual({ rejected: "errorValue", errorValue: "#N/A" });
  });

  it("shares one frozen object per reason", () => {
    expect(rejection("notANumber")).toBe(rejection("notANumber"));
    expect(Object.isFrozen(rejection("notANumber"))).toBe(true);
    expect(Object.isFrozen(rejection("errorValue", "#REF!"))).toBe(true);
  });
});

describe("isRejection", () => {
  it("tells rejections from values", () => {
    expect(isRejection(parseDate("abc"))).toBe(true);
    expect(isRejection(parseDate("2025-01-23"))).toBe(false);
  });

  it.each([0, "", "text", null, undefined, {}, new Date(0)])("is false for the value %p", (value) => {
    expect(isRejection(value)).toBe(false);
  });
});
