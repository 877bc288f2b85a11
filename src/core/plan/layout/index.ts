/** The plan sheet as host-independent cells, merges, validations and conditional formats. */
export type * from "./types";
export { layoutPlan, type LayoutPlanOptions } from "./layoutPlan";
export { kpiFormula } from "./kpiFormula";
export type { LiveTable } from "./liveTable";
export { SheetBuilder } from "./sheetBuilder";
export { SECTION_TITLES, STATUS_VALUES, RACI_LETTERS, AMBITION_LABELS, unitStyle } from "./layoutLabels";
export { GANTT_FIRST_COLUMN } from "./layoutTimeline";
export { SWOT_TEAM_ROWS } from "./layoutSwot";
export { inputCellRecords, keepEdits, type InputCellRecord, type SheetValue } from "./keepEdits";
export { PLAN_LOOKS, BORDER_COLOR, INPUT_DATE_FORMAT, type PlanLook } from "./planLooks";
export { planRules, type PlanRule } from "./planRules";
export { estimateRowHeights } from "./estimateRowHeights";
export { planTitle } from "./planTitle";
