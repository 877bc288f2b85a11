import { cellAddress, type Issue, type IssueCode, type IssueSeverity } from "../issues";
import type { LocalizedText } from "../types";
import { cellValueText } from "./cellValueText";

/** Where an issue is and what it is about. */
export interface IssueSpec {
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** Sheet row, 1-based. */
  readonly row: number;
  /** 0-based sheet column index of the cell at fault; absent when the whole row is at fault. */
  readonly columnIndex?: number;
  /** The header text of that column. */
  readonly header?: string;
  /** The offending cell value (any cell type; written as text by `cellValueText`). */
  readonly value?: unknown;
  readonly message: LocalizedText;
}

/**
 * Builds an {@link Issue}: the A1 address of the cell (`C7`) when a column is given, else of the
 * row (`7:7`); the value as text, at most 60 characters; the header as the column name. Empty
 * headers and values are left out.
 *
 * @param spec - code, severity, place, value and message
 * @returns the issue (frozen)
 *
 * @example
 * makeIssue({ code: "NOT_A_NUMBER", severity: "error", row: 7, columnIndex: 2, header: "金额", value: "abc",
 *   message: { en: "…", zh: "…" } }).address // => "C7"
 */
export function makeIssue(spec: IssueSpec): Issue {
  const value = cellValueText(spec.value);
  return Object.freeze({
    code: spec.code,
    severity: spec.severity,
    row: spec.row,
    ...(spec.header ? { column: spec.header } : {}),
    address: spec.columnIndex === undefined ? `${spec.row}:${spec.row}` : cellAddress(spec.row, spec.columnIndex),
    ...(value !== undefined ? { value } : {}),
    message: spec.message,
  });
}
