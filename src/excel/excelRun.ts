/**
 * How the adapter reaches Excel: `Excel.run` inside Excel, a fake in tests. Every call the adapter
 * makes goes through one function of this shape, so nothing else in the project calls `Excel.run`.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Runs a batch with Office.js's `Excel.run` (the global `Excel` of the task pane). The global is
 * looked up when a batch runs, not when this module loads, so the module also loads outside Excel.
 *
 * @param batch - the work to do with a fresh request context
 * @returns what `batch` returns
 * @throws whatever Office.js throws (the promise rejects with an `OfficeExtension.Error` with a
 *   `code`); a `ReferenceError`, at once, when Office.js is not loaded
 *
 * @example
 * await officeRun(async (context) => { context.workbook.getSelectedRange().select(); await context.sync(); return 1; })
 * // => 1 (inside Excel)
 */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);
