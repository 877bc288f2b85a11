import type { DomainError } from "../../core/errors";
import { argumentError } from "./argumentError";

/**
 * The {@link DomainError} for an argument that holds an Excel error value (`#N/A`, `#DIV/0!`, …).
 *
 * @param name - the argument's name
 * @param code - the error text
 * @returns the error, for the caller to throw
 *
 * @example
 * errorArgument("asOf", "#N/A").message // => "asOf is an error value (#N/A)"
 */
export function errorArgument(name: string, code: string): DomainError {
  return argumentError(name, `is an error value (${code})`, `是错误值（${code}）`, code);
}
