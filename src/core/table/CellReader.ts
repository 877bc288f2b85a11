import type { Issue, IssueCode, IssueSeverity } from "../issues";
import type { LocalizedText } from "../types";
import { type CellRejection, isRejection } from "./cellRejection";
import { cellValueText } from "./cellValueText";
import type { ResolvedColumns } from "./detectColumns";
import type { FieldKey } from "./headerSynonyms";
import { FIELD_LABELS, ISSUE_MESSAGES, type IssueOutcome } from "./issueMessages";
import { makeIssue } from "./makeIssue";

/** Where the matrix sits on the sheet and which column holds which field. */
export interface TableLayout {
  /** Header texts, one per matrix column. */
  readonly headers: readonly string[];
  /** Field → 0-based matrix column index. */
  readonly columns: ResolvedColumns;
  /** Sheet row number of the header row (matrix row 0), 1-based. */
  readonly headerRow: number;
  /** 0-based sheet column index of matrix column 0. */
  readonly firstColumn: number;
}

/** Fields read as counts: a negative value there is "a count cannot be below zero". */
const COUNT_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "purchases",
  "complaints",
  "complaintsPrevious",
  "lifetimesFrequency",
]);

function rejectionIssue(
  rejected: CellRejection,
  field: FieldKey,
  text: string,
  required: boolean,
): { code: IssueCode; message: LocalizedText } | undefined {
  const label = FIELD_LABELS[field];
  const outcome: IssueOutcome = required ? "rowSkipped" : "valueIgnored";
  switch (rejected.rejected) {
    case "blank":
      if (!required) return undefined;
      return field === "id"
        ? { code: "MISSING_ID", message: ISSUE_MESSAGES.missingId() }
        : { code: "MISSING_VALUE", message: ISSUE_MESSAGES.missingValue(label) };
    case "errorValue":
      return { code: "ERROR_VALUE", message: ISSUE_MESSAGES.errorValue(label, rejected.errorValue ?? text, outcome) };
    case "notANumber":
      return { code: "NOT_A_NUMBER", message: ISSUE_MESSAGES.notANumber(label, text, outcome) };
    case "notADate":
      return { code: "NOT_A_DATE", message: ISSUE_MESSAGES.notADate(label, text, outcome) };
    case "ambiguousDate":
      return { code: "NOT_A_DATE", message: ISSUE_MESSAGES.ambiguousDate(label, text, outcome) };
    case "dateOutOfRange":
      return { code: "NOT_A_DATE", message: ISSUE_MESSAGES.dateOutOfRange(label, text, outcome) };
    case "notText":
      return {
        code: field === "id" ? "MISSING_ID" : "MISSING_VALUE",
        message: ISSUE_MESSAGES.notText(label, text, outcome),
      };
    case "notWholeNumber":
      return { code: "OUT_OF_RANGE", message: ISSUE_MESSAGES.notWholeNumber(label, text, outcome) };
    case "negative":
      return {
        code: "OUT_OF_RANGE",
        message: COUNT_FIELDS.has(field)
          ? ISSUE_MESSAGES.negativeCount(label, text, outcome)
          : ISSUE_MESSAGES.negativeValue(label, text, outcome),
      };
    case "tooLarge":
      return { code: "OUT_OF_RANGE", message: ISSUE_MESSAGES.tooLarge(label, text, outcome) };
  }
}

/**
 * Reads typed values out of data rows and records an {@link Issue} for every cell that cannot be
 * read: required cells give errors (the caller drops the row), optional cells give warnings (the
 * value is left out), blank optional cells give nothing. Addresses, header texts and values in the
 * issues come from the {@link TableLayout}. Used by the three row readers of `readCustomers`.
 *
 * @example
 * const reader = new CellReader({ headers: ["ID", "Amount"], columns: { id: 0, total: 1 }, headerRow: 1, firstColumn: 0 });
 * reader.required(["C1", "abc"], 1, "total", parseAmount) // => undefined
 * reader.issues[0].address // => "B2"
 */
export class CellReader {
  /** Every issue recorded so far, in the order found. */
  readonly issues: Issue[] = [];

  constructor(readonly layout: TableLayout) {}

  /** Sheet row of matrix row `rowIndex`. */
  sheetRow(rowIndex: number): number {
    return this.layout.headerRow + rowIndex;
  }

  /** The 0-based sheet column index of a field's column, when the table has it. */
  sheetColumn(field: FieldKey): number | undefined {
    const c = this.layout.columns[field];
    return c === undefined ? undefined : this.layout.firstColumn + c;
  }

  /** Records an issue about one field's cell in a row (or about the whole row when `field` is undefined). */
  add(
    code: IssueCode,
    severity: IssueSeverity,
    rowIndex: number,
    field: FieldKey | undefined,
    value: unknown,
    message: LocalizedText,
  ): void {
    const c = field === undefined ? undefined : this.layout.columns[field];
    this.issues.push(
      makeIssue({
        code,
        severity,
        row: this.sheetRow(rowIndex),
        ...(c === undefined ? {} : { columnIndex: this.layout.firstColumn + c, header: this.layout.headers[c] }),
        value,
        message,
      }),
    );
  }

  /** The value of a required field, or `undefined` after recording an error. */
  required<T>(
    cells: readonly unknown[],
    rowIndex: number,
    field: FieldKey,
    parse: (cell: unknown) => T | CellRejection,
  ): T | undefined {
    return this.read(cells, rowIndex, field, parse, true);
  }

  /** The value of an optional field; `undefined` when blank, absent, or unreadable (then a warning is recorded). */
  optional<T>(
    cells: readonly unknown[],
    rowIndex: number,
    field: FieldKey,
    parse: (cell: unknown) => T | CellRejection,
  ): T | undefined {
    if (this.layout.columns[field] === undefined) return undefined;
    return this.read(cells, rowIndex, field, parse, false);
  }

  private read<T>(
    cells: readonly unknown[],
    rowIndex: number,
    field: FieldKey,
    parse: (cell: unknown) => T | CellRejection,
    required: boolean,
  ): T | undefined {
    const c = this.layout.columns[field]!;
    const cell = cells[c];
    const result = parse(cell);
    if (!isRejection(result)) return result;
    const found = rejectionIssue(result, field, cellValueText(cell) ?? "", required);
    if (found) this.add(found.code, required ? "error" : "warning", rowIndex, field, cell, found.message);
    return undefined;
  }
}
