import { hyp2f1IsReliable } from "../../../src/core/math/hyp2f1IsReliable";

describe("hyp2f1IsReliable", () => {
  it.each([
    {
      a: 3.3,
      b: 2.2,
      c: 4.500000000000001,
      z: 0.95,
      expected: false,
      why: "c − a − b next to −1 near z = 1 (doc example)",
    },
    { a: 3.3, b: 2.2, c: 4.5, z: 0.95, expected: false, why: "an exact integer near z = 1 (routed around to be safe)" },
    { a: 0.243, b: 2.426, c: 2.219, z: 0.95, expected: true, why: "a non-integer c − a − b (doc example)" },
    { a: 3.3, b: 2.2, c: 4.500000000000001, z: 0.5, expected: true, why: "any arguments below z = 0.9" },
  ])("says $expected for $why", ({ a, b, c, z, expected }) => {
    expect(hyp2f1IsReliable(a, b, c, z)).toBe(expected);
  });
});
