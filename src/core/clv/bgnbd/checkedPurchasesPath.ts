import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";
import { checkBgnbdHistory } from "./checkBgnbdHistory";
import { checkBgnbdParams } from "./checkBgnbdParams";
import { checkHorizon } from "./checkHorizon";

/** An unchecked evaluator of expected purchases at several horizons, writing into `out`. */
export type PurchasesPathEvaluator = (
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  horizons: ArrayLike<number>,
  out: Float64Array,
) => void;

/**
 * Checks the parameters, the history and every horizon (each check throws a `DomainError` naming
 * what is wrong), then runs an unchecked expected-purchases evaluator: the shared front of the public
 * path functions.
 *
 * @param params - BG/NBD parameters
 * @param history - the customer's x, t_x and T
 * @param horizons - the horizons, in the model's time unit
 * @param evaluate - the evaluator to run once everything is valid
 * @returns expected purchases at each horizon
 *
 * @example
 * checkedPurchasesPath(params, history, [0, 52], expectedPurchasesPathUnchecked) // => Float64Array [0, …]
 */
export function checkedPurchasesPath(
  params: BgnbdParams,
  history: BgnbdHistory,
  horizons: ArrayLike<number>,
  evaluate: PurchasesPathEvaluator,
): Float64Array {
  checkBgnbdParams(params);
  checkBgnbdHistory(history.x, history.tx, history.T);
  for (let h = 0; h < horizons.length; h++) checkHorizon(horizons[h]);
  const out = new Float64Array(horizons.length);
  evaluate(params.r, params.alpha, params.a, params.b, history.x, history.tx, history.T, horizons, out);
  return out;
}
