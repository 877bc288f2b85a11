import type { Lang } from "../core/types";

/**
 * The task pane's starting language from a display-language tag such as Office's
 * `Office.context.displayLanguage` (`"zh-CN"`, `"en-US"`) or the browser's `navigator.language`:
 * Chinese for any `zh` tag (`zh`, `zh-CN`, `zh-TW`, `zh-Hans-CN`), English otherwise and when unknown.
 *
 * @param tag - a BCP 47 language tag, or nothing
 * @returns `"zh"` or `"en"`
 *
 * @example
 * languageFromDisplay("zh-CN") // => "zh"
 * languageFromDisplay("de-DE") // => "en"
 */
export function languageFromDisplay(tag: string | undefined): Lang {
  return tag !== undefined && /^zh(-|_|$)/i.test(tag.trim()) ? "zh" : "en";
}
