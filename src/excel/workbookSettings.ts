import { SETTINGS_SHEET } from "../app/settingsSheet";
import { GENERAL_FORMAT, TEXT_FORMAT } from "./cellNumberFormat";
import { RequestBatcher } from "./requestBatcher";
import { rowsOp } from "./rowsOp";

/** Excel keeps at most 32,767 characters in a cell; a longer JSON value continues in the next cells of its row. */
export const SETTING_CHUNK = 32_000;

/** The settings sheet's header row, as the command line writes it. */
const HEADER = ["key", "value (JSON)"];

/** A setting's JSON text from the cells of its row after the key: the text of each cell, joined, up to the first blank. */
function jsonOf(cells: readonly unknown[]): string | undefined {
  let text = "";
  for (const cell of cells) {
    if (cell === "" || cell === null || cell === undefined) break;
    // A value Excel turned into a number or boolean is still its JSON text.
    text += typeof cell === "string" ? cell : String(cell);
  }
  return text === "" ? undefined : text;
}

/**
 * Reads the add-in's settings from the very hidden sheet `CDP_Settings` (rows `key | value (JSON)`
 * under a header row, the layout the command line uses, so a file processed by either shows the same
 * settings in both). A value longer than one cell holds continues in the cells to its right. Rows
 * whose JSON does not parse are ignored rather than trusted. Two syncs (the sheet, then its cells).
 *
 * @param context - the request context
 * @returns the settings, `{}` when the sheet is missing
 *
 * @example
 * await readSettingsIn(context) // => { ownedSheets: ["CDP Customers"] }
 */
export async function readSettingsIn(context: Excel.RequestContext): Promise<Record<string, unknown>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  if (sheet.isNullObject) return {};
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject || used.columnIndex !== 0) return {};
  const settings: Record<string, unknown> = {};
  used.values.forEach((row, i) => {
    if (used.rowIndex + i === 0) return;
    const key = row[0];
    const json = jsonOf(row.slice(1));
    if (typeof key !== "string" || key === "" || json === undefined) return;
    try {
      settings[key] = JSON.parse(json);
    } catch {
      // A setting someone edited by hand into invalid JSON is ignored rather than trusted.
    }
  });
  return settings;
}

/**
 * Replaces the add-in's settings in the very hidden sheet `CDP_Settings` (created when missing):
 * the sheet's contents are cleared, then the header row and one row per key (its value as JSON,
 * split over further cells every 32,000 characters) are written with the text format, so no JSON
 * text is read by Excel as a number or formula. Keys whose value is `undefined` are left out.
 * Two syncs, then one per 4 MB (the budget) of settings.
 *
 * @param context - the request context
 * @param settings - every setting (what is not in it is removed)
 * @param budget - bytes per request
 *
 * @example
 * await writeSettingsIn(context, { scheme: "cn8" }, 4_000_000);
 * await readSettingsIn(context) // => { scheme: "cn8" }
 */
export async function writeSettingsIn(
  context: Excel.RequestContext,
  settings: Record<string, unknown>,
  budget: number,
): Promise<void> {
  const found = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  let sheet: Excel.Worksheet;
  if (found.isNullObject) {
    sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
    sheet.visibility = "VeryHidden";
  } else {
    sheet = found;
    sheet.getRange().clear("Contents");
  }
  // Synced on its own: a batch the host refuses is retried from the batcher's ops only.
  await context.sync();
  const rows: string[][] = [HEADER];
  for (const [key, value] of Object.entries(settings)) {
    const json = JSON.stringify(value);
    if (json === undefined) continue;
    const row = [key];
    for (let i = 0; i < json.length; i += SETTING_CHUNK) row.push(json.slice(i, i + SETTING_CHUNK));
    rows.push(row);
  }
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  const formats = values.map((r) => r.map((v) => (v === "" ? GENERAL_FORMAT : TEXT_FORMAT)));
  const batcher = new RequestBatcher(context, { budget });
  await batcher.add(rowsOp(sheet, 0, 0, values, formats));
  await batcher.flush();
}
