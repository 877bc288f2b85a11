import { freeName } from "./freeName";

/** Excel's longest sheet name. */
const SHEET_NAME_LENGTH = 31;

/**
 * Makes room for a sheet the add-in owns and adds it, empty: when a sheet named `requested` exists
 * and the add-in owns it (settings `ownedSheets`), it is deleted and the new sheet takes its name and
 * its place among the tabs; when a person's sheet has that name, it is left untouched and the new
 * sheet takes a free name (`freeName`: `Customer plan (CDP)`, …; Excel compares sheet names ignoring
 * case). The deletion and the new sheet go in one sync, after one sync to look.
 *
 * @param context - the request context
 * @param requested - the wanted name
 * @param owned - the sheets the add-in owns
 * @returns the name used and the new sheet
 *
 * @example
 * // "Customer plan" is a person's sheet
 * (await claimSheet(context, "Customer plan", new Set())).name // => "Customer plan (CDP)"
 */
export async function claimSheet(
  context: Excel.RequestContext,
  requested: string,
  owned: ReadonlySet<string>,
): Promise<{ name: string; sheet: Excel.Worksheet }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const existing = sheets.getItemOrNullObject(requested);
  existing.load("name,position");
  await context.sync();
  let name = requested;
  let position: number | undefined;
  if (!existing.isNullObject && owned.has(existing.name)) {
    position = existing.position;
    existing.delete();
  } else if (!existing.isNullObject) {
    name = freeName(
      requested,
      sheets.items.map((s) => s.name),
      SHEET_NAME_LENGTH,
    );
  }
  const sheet = sheets.add(name);
  if (position !== undefined) sheet.position = position;
  await context.sync();
  return { name, sheet };
}
