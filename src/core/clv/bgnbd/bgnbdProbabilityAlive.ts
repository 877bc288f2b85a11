import { expit } from "../../math/expit";
import { bgnbdLogOddsDead } from "./bgnbdLogOddsDead";
import type { BgnbdHistory, BgnbdParams } from "./bgnbdTypes";
import { checkBgnbdHistory } from "./checkBgnbdHistory";
import { checkBgnbdParams } from "./checkBgnbdParams";

/**
 * P(alive | x, tx, T): the probability that a customer has not dropped out by the end of
 * observation (Hardie note 021),
 * 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + tx))^(r + x)).
 *
 * Method: computed as expit(−log-odds) (see {@link bgnbdLogOddsDead}), so it never overflows and
 * always lies in [0, 1]. **Property of the model:** a customer with no repeat purchase (x = 0)
 * gets exactly 1, however long ago the purchase was, because in the BG/NBD a customer can only
 * drop out right after a purchase. Hardie calls this a shortcoming of the model; present such
 * values with that caveat. Units: tx, T and α in the same time unit.
 *
 * @param params - r, α, a, b
 * @param history - x, tx, T
 * @returns the probability of being alive, in [0, 1]
 * @throws {DomainError} `BAD_ARGUMENT` for invalid parameters or history
 *
 * @example
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgnbdProbabilityAlive(p, { x: 2, tx: 30.43, T: 38.86 }) // => 0.72661 (lifetimes 0.11.3: 0.7266091368)
 * bgnbdProbabilityAlive(p, { x: 0, tx: 0, T: 38.86 }) // => 1
 */
export function bgnbdProbabilityAlive(params: BgnbdParams, history: BgnbdHistory): number {
  checkBgnbdParams(params);
  checkBgnbdHistory(history.x, history.tx, history.T);
  return expit(-bgnbdLogOddsDead(params.r, params.alpha, params.a, params.b, history.x, history.tx, history.T));
}
