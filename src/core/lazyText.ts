import type { LocalizedText } from "./types";

/**
 * A text in both languages that is only composed when first read. Scoring a million customers
 * composes millions of reasons that most callers never show; deferring them saves the formatting
 * and the memory, and the result reads exactly like a plain `{ en, zh }` object (both properties
 * are enumerable, so it prints, compares and serialises the same).
 *
 * Method: `make` runs at most once, on the first read of `en` or `zh`; it must be pure, since when
 * it runs is not fixed.
 *
 * @param make - composes the text
 * @returns the text, composed on demand
 *
 * @example
 * const text = lazyText(() => ({ en: "score 1.5", zh: "得分 1.5" }));
 * text.zh // => "得分 1.5"
 */
export function lazyText(make: () => LocalizedText): LocalizedText {
  let text: LocalizedText | undefined;
  return {
    get en() {
      return (text ??= make()).en;
    },
    get zh() {
      return (text ??= make()).zh;
    },
  };
}
