import { CellReader } from "../../../src/core/table/CellReader";
import { readSummaryRows } from "../../../src/core/table/readSummaryRows";

describe("readSummaryRows", () => {
  it("matches the example in its documentation", () => {
    const reader = new CellReader({
      headers: ["ID", "Last", "N", "Total"],
      columns: { id: 0, lastPurchase: 1, purchases: 2, total: 3 },
      headerRow: 1,
      firstColumn: 0,
    });
    const read = readSummaryRows(
      [
        ["ID", "Last", "N", "Total"],
        ["A", "2025-01-01", 1, 50],
        ["B", "2025-01-11", 2, 80],
      ],
      reader,
      undefined,
    );
    expect(read.customers.map((c) => [c.id, c.recencyDays, c.repeatMean])).toEqual([
      ["A", 10, 0],
      ["B", 0, 40],
    ]);
  });
});
