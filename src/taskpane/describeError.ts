import { isDomainError } from "../core/errors";
import type { Lang } from "../core/types";
import { PANE_TEXT } from "./paneText";

/** Longest error text the pane shows; longer messages are cut with an ellipsis. */
const MAX_LENGTH = 400;

/**
 * An error as one plain sentence for the pane's message bar, never a stack trace.
 *
 * Method: a `DomainError` (a problem the user can fix: a missing column, a bad setting, a file that
 * cannot be opened, with the command line's messages) shows its own message in the pane's
 * language. Anything else is unexpected: a general sentence with the error's message (its first
 * line only, as stacks and details follow on later lines), or its name when it has no message.
 * Texts longer than 400 characters are cut.
 *
 * @param error - whatever was thrown
 * @param lang - the pane's language
 * @returns the sentence to show
 *
 * @example
 * describeError(new DomainError("EMPTY_INPUT", "The table is empty.", "表格为空。"), "zh") // => "表格为空。"
 * describeError(new TypeError("x is undefined"), "en") // => "Something went wrong: x is undefined"
 */
export function describeError(error: unknown, lang: Lang): string {
  const text = PANE_TEXT[lang];
  if (isDomainError(error)) return cut(lang === "zh" ? error.messageZh : error.message);
  if (error instanceof Error) {
    const message = error.message.split(/\r?\n/)[0].trim() || error.name;
    return cut(text.unexpected(message));
  }
  const message = typeof error === "string" && error.trim() !== "" ? error.split(/\r?\n/)[0].trim() : String(error);
  return cut(text.unexpected(message));
}

function cut(message: string): string {
  return message.length <= MAX_LENGTH ? message : `${message.slice(0, MAX_LENGTH - 1)}…`;
}
