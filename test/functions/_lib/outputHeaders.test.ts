import { SCORE_COLUMNS } from "../../../src/core/score";
import { readCustomers } from "../../../src/core/table";
import { OUTPUT_HEADERS, SUMMARY_HEADERS } from "../../../src/functions/_lib/outputHeaders";

describe("OUTPUT_HEADERS and SUMMARY_HEADERS", () => {
  it("give the documented examples' results", () => {
    expect(OUTPUT_HEADERS.expectedSpend.zh).toBe("预期单次消费");
    expect(SUMMARY_HEADERS.slice(5)).toEqual(["frequency", "recency", "T", "monetary_value"]);
  });

  it("do not reuse a header of the task pane's score columns", () => {
    const taken = new Set(SCORE_COLUMNS.flatMap((c) => [c.header.en, c.header.zh]));
    for (const h of Object.values(OUTPUT_HEADERS)) {
      expect(taken.has(h.en)).toBe(false);
      expect(taken.has(h.zh)).toBe(false);
    }
  });

  it("name a summary the table reader recognises, with first purchase dates", () => {
    const read = readCustomers([[...SUMMARY_HEADERS], ["A", 45600, 45610, 2, 30, 1, 10, 27, 20]], { shape: "summary" });
    expect(read.mapping).toMatchObject({ id: 0, firstPurchase: 1, lastPurchase: 2, purchases: 3, total: 4 });
  });

  it("name a lifetimes-style table the reader recognises", () => {
    const read = readCustomers([[...SUMMARY_HEADERS], ["A", 45600, 45610, 2, 30, 1, 10, 27, 20]]);
    expect(read.shape).toBe("lifetimes");
    expect(read.mapping).toMatchObject({
      lifetimesFrequency: 5,
      lifetimesRecency: 6,
      lifetimesT: 7,
      lifetimesMonetary: 8,
    });
  });
});
