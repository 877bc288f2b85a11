import { DomainError } from "../../errors";

/**
 * Throws unless `t` is a finite number ≥ 0 (a forecast horizon in the model's time unit).
 *
 * @param t - horizon
 * @param name - how to call it in the message (default "horizon t")
 * @throws {DomainError} `BAD_ARGUMENT`
 *
 * @example
 * checkHorizon(39) // => undefined (no error)
 */
export function checkHorizon(t: number, name = "horizon t"): void {
  if (!(t >= 0 && t < Infinity)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `the ${name} must be a finite number >= 0 (got ${t})`,
      `预测期 ${name} 必须是大于等于 0 的有限数（实际为 ${t}）`,
    );
  }
}
