import { DomainError } from "../../errors";
import type { GammaGammaParams } from "./gammaGammaTypes";

/**
 * Throws unless p and v are finite and > 0 and q is finite and > 1 (so the mean spend
 * p·v/(q − 1) is positive and finite).
 *
 * @param params - p, q, v
 * @throws {DomainError} `BAD_ARGUMENT` naming the first bad parameter
 *
 * @example
 * checkGammaGammaParams({ p: 6.25, q: 3.74, v: 15.44 }) // => undefined (no error)
 */
export function checkGammaGammaParams(params: GammaGammaParams): void {
  const bounds = { p: 0, q: 1, v: 0 } as const;
  for (const name of ["p", "q", "v"] as const) {
    const value = params[name];
    if (!(value > bounds[name] && value < Infinity)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `Gamma-Gamma parameter ${name} must be a finite number > ${bounds[name]} (got ${value})`,
        `Gamma-Gamma 参数 ${name} 必须是大于 ${bounds[name]} 的有限数（实际为 ${value}）`,
        { parameter: name, value },
      );
    }
  }
}
