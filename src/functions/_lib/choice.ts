import { argumentError } from "./argumentError";
import { optionalText } from "./optionalText";

/**
 * A selector argument that must be one of a fixed list of words (an output column, a method, a
 * scheme). Matching ignores case and surrounding spaces; the result is spelled as in `allowed`.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in the message
 * @param allowed - the accepted words, in the spelling to return
 * @param defaultValue - the value when the argument is blank; without it a blank is an error
 * @returns the matching entry of `allowed`
 * @throws {DomainError} `BAD_ARGUMENT` listing the allowed words, when the value matches none of
 *   them, is blank with no default, or is not text (see {@link optionalText})
 *
 * @example
 * choice("Segment", "output", ["code", "segment"] as const) // => "segment"
 * choice("", "method", ["historical", "bgnbd"] as const, "bgnbd") // => "bgnbd"
 */
export function choice<T extends string>(value: unknown, name: string, allowed: readonly T[], defaultValue?: T): T {
  const text = optionalText(value, name, "");
  if (text === "" && defaultValue !== undefined) return defaultValue;
  const wanted = text.toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === wanted);
  if (found !== undefined) return found;
  const list = allowed.join(", ");
  if (text === "") throw argumentError(name, `is required: one of ${list}`, `不能为空，可选值：${list}`, value);
  throw argumentError(
    name,
    `must be one of ${list}; got ${JSON.stringify(text)}`,
    `必须是以下之一：${list}；当前为 ${JSON.stringify(text)}`,
    value,
  );
}
