import { isRejection } from "./cellRejection";
import { parseText } from "./parseText";

/**
 * The text of a header cell as the user wrote it, trimmed; `""` for an empty cell or one that
 * cannot be text. Numbers and dates in the header row become text (`2024`, `2025-01-23`); an
 * error value keeps its error text (`#REF!`), so it can be named in messages.
 *
 * @param cell - one header cell
 * @returns the header text
 *
 * @example
 * headerText("  客户编号 ") // => "客户编号"
 * headerText(2024) // => "2024"
 * headerText(null) // => ""
 */
export function headerText(cell: unknown): string {
  const text = parseText(cell);
  if (!isRejection(text)) return text;
  return text.errorValue ?? "";
}
