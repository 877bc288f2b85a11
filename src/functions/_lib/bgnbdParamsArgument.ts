import { checkBgnbdParams } from "../../core/clv";
import type { BgnbdParams } from "../../core/clv";
import { requiredNumber } from "./requiredNumber";

/**
 * The BG/NBD parameters r, α, a, b from four arguments (cells filled by `=CDP.FIT`), checked:
 * each must be a number and the set must be a valid model.
 *
 * @example
 * bgnbdParamsArgument(0.243, 4.414, 0.793, 2.426) // => { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }
 */
export function bgnbdParamsArgument(r: unknown, alpha: unknown, a: unknown, b: unknown): BgnbdParams {
  const params = {
    r: requiredNumber(r, "r"),
    alpha: requiredNumber(alpha, "alpha"),
    a: requiredNumber(a, "a"),
    b: requiredNumber(b, "b"),
  };
  checkBgnbdParams(params);
  return params;
}
