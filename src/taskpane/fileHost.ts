import type { PlanSheetPort } from "../app/buildPlanSheet";
import type { WorkbookPort } from "../app/ports";
import { DomainError } from "../core/errors";
import { checkFileSize, loadWorkbook, saveWorkbook } from "../headless/workbookFile";
import type { XlsxWorkbook } from "../headless/xlsxWorkbook";
import { createPaneActions } from "./createPaneActions";
import { downloadBytes } from "./downloadBytes";
import type { PaneActions } from "./paneActions";

/** Options of {@link createFileActions}. */
export interface FileActionsOptions {
  /** Hands the saved workbook to the user; default {@link downloadBytes}. */
  readonly save?: (bytes: Uint8Array, fileName: string) => void;
}

/**
 * The task pane's actions outside Office, on a file the user opens in the browser: the same use
 * cases as in Excel, over the exceljs workbook (`XlsxWorkbook`) of that file, held in memory.
 *
 * Method: `openFile` reads the file's bytes and opens them with the command line's `loadWorkbook`,
 * so the same files are accepted and refused with the same messages and limits (a file over the size
 * limit is refused before it is read; an .xlsx must be a zip archive;
 * .xlsm, .xlsb and .xls are refused; a .csv in UTF-8, UTF-16 or GBK becomes one sheet of text
 * cells). Opening another file replaces the one open. `download` saves the workbook with everything
 * written to it as `<name>-cdp.xlsx` (a CSV comes back as a workbook, since it now holds score
 * columns and a plan sheet). Nothing leaves the page: no request is made.
 *
 * @param options - how a download is handed to the user
 * @returns the actions, with `openFile` and `download`; before a file is open the table list is empty
 *   and the other actions reject with `BAD_ARGUMENT` ("open a file first")
 *
 * @example
 * const actions = createFileActions();
 * await actions.openFile(new File(["ID,Last purchase,Orders,Sales\nC1,2025-01-02,2,300\n"], "客户.csv"));
 * (await actions.listTables()).map((t) => t.id) // => ["客户"]
 */
export function createFileActions(options: FileActionsOptions = {}): PaneActions {
  const save = options.save ?? ((bytes: Uint8Array, fileName: string) => downloadBytes(bytes, fileName));
  let open: { readonly workbook: XlsxWorkbook; readonly name: string } | undefined;
  const current = (): XlsxWorkbook => {
    if (!open) throw new DomainError("BAD_ARGUMENT", "Open a file first.", "请先打开一个文件。");
    return open.workbook;
  };
  const port: WorkbookPort & PlanSheetPort = {
    listTables: async () => (open ? open.workbook.listTables() : []),
    readTable: (id, onProgress) => current().readTable(id, onProgress),
    writeColumns: (id, columns, onProgress) => current().writeColumns(id, columns, onProgress),
    writeSheet: (content) => current().writeSheet(content),
    readSettings: () => current().readSettings(),
    writeSettings: (settings) => current().writeSettings(settings),
    writePlanSheet: (name, layout) => current().writePlanSheet(name, layout),
  };
  return createPaneActions(port, {
    async openFile(file) {
      // Too large a file is refused by its size, before its bytes are read into the page.
      checkFileSize(file.size, file.name);
      const workbook = await loadWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
      open = { workbook, name: file.name };
      return { name: file.name };
    },
    async download() {
      const workbook = current();
      const fileName = scoredFileName(open!.name);
      save(await saveWorkbook(workbook, fileName, ""), fileName);
      return fileName;
    },
  });
}

/** `客户.csv` → `客户-cdp.xlsx`: the opened file's name without folder and extension, marked as scored. */
function scoredFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "workbook";
  return `${base}-cdp.xlsx`;
}
