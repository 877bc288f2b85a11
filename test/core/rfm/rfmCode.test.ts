import { rfmCode } from "../../../src/core/rfm/rfmCode";

describe("rfmCode", () => {
  it.each([
    { r: 5, f: 4, m: 5, k: 5, code: "545" },
    { r: 1, f: 1, m: 2, k: 2, code: "112" },
    { r: 9, f: 1, m: 9, k: 9, code: "919" },
    { r: 10, f: 9, m: 8, k: 10, code: "10,9,8" },
    { r: 5, f: 4, m: 3, k: 10, code: "5,4,3" },
  ])("writes R $r, F $f, M $m with k = $k as $code", ({ r, f, m, k, code }) => {
    expect(rfmCode(r, f, m, k)).toBe(code);
  });
});
