import { isPayloadTooLarge } from "../../src/excel/isPayloadTooLarge";

describe("isPayloadTooLarge", () => {
  it.each([
    [{ code: "RequestPayloadSizeLimitExceeded" }, true],
    [{ code: "ResponsePayloadSizeLimitExceeded", message: "too big" }, true],
    [{ code: "GeneralException" }, false],
    [new Error("boom"), false],
    [null, false],
    ["RequestPayloadSizeLimitExceeded", false],
    [{ code: 5103 }, false],
  ])("says %j is %s", (error, expected) => {
    expect(isPayloadTooLarge(error)).toBe(expected);
  });
});
