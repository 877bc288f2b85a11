import type { OutputColumn, ProgressListener, SheetContent, WorkbookPort } from "../app/ports";
import type { AnalyzeProgress } from "./paneActions";

/** Milliseconds the run waits after reading, so the pane shows "scoring" before the work that blocks it (about a frame). */
const REPAINT_MS = 20;

/**
 * The workbook as one Analyze run sees it: the same port, but cancellable until the first write
 * and reporting which phase the run is in.
 *
 * Method: the signal is checked before the table is read, right after it is read, once more after
 * the pane has had 20 ms to repaint the progress bar, and before the first write of any kind
 * (columns, sheet or settings). If it is aborted at any of these points the signal's reason is
 * thrown and nothing has been written. Once the first write has begun, the run is no longer
 * cancelled, so the workbook never holds half a result. Scoring itself runs between the read and
 * the first write without interruption; a cancel pressed meanwhile takes effect before writing.
 * Progress: reading reports `read` with the port's row counts, then `score` (no counts) once the
 * rows are in, then `write` with the rows written.
 *
 * @param port - the workbook
 * @param signal - aborted when the user cancels
 * @param onProgress - receives each phase change and row count
 * @returns a port to give to `analyzeTable`
 *
 * @example
 * const controller = new AbortController();
 * const guarded = analyzePort(port, controller.signal, () => {});
 * controller.abort();
 * await guarded.writeSettings({}) // rejects: nothing is written
 */
export function analyzePort(
  port: WorkbookPort,
  signal: AbortSignal,
  onProgress: (progress: AnalyzeProgress) => void,
): WorkbookPort {
  let writing = false;
  const beforeWrite = (): void => {
    if (!writing) throwIfAborted(signal);
    writing = true;
  };
  const writeProgress: ProgressListener = (done, total) => onProgress({ phase: "write", done, total });
  return {
    listTables: () => port.listTables(),
    readSettings: () => port.readSettings(),
    async readTable(id) {
      throwIfAborted(signal);
      const table = await port.readTable(id, (done, total) => onProgress({ phase: "read", done, total }));
      throwIfAborted(signal);
      onProgress({ phase: "score", done: 0, total: 0 });
      await new Promise<void>((resolve) => setTimeout(resolve, REPAINT_MS));
      throwIfAborted(signal);
      return table;
    },
    async writeColumns(id: string, columns: readonly OutputColumn[]) {
      beforeWrite();
      return port.writeColumns(id, columns, writeProgress);
    },
    async writeSheet(content: SheetContent) {
      beforeWrite();
      const rows = Math.max(0, content.rows.length - 1);
      writeProgress(0, rows);
      const name = await port.writeSheet(content);
      writeProgress(rows, rows);
      return name;
    },
    async writeSettings(settings: Record<string, unknown>) {
      beforeWrite();
      return port.writeSettings(settings);
    },
  };
}

/** Throws the signal's reason (an `AbortError` when it has none) if the signal is aborted. */
function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  throw signal.reason ?? new DOMException("Analyze was cancelled.", "AbortError");
}
