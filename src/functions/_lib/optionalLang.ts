import type { Lang } from "../../core/types";
import { argumentError } from "./argumentError";
import { errorArgument } from "./errorArgument";
import { shownValue } from "./shownValue";
import { singleValue } from "./singleValue";

const NAMES: Readonly<Record<string, Lang>> = {
  en: "en",
  "en-us": "en",
  "en-gb": "en",
  english: "en",
  英文: "en",
  英语: "en",
  zh: "zh",
  "zh-cn": "zh",
  "zh-hans": "zh",
  cn: "zh",
  chinese: "zh",
  中文: "zh",
  汉语: "zh",
};

/**
 * The message language a custom function's optional `lang` argument asks for.
 *
 * Blank gives English. Accepted (case-insensitive, spaces trimmed): `en`, `en-US`, `en-GB`,
 * `english`, `英文`, `英语` for English; `zh`, `zh-CN`, `zh-Hans`, `cn`, `chinese`, `中文`, `汉语` for
 * Chinese.
 *
 * @param value - the argument as Excel passed it
 * @param name - the argument's name, used in the message (default `lang`)
 * @returns `"en"` or `"zh"`
 * @throws {DomainError} `BAD_ARGUMENT` for any other value
 *
 * @example
 * optionalLang("ZH-CN") // => "zh"
 * optionalLang(undefined) // => "en"
 */
export function optionalLang(value: unknown, name = "lang"): Lang {
  const single = singleValue(value, name);
  if (single.kind === "blank") return "en";
  if (single.kind === "error") throw errorArgument(name, single.code);
  const v = single.value;
  const lang = typeof v === "string" ? NAMES[v.trim().toLowerCase()] : undefined;
  if (lang !== undefined) return lang;
  throw argumentError(
    name,
    `must be "en" or "zh" (中文); got ${shownValue(v)}`,
    `必须是 "en"（英文）或 "zh"（中文），当前为 ${shownValue(v)}`,
    v,
  );
}
