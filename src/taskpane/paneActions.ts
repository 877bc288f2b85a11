import type { SavedChoices } from "./savedChoices";
/**
 * What the task pane can ask of its host. The React components receive these actions as props and
 * never talk to Office, exceljs or a file themselves: inside Excel the actions run over the Office.js
 * workbook, outside Office over a file the user opened, and in tests over fakes.
 */
import type { AnalyzeResult } from "../app/analyzeTable";
import type { TableInfo } from "../app/ports";
import type { PreviewOptions, TablePreview } from "../app/previewTable";
import type { ClvRequestedMethod } from "../core/clv";
import type { Ambition } from "../core/plan";
import type { PriorityWeights } from "../core/priority";
import type { SegmentSchemeKey } from "../core/rfm";
import type { ColumnMapping, TableShape } from "../core/table";
import type { Day, Lang, LocalizedText } from "../core/types";

/** What Analyze is asked to do: which table, read how, scored how. */
export interface AnalyzeRequest {
  readonly table: string;
  /** Language of the written headers, labels and notes. */
  readonly lang: Lang;
  /** The user's column choices (header text, or the column's index among the user's columns). */
  readonly mapping: ColumnMapping;
  readonly shape: "auto" | TableShape;
  /** Default: the latest purchase date in the data. */
  readonly asOf?: Day;
  readonly scheme: SegmentSchemeKey;
  readonly clvMethod: ClvRequestedMethod;
  /** The four priority weights, in percent (they sum to 100). */
  readonly weights: PriorityWeights;
}

/** Where a running Analyze is: reading rows, scoring (no count), or writing rows. */
export interface AnalyzeProgress {
  readonly phase: "read" | "score" | "write";
  /** Rows done and rows in all, for reading and writing; both 0 while scoring. */
  readonly done: number;
  readonly total: number;
}

/** What Build plan is asked to do. */
export interface PlanRequest {
  readonly name: string;
  /** First day of the plan. */
  readonly start: Day;
  /** 1..8. */
  readonly quarters: number;
  /** The team's roles, 2..12, in the order of the six default functions. */
  readonly roles: readonly LocalizedText[];
  /** Language of the plan sheet. */
  readonly lang: Lang;
  readonly ambition: Ambition;
}

/** A file opened in the browser. */
export interface OpenedFile {
  /** The file's name as the user picked it. */
  readonly name: string;
}

/** The capabilities the task pane is given. */
export interface PaneActions {
  /** The customer tables to pick from. */
  listTables(): Promise<readonly TableInfo[]>;
  /** Reads a table without writing and says what Analyze would make of it. */
  previewTable(tableId: string, options: PreviewOptions): Promise<TablePreview>;
  /**
   * Scores the table and writes the score columns (or the per-customer sheet). When `signal` is
   * aborted before anything has been written, nothing is written and the promise rejects with the
   * signal's reason; once writing has begun it completes.
   */
  analyze(
    request: AnalyzeRequest,
    onProgress: (progress: AnalyzeProgress) => void,
    signal: AbortSignal,
  ): Promise<AnalyzeResult>;
  /** Builds (or rebuilds) the plan sheet from an analysis; returns the sheet's name. */
  buildPlan(analysis: AnalyzeResult, request: PlanRequest): Promise<string>;
  /** Inside Excel: selects a cell (or a row such as `7:7`) so the user sees a problem in place. */
  selectCell?(sheet: string, address: string): Promise<void>;
  /** Inside Excel: the table around the current selection, offered as one more table. */
  tableAtSelection?(): Promise<TableInfo | undefined>;
  /** Outside Office: opens an .xlsx or .csv file picked by the user. */
  openFile?(file: File): Promise<OpenedFile>;
  /** Outside Office: saves the workbook, with everything written to it, as an .xlsx download. */
  download?(): Promise<string>;
  /** The choices the pane last ran with in this workbook (scheme, CLV method, weights, plan inputs). */
  savedChoices?(): Promise<SavedChoices>;
}
