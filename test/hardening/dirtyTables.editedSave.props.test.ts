/**
 * Dirty tables through both ways of saving an .xlsx file: editing the file's package (the default
 * for a file read from .xlsx) and writing the workbook whole with the workbook library.
 *
 * What is asserted, for every generated table put into an .xlsx file with a note typed right of it
 * and a second sheet: after Analyze (and, for every third table, Build plan), the two saved files
 * read back cell for cell the same in every sheet, and the note and the second sheet are intact;
 * the same again for a second run over the first run's edited file (columns refreshed in place).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { analyzeTable } from "../../src/app/analyzeTable";
import { buildPlanSheet } from "../../src/app/buildPlanSheet";
import { isDomainError } from "../../src/core/errors";
import { loadWorkbook } from "../../src/headless/workbookFile";
import { dirtyTable } from "../fixtures/dirtyTables";
import { workbookValues } from "../fixtures/workbookValues";

const SEED = 20251123;
const NOTE = "checked by finance";

describe("dirty tables saved by editing the package and written whole", () => {
  it("read back the same, whichever way the workbook was saved", async () => {
    let index = 0;
    await fc.assert(
      fc.asyncProperty(dirtyTable({ host: "memory" }), async (t) => {
        const plan = index++ % 3 === 0;
        const wb = new ExcelJS.Workbook();
        const sheet = wb.addWorksheet("Customers");
        t.matrix.forEach((row) => sheet.addRow(row.map((v) => (v === undefined ? null : v))));
        const noteColumn = t.header.length + 3;
        sheet.getCell(1, noteColumn).value = NOTE;
        wb.addWorksheet("Notes").addRow(["Visits", 12]);
        const input: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());

        const save = async (rewrite: boolean, from = input): Promise<Record<string, unknown[][]> | undefined> => {
          const port = await loadWorkbook(from, "book.xlsx");
          try {
            const analysis = await analyzeTable(port, { table: "Customers", lang: "en" });
            if (plan) await buildPlanSheet(port, { analysis, lang: "zh" });
          } catch (e) {
            if (isDomainError(e)) return undefined; // no usable row: nothing is written
            throw e;
          }
          const bytes = await port.toXlsx({ rewrite });
          if (!rewrite) firstEdited = bytes;
          return workbookValues(bytes);
        };
        let firstEdited: Uint8Array = input;
        const edited = await save(false);
        const whole = await save(true);
        if (edited === undefined || whole === undefined) {
          expect(edited).toBe(whole);
          return;
        }
        expect(Object.keys(edited).sort()).toEqual(Object.keys(whole).sort());
        for (const name of Object.keys(whole)) expect([name, edited[name]]).toEqual([name, whole[name]]);
        expect(edited["Customers:visible"][0][noteColumn - 1]).toBe(NOTE);
        expect(edited["Notes:visible"]).toEqual([["Visits", 12]]);

        const rerun = firstEdited;
        const [again, againWhole] = [await save(false, rerun), await save(true, rerun)];
        for (const name of Object.keys(againWhole!)) expect([name, again![name]]).toEqual([name, againWhole![name]]);
        expect(again).toEqual(edited);
      }),
      { seed: SEED, numRuns: 100 },
    );
  }, 120_000);
});
