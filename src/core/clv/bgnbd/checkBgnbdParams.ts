import { DomainError } from "../../errors";
import type { BgnbdParams } from "./bgnbdTypes";

/**
 * Throws unless every BG/NBD parameter is a finite number > 0.
 *
 * @param params - r, α, a, b
 * @throws {DomainError} `BAD_ARGUMENT` naming the first bad parameter
 *
 * @example
 * checkBgnbdParams({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // => undefined (no error)
 */
export function checkBgnbdParams(params: BgnbdParams): void {
  for (const name of ["r", "alpha", "a", "b"] as const) {
    const v = params[name];
    if (!(v > 0 && v < Infinity)) {
      throw new DomainError(
        "BAD_ARGUMENT",
        `BG/NBD parameter ${name} must be a finite number > 0 (got ${v})`,
        `BG/NBD 参数 ${name} 必须是大于 0 的有限数（实际为 ${v}）`,
        { parameter: name, value: v },
      );
    }
  }
}
