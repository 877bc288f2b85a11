/** @jest-environment node */
import ExcelJS from "exceljs";
import { PLAN_SHEET } from "../../src/app/buildPlanSheet";
import { dayFromIso } from "../../src/core/days";
import { DEFAULT_PLAN_ROLES } from "../../src/core/plan";
import { DEFAULT_PRIORITY_WEIGHTS } from "../../src/core/priority";
import { WORKBOOK_LIMITS, workbookFileKind } from "../../src/headless/workbookFile";
import { createFileActions } from "../../src/taskpane/fileHost";
import { sampleWorkbook } from "./sampleWorkbook";

const CSV = "ID,Last purchase,Orders,Sales\nC1,2025-01-02,2,300\n";

/** The message `workbookFileKind` refuses a name with: the command line's message. */
function cliMessage(name: string): string {
  try {
    workbookFileKind(name);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${name} is accepted`);
}

async function xlsxFile(name: string): Promise<File> {
  return new File([new Uint8Array(await sampleWorkbook().xlsx.writeBuffer())], name);
}

describe("createFileActions", () => {
  it("opens a CSV file as one table named after the file, as its example says", async () => {
    const actions = createFileActions();
    await expect(actions.openFile!(new File([CSV], "客户.csv"))).resolves.toEqual({ name: "客户.csv" });
    expect((await actions.listTables()).map((t) => t.id)).toEqual(["客户"]);
  });

  it("lists no table before a file is open, and asks for a file for anything else", async () => {
    const actions = createFileActions();
    expect(await actions.listTables()).toEqual([]);
    await expect(actions.previewTable("Customers", {})).rejects.toMatchObject({ code: "BAD_ARGUMENT" });
    await expect(actions.download!()).rejects.toMatchObject({ code: "BAD_ARGUMENT" });
  });

  it.each(["book.xlsm", "book.xlsb", "book.xls", "notes.docx"])(
    "refuses %s with the command line's message",
    async (name) => {
      const actions = createFileActions();
      await expect(actions.openFile!(new File(["x"], name))).rejects.toThrow(cliMessage(name));
    },
  );

  it("refuses an .xlsx file that is not a zip archive", async () => {
    const actions = createFileActions();
    await expect(actions.openFile!(new File([CSV], "fake.xlsx"))).rejects.toMatchObject({
      name: "WorkbookFileError",
    });
    expect(await actions.listTables()).toEqual([]);
  });

  it("refuses a file over the size limit by its size, with the limit named, and keeps nothing open", async () => {
    const actions = createFileActions();
    const big = new File([new Uint8Array(WORKBOOK_LIMITS.maxFileBytes + 1)], "huge.xlsx");
    await expect(actions.openFile!(big)).rejects.toMatchObject({
      code: "BAD_ARGUMENT",
      detail: { limit: "maxFileBytes" },
    });
    expect(await actions.listTables()).toEqual([]);
  });

  it("replaces the open file when another is opened", async () => {
    const actions = createFileActions();
    await actions.openFile!(new File([CSV], "first.csv"));
    await actions.openFile!(await xlsxFile("second.xlsx"));
    expect((await actions.listTables()).map((t) => t.id)).toEqual(["Customers"]);
  });

  it("analyzes, builds the plan and downloads an .xlsx workbook holding both", async () => {
    const saved: { bytes: Uint8Array; name: string }[] = [];
    const actions = createFileActions({ save: (bytes, name) => saved.push({ bytes, name }) });
    await actions.openFile!(await xlsxFile("customers.xlsx"));
    const analysis = await actions.analyze(
      {
        table: "Customers",
        lang: "en",
        mapping: {},
        shape: "auto",
        scheme: "rfm11",
        clvMethod: "historical",
        weights: DEFAULT_PRIORITY_WEIGHTS,
      },
      () => {},
      new AbortController().signal,
    );
    const sheet = await actions.buildPlan(analysis, {
      name: "Plan",
      start: dayFromIso("2026-01-01")!,
      quarters: 4,
      roles: DEFAULT_PLAN_ROLES,
      lang: "en",
      ambition: "moderate",
    });
    expect(await actions.download!()).toBe("customers-cdp.xlsx");
    expect(saved.map((s) => s.name)).toEqual(["customers-cdp.xlsx"]);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(saved[0].bytes as unknown as ArrayBuffer);
    expect(sheet).toBe(PLAN_SHEET.en);
    expect(back.getWorksheet(PLAN_SHEET.en)).toBeDefined();
    const header = back.getWorksheet("Customers")!.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(analysis.written.map((w) => w.header)));
  });

  it("downloads a scored CSV as a workbook named after it", async () => {
    const saved: string[] = [];
    const actions = createFileActions({ save: (_, name) => saved.push(name) });
    await actions.openFile!(new File([CSV], "data/客户 2025.csv"));
    await actions.download!();
    expect(saved).toEqual(["客户 2025-cdp.xlsx"]);
  });
});
