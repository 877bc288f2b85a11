import { readTable } from "../../../src/functions/_lib/readTable";
import { tableSpill } from "../../../src/functions/_lib/tableSpill";

const HEADER = ["Customer ID", "Last purchase", "Purchases", "Total amount"];
const shown = (c: unknown) => (c instanceof CustomFunctions.Error ? `${c.code} ${c.message}` : c);

describe("tableSpill", () => {
  it("gives the documented example's result: aligned rows for a summary", () => {
    const table = readTable([HEADER, ["A", 45657, 2, 300], ["B", "soon", 1, 10]], "");
    const out = tableSpill(table, ["R"], () => [5], "en").map((r) => r.map(shown));
    expect(out[0]).toEqual(["R"]);
    expect(out[1]).toEqual([5]);
    expect(out[2]![0]).toMatch(/^#N\/A B3: "soon" is not a date/);
  });

  it("joins several problems of one row, in column order", () => {
    const table = readTable([HEADER, ["A", 45657, 2, 300], ["B", "soon", "x", 10]], "");
    const message = String(shown(tableSpill(table, ["R"], () => [5], "en")[2]![0]));
    expect(message.indexOf("B3:")).toBeLessThan(message.indexOf("; C3:"));
  });

  it("passes each customer and its index, and keeps blank rows blank", () => {
    const table = readTable([HEADER, ["A", 45657, 2, 300], ["", "", "", ""], ["B", 45650, 1, 10]], "");
    const out = tableSpill(table, ["ID", "i"], (c, i) => [c.id, i], "en");
    expect(out).toEqual([
      ["ID", "i"],
      ["A", 0],
      ["", ""],
      ["B", 1],
    ]);
  });

  it("gives one row per customer for a transaction log, the ID first, then rows that could not be read", () => {
    const table = readTable(
      [
        ["customer_id", "date", "amount"],
        [7, 45600, 1],
        ["x", "bad", 1],
        [7, 45601, 2],
        ["k", 45602, 3],
      ],
      "",
    );
    const out = tableSpill(table, ["n"], (c) => [c.purchases], "zh").map((r) => r.map(shown));
    expect(out.slice(0, 3)).toEqual([
      ["客户编号", "n"],
      [7, 2],
      ["k", 1],
    ]);
    expect(out[3]![0]).toMatch(/^#N\/A B3: “bad”/);
    expect(out[3]![1]).toBe("");
  });
});
