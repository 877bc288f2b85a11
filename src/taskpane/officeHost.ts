import { ExcelWorkbook } from "../excel/excelWorkbook";
import { createPaneActions } from "./createPaneActions";
import type { PaneActions } from "./paneActions";

/**
 * The task pane's actions inside Excel: the use cases over the Office.js workbook, plus what only
 * Excel can do: select the cell of an issue, and offer the table around the selection.
 *
 * @param workbook - the Office.js workbook (tests pass one over a fake `Excel.run`)
 * @returns the actions for the pane
 *
 * @example
 * const actions = createOfficeActions(); // inside Excel, then <App … actions={actions} />
 * [typeof actions.selectCell, typeof actions.tableAtSelection, actions.openFile] // => ["function", "function", undefined]
 */
export function createOfficeActions(workbook: ExcelWorkbook = new ExcelWorkbook()): PaneActions {
  return createPaneActions(workbook, {
    selectCell: (sheet, address) => workbook.selectCell(sheet, address),
    tableAtSelection: () => workbook.tableAtSelection(),
  });
}
