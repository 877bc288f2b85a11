import { RequestBatcher } from "../../src/excel/requestBatcher";
import type { BatchOp } from "../../src/excel/requestBatcher";
import { rowsOp } from "../../src/excel/rowsOp";
import { FakeExcel } from "./fakeExcel";

function column(rows: number, text: string): { values: string[][]; formats: string[][] } {
  return {
    values: Array.from({ length: rows }, (_, i) => [`${text}${i}`]),
    formats: Array.from({ length: rows }, () => ["@"]),
  };
}

describe("RequestBatcher", () => {
  it("puts small ops in one sync, as its example says", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      await context.sync();
      const batcher = new RequestBatcher(context, { budget: 4_000_000, suspendCalculation: true });
      await batcher.add({ bytes: 120, queue: () => void (ws.getRange("A1").values = [["x"]]) });
      await batcher.add({ bytes: 120, queue: () => void (ws.getRange("A2").values = [[2]]) });
      await batcher.flush();
      expect(batcher.syncs).toBe(1);
    });
    expect([sheet.cell(0, 0)?.value, sheet.cell(1, 0)?.value]).toEqual(["x", 2]);
    expect(excel.syncs.slice(1)).toEqual([expect.objectContaining({ suspended: true })]);
  });

  it("syncs before an op that would take the batch over the budget, and splits an op larger than the budget", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      await context.sync();
      const budget = 10_000;
      const batcher = new RequestBatcher(context, { budget });
      const { values, formats } = column(3000, "customer ");
      const op = rowsOp(ws, 0, 0, values, formats);
      expect(op.bytes).toBeGreaterThan(5 * budget);
      await batcher.add(op);
      await batcher.flush();
      expect(batcher.syncs).toBeGreaterThanOrEqual(Math.ceil(op.bytes / budget));
    });
    expect(excel.syncs.slice(1).every((s) => s.requestBytes <= 10_000 + 2_000)).toBe(true);
    expect(excel.sheet("S").cell(2999, 0)?.value).toBe("customer 2999");
  });

  it("queues a refused batch again under half its size until the host accepts it, then keeps the lower budget", async () => {
    const excel = new FakeExcel(50_000);
    excel.addSheet("S");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      await context.sync();
      const batcher = new RequestBatcher(context, { budget: 1_000_000 });
      for (let c = 0; c < 3; c++) {
        const { values, formats } = column(4000, `c${c}-`);
        await batcher.add(rowsOp(ws, 0, c, values, formats));
      }
      await batcher.flush();
    });
    const refused = excel.syncs.filter((s) => s.error === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(5); // each refusal halves the budget: 1 MB → under 50 KB
    expect(excel.syncs.filter((s) => !s.error).every((s) => s.requestBytes <= 50_000)).toBe(true);
    const sheet = excel.sheet("S");
    expect([sheet.cell(3999, 0)?.value, sheet.cell(0, 2)?.value]).toEqual(["c0-3999", "c2-0"]);
  });

  it("gives up on a refused op that cannot be split, and lets other errors through untouched", async () => {
    const excel = new FakeExcel(1_000);
    excel.addSheet("S");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      await context.sync();
      const big: BatchOp = { bytes: 10, queue: () => void (ws.getRange("A1").values = [["x".repeat(5_000)]]) };
      const batcher = new RequestBatcher(context, { budget: 1_000_000 });
      await batcher.add(big);
      await expect(batcher.flush()).rejects.toEqual(
        expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" }),
      );
      const missing = context.workbook.worksheets.getItem("Nope");
      await batcher.add({ bytes: 10, queue: () => void (missing.getRange("A1").values = [["x"]]) });
      await expect(batcher.flush()).rejects.toEqual(expect.objectContaining({ code: "ItemNotFound" }));
    });
  });
});
