import { DomainError } from "../../core/errors";

/**
 * The {@link DomainError} for a bad custom-function argument: `BAD_ARGUMENT`, with the argument's
 * name in both messages and `{ argument, value }` as detail.
 *
 * @param name - the argument's name as the function's help shows it (`bins`, `asOf`)
 * @param en - what is wrong, in English, without the name (`must be a number`)
 * @param zh - the same in Chinese, without the name (`必须是数字`)
 * @param value - the value received, kept in `detail` for diagnostics
 * @returns the error, for the caller to throw
 *
 * @example
 * argumentError("bins", "must be a whole number", "必须是整数", 2.5).message // => "bins must be a whole number"
 */
export function argumentError(name: string, en: string, zh: string, value?: unknown): DomainError {
  return new DomainError("BAD_ARGUMENT", `${name} ${en}`, `${name} ${zh}`, { argument: name, value });
}
