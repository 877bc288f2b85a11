import { RowBlockReader } from "../../src/excel/rowBlockReader";
import { FakeExcel } from "./fakeExcel";

async function readAll(
  excel: FakeExcel,
  sheet: string,
  area: { top: number; left: number; rows: number; columns: number },
  direction?: "down" | "up",
  budget = 4_000_000,
) {
  return excel.run(async (context) => {
    const reader = new RowBlockReader(context, { budget });
    const blocks: { top: number; values: unknown[][] }[] = [];
    for await (const block of reader.read(context.workbook.worksheets.getItem(sheet), area, direction))
      blocks.push(block);
    return { blocks, reader };
  });
}

describe("RowBlockReader", () => {
  it("reads every row of a 100,000-row range, as its example says", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    for (let i = 0; i < 100_001; i++) sheet.rows.set(i, [{ value: i }]);
    const { blocks } = await readAll(excel, "S", { top: 1, left: 0, rows: 100_000, columns: 1 });
    const rows = blocks.flatMap((b) => b.values);
    expect(rows.length).toBe(100000);
    expect(rows[99_999]).toEqual([100_000]);
    expect(blocks.every((b, i) => i === 0 || b.top === blocks[i - 1].top + blocks[i - 1].values.length)).toBe(true);
  });

  it("reads from the bottom up, the last rows first", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").putRows(
      0,
      0,
      Array.from({ length: 50 }, (_, i) => [i]),
    );
    const { blocks } = await readAll(excel, "S", { top: 0, left: 0, rows: 50, columns: 1 }, "up", 40 * 24);
    expect(blocks[0].values[blocks[0].values.length - 1]).toEqual([49]);
    expect(blocks[blocks.length - 1].top).toBe(0);
    expect(blocks.flatMap((b) => b.values).length).toBe(50);
  });

  it.each([
    { budget: 4_000_000, columns: 10, maxRows: 20_000, rows: 16_666, why: "the budget at 24 bytes a cell" },
    { budget: 4_000_000, columns: 1, maxRows: 20_000, rows: 20_000, why: "at most maxRows" },
    { budget: 1e12, columns: 1_000, maxRows: 1e9, rows: 5_000, why: "at most 5,000,000 cells" },
    { budget: 1, columns: 10, maxRows: 20_000, rows: 1, why: "at least one row" },
  ])("sizes a block by $why", async ({ budget, columns, maxRows, rows }) => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      expect(new RowBlockReader(context, { budget, maxRows }).blockRows(columns)).toBe(rows);
    });
  });

  it("halves a block whose values come back null (over Excel's cells-per-read limit) and reads it again", async () => {
    let calls = 0;
    const context = {
      sync: async () => undefined,
    } as unknown as Excel.RequestContext;
    const sheet = {
      getRangeByIndexes: (_t: number, _l: number, rows: number) => ({
        load: () => undefined,
        get values() {
          calls++;
          return rows > 2 ? null : Array.from({ length: rows }, () => ["v"]);
        },
      }),
    } as unknown as Excel.Worksheet;
    const reader = new RowBlockReader(context, { budget: 1_000_000 });
    const rows: unknown[][] = [];
    for await (const block of reader.read(sheet, { top: 0, left: 0, rows: 8, columns: 1 })) rows.push(...block.values);
    expect(rows).toHaveLength(8);
    expect(calls).toBeGreaterThan(4);
  });

  it("fails when a single row is still refused", async () => {
    const excel = new FakeExcel(1_000);
    excel.addSheet("S").put(0, 0, "x".repeat(5_000));
    await expect(readAll(excel, "S", { top: 0, left: 0, rows: 1, columns: 1 })).rejects.toEqual(
      expect.objectContaining({ code: "ResponsePayloadSizeLimitExceeded" }),
    );
  });
});
