/**
 * The input-reading layer of the core: a matrix of cells (header row first), as Excel or exceljs
 * hands it over, becomes {@link Customer} records and {@link Issue}s.
 */
export { applyStrategicFitScale, type DetailsAtRow } from "./applyStrategicFitScale";
export { CellReader, type TableLayout } from "./CellReader";
export { type CellRejection, isRejection, rejection, type RejectionReason } from "./cellRejection";
export { cellValueText, MAX_VALUE_TEXT } from "./cellValueText";
export {
  type ColumnDetection,
  type ColumnMapping,
  detectColumns,
  type DetectColumnsOptions,
  type ResolvedColumns,
} from "./detectColumns";
export { EXCEL_ERROR_VALUES, excelErrorOf } from "./excelErrorOf";
export { EXACT_ONLY_SYNONYMS, FIELD_KEYS, type FieldKey, HEADER_SYNONYMS, LIFETIMES_FIELDS } from "./headerSynonyms";
export { headerText } from "./headerText";
export { IdRows } from "./IdRows";
export { isBlankCell } from "./isBlankCell";
export { isBlankRow } from "./isBlankRow";
export { ERROR_MESSAGES, FIELD_LABELS, ISSUE_MESSAGES, type IssueOutcome, SHAPE_LABELS } from "./issueMessages";
export { type IssueSpec, makeIssue } from "./makeIssue";
export { normalizeHeader } from "./normalizeHeader";
export { parseAmount, type ParseAmountOptions } from "./parseAmount";
export { parseCount } from "./parseCount";
export { parseDate } from "./parseDate";
export { MAX_NUMBER_MAGNITUDE, parseNumber, type ParseNumberOptions } from "./parseNumber";
export { parseText } from "./parseText";
export {
  type ReadCustomersOptions,
  type ReadCustomersResult,
  readCustomers,
  REQUIRED_FIELDS,
  type TableShape,
} from "./readCustomers";
export {
  type CustomerDetails,
  DETAIL_FIELDS,
  DETAIL_PARSERS,
  type DetailField,
  presentDetailFields,
  readDetails,
} from "./readDetails";
export { type LifetimesUnit, readLifetimesRows } from "./readLifetimesRows";
export { readSummaryRows } from "./readSummaryRows";
export { readTransactionRows } from "./readTransactionRows";
export type { RowsRead } from "./rowsRead";
export { strategicFitScale, type StrategicFitScale } from "./strategicFitScale";
export {
  summarizeTransactions,
  type SummarizeTransactionsOptions,
  type Transaction,
  type TransactionSummary,
} from "./summarizeTransactions";
export { toHalfWidth } from "./toHalfWidth";
