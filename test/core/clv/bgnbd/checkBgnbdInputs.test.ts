import { bgnbdHistoryProblem, checkBgnbdHistory } from "../../../../src/core/clv/bgnbd/checkBgnbdHistory";
import { checkBgnbdParams } from "../../../../src/core/clv/bgnbd/checkBgnbdParams";
import { checkHorizon } from "../../../../src/core/clv/bgnbd/checkHorizon";

describe("BG/NBD input checks (lifetimes' _check_inputs rules)", () => {
  it("accepts valid values (doc examples)", () => {
    expect(checkBgnbdParams({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 })).toBeUndefined();
    expect(bgnbdHistoryProblem(2, 30.43, 38.86)).toBeUndefined();
    expect(checkBgnbdHistory(1, 5, 6)).toBeUndefined();
    expect(checkHorizon(39)).toBeUndefined();
    expect(bgnbdHistoryProblem(0, 3, 10)?.en).toBe(
      "recency must be 0 when there are no repeat purchases (x = 0, recency 3)",
    );
  });

  it.each([
    { x: 1.5, tx: 0, T: 1, fragment: "whole number" },
    { x: -1, tx: 0, T: 1, fragment: "whole number" },
    { x: 1, tx: -1, T: 1, fragment: "recency must be a finite number" },
    { x: 1, tx: 1, T: Infinity, fragment: "age T" },
    { x: 1, tx: 2, T: 1, fragment: "greater than age" },
    { x: 0, tx: 1, T: 2, fragment: "recency must be 0" },
  ])("names the broken rule for x=$x, tx=$tx, T=$T in both languages", ({ x, tx, T, fragment }) => {
    const problem = bgnbdHistoryProblem(x, tx, T);
    expect(problem?.en).toContain(fragment);
    expect(problem?.zh.length).toBeGreaterThan(0);
  });

  it("throws with the index and the Chinese message", () => {
    try {
      checkBgnbdHistory(1, 2, 1, 7);
      throw new Error("no error");
    } catch (e) {
      expect(e).toMatchObject({
        code: "BAD_ARGUMENT",
        message: expect.stringContaining("index 7"),
        messageZh: expect.stringContaining("第 7 个"),
      });
    }
  });

  it.each(["r", "alpha", "a", "b"] as const)("rejects a non-positive %s", (name) => {
    expect(() => checkBgnbdParams({ r: 1, alpha: 1, a: 1, b: 1, [name]: 0 })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", message: expect.stringContaining(name) }),
    );
  });

  it("rejects a negative horizon", () => {
    expect(() => checkHorizon(-1)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
