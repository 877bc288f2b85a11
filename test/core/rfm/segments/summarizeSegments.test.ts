import fc from "fast-check";
import { scoreRfm } from "../../../../src/core/rfm/scoreRfm";
import { assignSegments } from "../../../../src/core/rfm/segments/assignSegments";
import { segmentScheme, SEGMENT_SCHEME_KEYS } from "../../../../src/core/rfm/segments/segmentScheme";
import { summarizeSegments } from "../../../../src/core/rfm/segments/summarizeSegments";

describe("summarizeSegments", () => {
  it("follows the documented example", () => {
    const customers = [
      { recencyDays: 3, purchases: 9, total: 900 },
      { recencyDays: 400, purchases: 1, total: 100 },
    ];
    const rows = summarizeSegments(
      customers,
      assignSegments([
        { r: 5, f: 5, m: 5 },
        { r: 1, f: 1, m: 1 },
      ]),
      "en",
    );
    expect(rows.map((row) => [row.label, row.customers, row.revenueShare]).filter((x) => (x[1] as number) > 0)).toEqual(
      [
        ["Champions", 1, 0.9],
        ["Lost", 1, 0.1],
      ],
    );
    expect(rows).toHaveLength(11);
  });

  it("lists every segment in the scheme's order, empty ones with null averages", () => {
    const customers = [{ recencyDays: 1, purchases: 2, total: 50 }];
    const rows = summarizeSegments(customers, assignSegments([{ r: 5, f: 5, m: 5 }]), "zh");
    expect(rows.map((row) => row.key)).toEqual(segmentScheme("rfm11").segments.map((s) => s.key));
    expect(rows[0]).toEqual({
      key: "champions",
      label: "冠军客户",
      description: segmentScheme("rfm11").segments[0].description.zh,
      action: segmentScheme("rfm11").segments[0].action.zh,
      customers: 1,
      share: 1,
      purchases: 2,
      revenue: 50,
      revenueShare: 1,
      avgRecencyDays: 1,
      avgPurchases: 2,
      avgMonetary: 50,
    });
    expect(rows[1]).toMatchObject({
      customers: 0,
      share: 0,
      revenue: 0,
      avgRecencyDays: null,
      avgPurchases: null,
      avgMonetary: null,
    });
  });

  it("averages the order value when the scores used monetary: average", () => {
    const customers = [
      { recencyDays: 1, purchases: 10, total: 1000 },
      { recencyDays: 3, purchases: 1, total: 500 },
    ];
    const segmentation = assignSegments(
      [
        { r: 5, f: 5, m: 5 },
        { r: 5, f: 5, m: 5 },
      ],
      "rfm11",
      { monetary: "average" },
    );
    expect(summarizeSegments(customers, segmentation, "en")[0]).toMatchObject({
      avgMonetary: 300,
      avgRecencyDays: 2,
      avgPurchases: 5.5,
    });
  });

  it("gives zero revenue shares when there is no revenue at all", () => {
    const rows = summarizeSegments(
      [{ recencyDays: 1, purchases: 1, total: 0 }],
      assignSegments([{ r: 1, f: 1, m: 1 }]),
      "en",
    );
    expect(rows.every((row) => row.revenueShare === 0)).toBe(true);
  });

  it("adds up to all customers, all orders and all revenue under every scheme", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            recencyDays: fc.integer({ min: 0, max: 400 }),
            purchases: fc.integer({ min: 1, max: 12 }),
            total: fc.integer({ min: 1, max: 5000 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.constantFrom(...SEGMENT_SCHEME_KEYS),
        (customers, scheme) => {
          const rows = summarizeSegments(customers, assignSegments(scoreRfm(customers), scheme, { customers }), "en");
          const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
          const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
          return (
            sum((r) => r.customers) === customers.length &&
            sum((r) => r.purchases) === customers.reduce((a, c) => a + c.purchases, 0) &&
            sum((r) => r.revenue) === customers.reduce((a, c) => a + c.total, 0) &&
            close(
              sum((r) => r.share),
              1,
            ) &&
            close(
              sum((r) => r.revenueShare),
              1,
            )
          );
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it("rejects customers that do not match the segmentation in number", () => {
    expect(() => summarizeSegments([], assignSegments([{ r: 1, f: 1, m: 1 }]), "en")).toThrow(
      expect.objectContaining({ code: "SIZE_MISMATCH" }),
    );
  });

  it("rejects a segment that is not in the scheme", () => {
    const segmentation = {
      scheme: "cn8" as const,
      monetary: "total" as const,
      scores: [{ r: 1, f: 1, m: 1, code: "111", segment: "champions" }],
    };
    expect(() => summarizeSegments([{ recencyDays: 1, purchases: 1, total: 1 }], segmentation, "en")).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
  });

  it("rejects a customer value that would make an average NaN", () => {
    expect(() =>
      summarizeSegments(
        [{ recencyDays: Number.NaN, purchases: 1, total: 1 }],
        assignSegments([{ r: 1, f: 1, m: 1 }]),
        "en",
      ),
    ).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
  });
});
