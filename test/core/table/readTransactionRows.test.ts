import { CellReader } from "../../../src/core/table/CellReader";
import { readTransactionRows } from "../../../src/core/table/readTransactionRows";

describe("readTransactionRows", () => {
  it("matches the example in its documentation", () => {
    const reader = new CellReader({
      headers: ["ID", "Date", "Amount"],
      columns: { id: 0, date: 1, total: 2 },
      headerRow: 1,
      firstColumn: 0,
    });
    const read = readTransactionRows(
      [
        ["ID", "Date", "Amount"],
        ["A", "2025-01-01", 10],
        ["A", "2025-01-05", 30],
      ],
      reader,
      undefined,
    );
    expect(read.customers.map((c) => [c.id, c.purchases, c.total, c.repeatMean])).toEqual([["A", 2, 40, 30]]);
  });

  it("scales strategic fit over the whole log before taking each customer's first value", () => {
    const reader = new CellReader({
      headers: ["ID", "Date", "Amount", "Fit"],
      columns: { id: 0, date: 1, total: 2, strategicFit: 3 },
      headerRow: 1,
      firstColumn: 0,
    });
    const read = readTransactionRows(
      [
        ["ID", "Date", "Amount", "Fit"],
        ["A", "2025-01-01", 10, 60],
        ["B", "2025-01-02", 10, 90],
        ["A", "2025-01-05", 30, 20],
      ],
      reader,
      undefined,
    );
    expect(read.customers.map((c) => c.strategicFit)).toEqual([0.6, 0.9]);
  });
});
