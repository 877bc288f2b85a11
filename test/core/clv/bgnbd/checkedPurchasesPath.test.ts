import { expectedPurchasesPathUnchecked } from "../../../../src/core/clv/bgnbd/bgnbdExpectedPurchasesPath";
import { checkedPurchasesPath } from "../../../../src/core/clv/bgnbd/checkedPurchasesPath";

const params = Object.freeze({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });
const history = Object.freeze({ x: 2, tx: 30.43, T: 38.86 });

describe("checkedPurchasesPath", () => {
  it("runs the evaluator on valid input, as its example says (lifetimes: 1.225910424 at t = 39)", () => {
    const path = checkedPurchasesPath(params, history, [0, 39], expectedPurchasesPathUnchecked);
    expect(path[0]).toBe(0);
    expect(path[1]).toBeCloseTo(1.225910424, 5);
  });

  it.each([
    ["a negative horizon", params, history, [-1]],
    ["a negative r", { ...params, r: -1 }, history, [1]],
    ["t_x beyond T", params, { x: 2, tx: 50, T: 38.86 }, [1]],
  ])("refuses %s before evaluating anything", (_, p, h, horizons) => {
    const evaluate = jest.fn();
    expect(() => checkedPurchasesPath(p, h, horizons, evaluate)).toThrow();
    expect(evaluate).not.toHaveBeenCalled();
  });
});
