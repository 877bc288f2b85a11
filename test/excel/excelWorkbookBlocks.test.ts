import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { PAYLOAD_LIMIT } from "../../src/excel/payloadBudget";
import { FakeExcel } from "./fakeExcel";

const ROWS = 100_000;
const HEADERS = ["ID", "Name", "Region", "First", "Last", "Purchases", "Total", "Margin", "NPS", "Note"];

/** A fake with a 100,000-row × 10-column customer table on sheet "Big" (header in row 1). */
function bigExcel(payloadLimit?: number): FakeExcel {
  const excel = new FakeExcel(payloadLimit);
  const sheet = excel.addSheet("Big");
  HEADERS.forEach((h, c) => sheet.put(0, c, h));
  for (let i = 0; i < ROWS; i++) {
    const cells = [
      `C${String(i).padStart(6, "0")}`,
      `客户${i}号有限公司`,
      ["华东", "华南", "西北"][i % 3],
      44000 + (i % 700),
      45000 + (i % 600),
      1 + (i % 40),
      1000 + i * 3.25,
      0.1 + (i % 50) / 100,
      i % 11,
      i % 7 === 0 ? "重点" : "",
    ];
    const row: { value: string | number }[] = cells.map((value) => ({ value }));
    sheet.rows.set(i + 1, row);
  }
  return excel;
}

describe("ExcelWorkbook in blocks", () => {
  it("reads 100,000 rows × 10 columns in blocks that each stay under the 5 MB limit", async () => {
    const excel = bigExcel();
    const progress: [number, number][] = [];
    const { matrix, info } = await new ExcelWorkbook(excel.run).readTable("Big", (done, total) =>
      progress.push([done, total]),
    );
    expect(info).toMatchObject({ headerRow: 1, firstColumn: 0, rowCount: ROWS, headers: HEADERS });
    expect(matrix).toHaveLength(ROWS + 1);
    expect(matrix[1]).toEqual(["C000000", "客户0号有限公司", "华东", 44000, 45000, 1, 1000, 0.1, 0, "重点"]);
    expect(matrix[ROWS][0]).toBe("C099999");
    expect(matrix[2][9]).toBeNull();

    const blocks = excel.syncs.filter((s) => s.responseBytes > 100_000);
    expect(excel.syncs.every((s) => s.error === undefined && s.responseBytes <= PAYLOAD_LIMIT)).toBe(true);
    const total = blocks.reduce((n, s) => n + s.responseBytes, 0);
    // No reader can do with fewer blocks than the limit allows; Microsoft advises at least 5,000 rows a block.
    expect(blocks.length).toBeGreaterThanOrEqual(Math.ceil(total / PAYLOAD_LIMIT));
    expect(blocks.length).toBeLessThanOrEqual(ROWS / 5000);
    expect(progress).toHaveLength(blocks.length);
    expect(progress[progress.length - 1]).toEqual([ROWS, ROWS]);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1][0])).toBe(true);
  }, 30_000);

  it("halves a block the host refuses as too large and still reads every row", async () => {
    const limit = 400_000;
    const excel = bigExcel(limit);
    const { matrix } = await new ExcelWorkbook(excel.run).readTable("Big");
    expect(matrix).toHaveLength(ROWS + 1);
    expect(new Set(matrix.slice(1).map((row) => row[0])).size).toBe(ROWS);
    expect(excel.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(excel.syncs.filter((s) => !s.error).every((s) => s.responseBytes <= limit)).toBe(true);
  }, 30_000);

  it("writes 100,000-row columns in requests under the limit, calculation suspended, retrying smaller when refused", async () => {
    const limit = 1_000_000;
    const excel = bigExcel(limit);
    const port = new ExcelWorkbook(excel.run);
    const values = Array.from({ length: ROWS }, (_, i) => i * 0.5);
    const labels = Array.from({ length: ROWS }, (_, i) => (i % 2 === 0 ? "高价值" : '=HYPERLINK("x")'));
    const progress: number[] = [];
    const written = await port.writeColumns(
      "Big",
      [
        { header: "CLV", values, numberFormat: "#,##0.00" },
        { header: "Tier", values: labels },
      ],
      (done) => progress.push(done),
    );
    expect(written.map((w) => w.column)).toEqual([10, 11]);
    const sheet = excel.sheet("Big");
    expect(sheet.cell(ROWS, 10)).toMatchObject({ value: (ROWS - 1) * 0.5, numberFormat: "#,##0.00" });
    expect(sheet.cell(2, 11)).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: "@" });
    expect(sheet.cell(2, 11)?.formula).toBeUndefined();

    const writes = excel.syncs.filter((s) => s.requestBytes > 100_000);
    expect(excel.syncs.some((s) => s.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(writes.filter((s) => !s.error).every((s) => s.requestBytes <= limit && s.suspended)).toBe(true);
    expect(excel.recalculations).toEqual(["Recalculate"]);
    expect(progress[progress.length - 1]).toBe(2 * ROWS);
  }, 30_000);
});
