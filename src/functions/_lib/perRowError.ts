import type { Lang, LocalizedText } from "../../core/types";

/**
 * An Excel `#N/A` error with a message, to stand in a spilled array where one row could not be
 * computed (the other rows keep their values). `#N/A` is one of the two error types whose message
 * Excel shows; it also reads as "no result for this row".
 *
 * @param message - the message, as text or in both languages
 * @param lang - which language to use when `message` has both (default English)
 * @returns the error value to place in the returned array
 *
 * @example
 * perRowError({ en: "C7: not a date", zh: "C7：不是日期" }, "zh").message // => "C7：不是日期"
 */
export function perRowError(message: string | LocalizedText, lang: Lang = "en"): CustomFunctions.Error {
  const text = typeof message === "string" ? message : message[lang];
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, text);
}
