import { CellReader } from "../../../src/core/table/CellReader";
import { readLifetimesRows } from "../../../src/core/table/readLifetimesRows";

const reader = (): CellReader =>
  new CellReader({
    headers: ["ID", "x", "t_x", "T", "zbar"],
    columns: { id: 0, lifetimesFrequency: 1, lifetimesRecency: 2, lifetimesT: 3, lifetimesMonetary: 4 },
    headerRow: 1,
    firstColumn: 0,
  });

describe("readLifetimesRows", () => {
  it("matches the example in its documentation", () => {
    const [c] = readLifetimesRows(
      [
        ["ID", "x", "t_x", "T", "zbar"],
        [1, 2, 30, 38, 22.35],
      ],
      reader(),
      "weeks",
    ).customers;
    expect([c!.repeatSpanDays, c!.ageDays, c!.recencyDays, c!.purchases]).toEqual([210, 266, 56, 3]);
  });

  it("warns about a zero monetary value with repeat purchases and rejects duplicate IDs", () => {
    const r = reader();
    const read = readLifetimesRows(
      [
        ["ID", "x", "t_x", "T", "zbar"],
        [1, 2, 30, 38, 0],
        [1, 0, 0, 38, 0],
      ],
      r,
      "days",
    );
    expect(read.customers).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.severity, i.address])).toEqual([
      ["ZERO_AMOUNT", "warning", "E2"],
      ["DUPLICATE_ID", "error", "A3"],
    ]);
  });
});
