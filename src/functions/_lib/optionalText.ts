import { argumentError } from "./argumentError";
import { errorArgument } from "./errorArgument";
import { shownValue } from "./shownValue";
import { singleValue } from "./singleValue";

/**
 * An optional text argument of a custom function, trimmed.
 *
 * Blank (omitted, `null`, `""`, white space) gives `defaultValue`. Numbers are accepted and written
 * as JavaScript prints them (`5` → `"5"`), since a cell holding `5` is a fair answer to a text
 * question such as a label. Booleans and error values are rejected. A 1×1 range counts as its cell.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in the message
 * @param defaultValue - the value when the argument is blank
 * @returns the trimmed text
 * @throws {DomainError} `BAD_ARGUMENT` for an error value, a boolean or a multi-cell range
 *
 * @example
 * optionalText("  rfm11 ", "scheme", "rfm11") // => "rfm11"
 * optionalText(null, "scheme", "rfm11") // => "rfm11"
 */
export function optionalText(value: unknown, name: string, defaultValue: string): string {
  const single = singleValue(value, name);
  if (single.kind === "blank") return defaultValue;
  if (single.kind === "error") throw errorArgument(name, single.code);
  const v = single.value;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw argumentError(name, `must be text; got ${shownValue(v)}`, `必须是文本，当前为 ${shownValue(v)}`, v);
}
