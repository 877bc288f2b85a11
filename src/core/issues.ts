import type { Lang, LocalizedText } from "./types";

/** What is wrong with one cell or row. Each code has a message in both languages. */
export type IssueCode =
  | "BLANK_ROW"
  | "MISSING_ID"
  | "MISSING_VALUE"
  | "NOT_A_NUMBER"
  | "NOT_A_DATE"
  | "ERROR_VALUE"
  | "NEGATIVE_AMOUNT"
  | "ZERO_AMOUNT"
  | "FUTURE_DATE"
  | "DUPLICATE_ID"
  | "OUT_OF_RANGE"
  | "INCONSISTENT"
  | "MODEL_NOTE";

/** How serious an issue is: `error` drops the row (or the value), `warning` keeps it. */
export type IssueSeverity = "error" | "warning";

/**
 * A problem with input data, returned (not thrown) so the rest of the table is still scored.
 *
 * `row` is the sheet row, 1-based (header row included); `address` is the A1 cell when one cell is
 * at fault (`C7`), else the row (`7:7`).
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  readonly row: number;
  /** The header text of the column at fault, as the user wrote it. */
  readonly column?: string;
  readonly address: string;
  /** The offending value, as text (truncated to 60 characters). */
  readonly value?: string;
  readonly message: LocalizedText;
}

/** The message of an issue in one language, prefixed with its address: `C7: "abc" is not a number`. */
export function describeIssue(issue: Issue, lang: Lang): string {
  return `${issue.address}: ${issue.message[lang]}`;
}

/**
 * Column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0) // => "A"
 * columnLetters(27) // => "AB"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A1 address of a cell from its 1-based sheet row and 0-based column index.
 *
 * @example
 * cellAddress(7, 2) // => "C7"
 */
export function cellAddress(row: number, columnIndex: number): string {
  return `${columnLetters(columnIndex)}${row}`;
}
