/** The whole scoring run over customers: RFM, segments, CLV, value tier, health, churn and priority. */
export { scoreCustomers } from "./scoreCustomers";
export type { ScoredCustomer, ScoreOptions, ScoreResult } from "./scoreCustomers";
export { NOTE_COLUMN, SCORE_COLUMNS, segmentLabel } from "./scoreColumns";
export type { ScoreCellValue, ScoreColumn } from "./scoreColumns";
