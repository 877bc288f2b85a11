import { analyzeTable } from "../app/analyzeTable";
import { buildPlanSheet } from "../app/buildPlanSheet";
import type { PlanSheetPort } from "../app/buildPlanSheet";
import type { WorkbookPort } from "../app/ports";
import { COLUMN_MAPPINGS_SETTING, previewTable } from "../app/previewTable";
import type { ColumnMapping } from "../core/table";
import { analyzePort } from "./analyzePort";
import type { AnalyzeProgress, AnalyzeRequest, PaneActions } from "./paneActions";
import type { AnalyzeResult } from "../app/analyzeTable";
import { oneAtATime } from "./oneAtATime";
import { PANE_CHOICES_SETTING, savedChoices } from "./savedChoices";
import type { SavedChoices } from "./savedChoices";

/** The capabilities only some hosts have: Excel selects cells, the browser opens and downloads files. */
export type HostExtras = Pick<PaneActions, "selectCell" | "tableAtSelection" | "openFile" | "download">;

/**
 * The task pane's actions over any workbook: the Office.js workbook inside Excel, an exceljs
 * workbook of an opened file in the browser, or a test's in-memory workbook. Each action calls the
 * host-independent use cases (`previewTable`, `analyzeTable`, `buildPlanSheet`), so the pane
 * behaves the same everywhere; the host adds its extras.
 *
 * Method and choices:
 * - `analyze` and `buildPlan` run one at a time (see {@link oneAtATime}): a second click waits for
 *   the first to finish, so their reads and writes never interleave.
 * - after a successful run, the scheme, CLV method and weights (Analyze) or the plan's name,
 *   horizon, roles, language and ambition (Build plan) are saved in the workbook (settings
 *   {@link PANE_CHOICES_SETTING}); `savedChoices` reads them back, so a colleague sees the same.
 * - `analyze` checks the signal before it starts and runs `analyzeTable` over {@link analyzePort},
 *   so a cancel before the first write leaves the workbook untouched. After a successful run the
 *   column choices given by header text are saved in the workbook (settings
 *   {@link COLUMN_MAPPINGS_SETTING}, per table), so a colleague who opens the file gets the same
 *   mapping; choices given by column index (a blank or repeated header) are used but not saved.
 * - `buildPlan` is `buildPlanSheet` with the request's name, start, horizon, roles, language and
 *   ambition: the plan sheet under its default name in the plan's language, replacing an earlier
 *   plan sheet of the add-in and keeping what people typed into it (the port's rule).
 *
 * @param port - the workbook, able to write a plan sheet
 * @param extras - the host's own capabilities
 * @returns the actions for the pane
 * @throws nothing itself; each action rejects with the use case's `DomainError`s and the port's errors,
 *   and `buildPlan` with `NOT_ENOUGH_DATA` when the analysis has no as-of date
 *
 * @example
 * const actions = createPaneActions(new XlsxWorkbook(workbook));
 * (await actions.listTables()).map((t) => t.id) // => ["Customers"]
 */
export function createPaneActions(port: WorkbookPort & PlanSheetPort, extras: HostExtras = {}): PaneActions {
  const writing = oneAtATime();
  return {
    ...extras,
    listTables: () => port.listTables(),
    previewTable: (tableId, options) => previewTable(port, tableId, options),
    savedChoices: async () => savedChoices(await port.readSettings()),
    analyze: (request, onProgress, signal) =>
      writing(async () => {
        const result = await analyze(port, request, onProgress, signal);
        const { scheme, clvMethod, weights } = request;
        // One settings write for both: in Excel each write rewrites the settings sheet.
        const settings = await port.readSettings();
        await port.writeSettings({
          ...withMapping(settings, request.table, request.mapping),
          ...withChoices(settings, { analyze: { scheme, clvMethod, weights } }),
        });
        return result;
      }),
    buildPlan: (analysis, request) =>
      writing(async () => {
        const sheet = await buildPlanSheet(port, {
          analysis,
          lang: request.lang,
          name: request.name,
          start: request.start,
          quarters: request.quarters,
          roles: request.roles,
          ambition: request.ambition,
        });
        const { name, quarters, roles, lang, ambition } = request;
        const settings = await port.readSettings();
        await port.writeSettings(withChoices(settings, { plan: { name, quarters, roles, lang, ambition } }));
        return sheet;
      }),
  };
}

/** Analyze through the cancellable port. */
async function analyze(
  port: WorkbookPort,
  request: AnalyzeRequest,
  onProgress: (progress: AnalyzeProgress) => void,
  signal: AbortSignal,
): Promise<AnalyzeResult> {
  if (signal.aborted) throw signal.reason ?? new DOMException("Analyze was cancelled.", "AbortError");
  const result = await analyzeTable(analyzePort(port, signal, onProgress), {
    table: request.table,
    lang: request.lang,
    read: {
      mapping: request.mapping,
      shape: request.shape,
      ...(request.asOf !== undefined ? { asOf: request.asOf } : {}),
    },
    score: {
      rfm: { scheme: request.scheme },
      clv: { method: request.clvMethod },
      priority: { weights: request.weights },
    },
  });
  return result;
}

/** The settings with one part of the pane's choices replaced, the other parts kept. */
function withChoices(settings: Record<string, unknown>, part: SavedChoices): Record<string, unknown> {
  return { ...settings, [PANE_CHOICES_SETTING]: { ...savedChoices(settings), ...part } };
}

/** The settings with the table's column choices made by header text, replacing the ones saved before. */
function withMapping(
  settings: Record<string, unknown>,
  table: string,
  mapping: ColumnMapping,
): Record<string, unknown> {
  const byHeader = Object.fromEntries(Object.entries(mapping).filter(([, column]) => typeof column === "string"));
  const all = settings[COLUMN_MAPPINGS_SETTING];
  const saved = typeof all === "object" && all !== null ? (all as Record<string, unknown>) : {};
  return { ...settings, [COLUMN_MAPPINGS_SETTING]: { ...saved, [table]: byHeader } };
}
