import { bgnbdParamsArgument } from "../../../src/functions/_lib/bgnbdParamsArgument";

describe("bgnbdParamsArgument", () => {
  it("reads the four model parameters", () => {
    expect(bgnbdParamsArgument(0.243, 4.414, 0.793, 2.426)).toEqual({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
  });

  it("accepts numbers typed as text", () => {
    expect(bgnbdParamsArgument("1", "2", "3", "4")).toEqual({ r: 1, alpha: 2, a: 3, b: 4 });
  });

  it.each([
    { args: ["", 1, 1, 1], why: "a blank r" },
    { args: [1, "x", 1, 1], why: "an alpha that is not a number" },
    { args: [1, 1, -1, 1], why: "a negative a" },
  ])("refuses $why with a message", ({ args }) => {
    expect(() => bgnbdParamsArgument(args[0], args[1], args[2], args[3])).toThrow(
      expect.objectContaining({ name: "DomainError" }),
    );
  });
});
