import { liveTableOf } from "../../src/app/liveTableOf";
import type { TableInfo } from "../../src/app/ports";
import { SCORE_COLUMNS } from "../../src/core/score";

const info: TableInfo = Object.freeze({
  id: "T",
  sheet: "T",
  headerRow: 3,
  firstColumn: 2,
  rowCount: 10,
  headers: Object.freeze(["ID", "Orders", "Sales", "CLV"]),
});
const clvWritten = { requested: "CLV", header: "CLV", column: 5, replaced: false };

describe("liveTableOf", () => {
  it("places the columns of a transaction log's per-customer sheet as its example says", () => {
    const live = liveTableOf({
      kind: "customerSheet",
      sheet: "CDP Customers",
      customers: 2,
      purchasesColumn: 4,
      totalColumn: 5,
      firstScoreColumn: 6,
      lang: "en",
    });
    expect(live?.columns.clv).toBe(11);
    expect(live?.columns.clv).toBe(6 + SCORE_COLUMNS.findIndex((c) => c.key === "clv"));
    expect(live).toMatchObject({ firstRow: 1, lastRow: 2, columns: { purchases: 4, total: 5 } });
  });

  it("shifts the reader's columns by where the table starts on the sheet", () => {
    const live = liveTableOf({
      kind: "columns",
      info,
      shape: "summary",
      written: [clvWritten],
      mapping: { id: 0, purchases: 1, total: 2 },
      lang: "en",
    });
    expect(live).toEqual({
      sheet: "T",
      firstRow: 3,
      lastRow: 12,
      lang: "en",
      columns: { clv: 5, purchases: 3, total: 4 },
    });
  });

  it("leaves out a lifetimes table's counts, which are repeat purchases", () => {
    const live = liveTableOf({
      kind: "columns",
      info,
      shape: "lifetimes",
      written: [clvWritten],
      mapping: { purchases: 1 },
      lang: "en",
    });
    expect(live?.columns).toEqual({ clv: 5 });
  });

  it.each([
    ["no data row", { ...info, rowCount: 0 }, [clvWritten]],
    ["no CLV column", info, []],
  ])("gives no live table with %s", (_, table, written) => {
    expect(
      liveTableOf({ kind: "columns", info: table, shape: "summary", written, mapping: {}, lang: "en" }),
    ).toBeUndefined();
  });
});
