import { scoreRfm } from "../../../../src/core/rfm/scoreRfm";
import { assignSegments } from "../../../../src/core/rfm/segments/assignSegments";
import { RFM_R10_SCHEME } from "../../../../src/core/rfm/segments/rfmR10Scheme";
import { summarizeSegments } from "../../../../src/core/rfm/segments/summarizeSegments";
import { describeWithRfmData, loadRfmDataOrders } from "../rfmDataOrders";

describe("RFM_R10_SCHEME", () => {
  it("follows the documented examples", () => {
    expect(RFM_R10_SCHEME.segmentOf(3, 4, 3)).toBe("potential-loyalist");
    expect(RFM_R10_SCHEME.segmentOf(2, 1, 5)).toBe("others");
  });

  it("lets the first matching box win (5-5-5 is also inside Potential Loyalist's box)", () => {
    expect(RFM_R10_SCHEME.segmentOf(5, 5, 5)).toBe("champions");
    expect(RFM_R10_SCHEME.segmentOf(5, 5, 4)).toBe("potential-loyalist");
  });

  it("lists R's ten segments in R's order, then Others", () => {
    expect(RFM_R10_SCHEME.segments.map((s) => s.key)).toEqual([
      "champions",
      "potential-loyalist",
      "loyal",
      "promising",
      "new",
      "cant-lose",
      "at-risk",
      "need-attention",
      "about-to-sleep",
      "lost",
      "others",
    ]);
  });
});

// Published by R rfm 0.3.0 on rfm_data_orders (analysis date 2006-12-31), see notes/clv-models.md §1.6.
const R_SEGMENTS: readonly [string, number, number, number][] = [
  ["potential-loyalist", 342, 2211, 204856],
  ["loyal", 170, 799, 76562],
  ["lost", 148, 393, 35324],
  ["new", 104, 329, 28837],
  ["about-to-sleep", 102, 283, 23449],
  ["cant-lose", 47, 274, 32446],
  ["champions", 35, 316, 31646],
  ["at-risk", 28, 216, 22227],
  ["need-attention", 10, 57, 4562],
  ["promising", 9, 28, 4249],
  ["others", 0, 0, 0],
];

describeWithRfmData("rfm-r10 on the R rfm package's rfm_data_orders", () => {
  it.each(R_SEGMENTS)("gives %s R's %i customers, %i orders and revenue %i", (key, customers, orders, revenue) => {
    const data = loadRfmDataOrders();
    const rows = summarizeSegments(data, assignSegments(scoreRfm(data, { method: "quantile-r" }), "rfm-r10"), "en");
    expect(rows.find((row) => row.key === key)).toMatchObject({ customers, purchases: orders, revenue });
  });
});
