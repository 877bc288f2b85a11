import type { CellStyle } from "./types";

/** How a plan cell looks in Excel: Office.js format settings (colours `#RRGGBB`). */
export interface PlanLook {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  /** Thin light-grey borders on every edge of every cell. */
  readonly borders?: boolean;
  readonly wrapText?: boolean;
  readonly verticalAlignment?: "Top";
  /** Number format of the style's cells (text cells get the text format instead). */
  readonly numberFormat?: string;
}

/** Colour of the plan's cell borders. */
export const BORDER_COLOR = "#D9D9D9";

/**
 * The Excel look of each plan layout style: the same fonts, fills, borders, alignment and number
 * formats as the command line's `.xlsx` plan (`src/headless/writePlanSheet.ts`), colours written
 * `#RRGGBB` as Office.js takes them.
 *
 * @example
 * PLAN_LOOKS.sectionHeader // => { bold: true, size: 13, color: "#FFFFFF", fill: "#2F5597" }
 * PLAN_LOOKS.money.numberFormat // => "#,##0"
 */
export const PLAN_LOOKS: Readonly<Record<CellStyle, PlanLook>> = {
  title: { bold: true, size: 16, color: "#1F3864" },
  sectionHeader: { bold: true, size: 13, color: "#FFFFFF", fill: "#2F5597" },
  tableHeader: { bold: true, fill: "#DCEBFA", borders: true, wrapText: true, verticalAlignment: "Top" },
  text: { borders: true, wrapText: true, verticalAlignment: "Top" },
  number: { borders: true, numberFormat: "#,##0.##", verticalAlignment: "Top" },
  percent: { borders: true, numberFormat: "0.0%", verticalAlignment: "Top" },
  money: { borders: true, numberFormat: "#,##0", verticalAlignment: "Top" },
  date: { borders: true, numberFormat: "yyyy-mm-dd", verticalAlignment: "Top" },
  input: { borders: true, fill: "#FFF2CC", wrapText: true, verticalAlignment: "Top" },
};

/** Number format of an `input` cell holding a date. */
export const INPUT_DATE_FORMAT = "yyyy-mm-dd";
