import { checkGammaGammaParams } from "../../../../src/core/clv/gammaGamma/checkGammaGammaParams";

describe("checkGammaGammaParams", () => {
  it("accepts the published CDNOW parameters (doc example)", () => {
    expect(checkGammaGammaParams(Object.freeze({ p: 6.25, q: 3.74, v: 15.44 }))).toBeUndefined();
  });

  it.each([
    { params: { p: 0, q: 2, v: 1 }, name: "p" },
    { params: { p: 1, q: 1, v: 1 }, name: "q" },
    { params: { p: 1, q: 0.5, v: 1 }, name: "q" },
    { params: { p: 1, q: 2, v: Infinity }, name: "v" },
    { params: { p: NaN, q: 2, v: 1 }, name: "p" },
  ])("rejects %p, naming $name", ({ params, name }) => {
    expect(() => checkGammaGammaParams(params)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", message: expect.stringContaining(`parameter ${name}`) }),
    );
  });
});
