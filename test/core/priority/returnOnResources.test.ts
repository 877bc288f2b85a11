import { returnOnResources } from "../../../src/core/priority/returnOnResources";

const values = (rows: { profit?: number; costToServe?: number }[]) =>
  returnOnResources(Object.freeze(rows)).scores.map((s) => s.value);

describe("returnOnResources", () => {
  it("gives the documented example: ratios 2, 1, 6", () => {
    const r = returnOnResources(
      Object.freeze([
        { profit: 100, costToServe: 50 },
        { profit: 300, costToServe: 300 },
        { profit: 60, costToServe: 10 },
      ]),
    );
    expect(r.basis).toBe("profitPerCost");
    expect(r.scores.map((s) => s.value)).toEqual([50, 0, 100]);
  });

  it("ranks by profit when some customers have no cost to serve", () => {
    const r = returnOnResources([{ profit: 100, costToServe: 50 }, { profit: 300 }, { profit: 60, costToServe: 10 }]);
    expect(r.basis).toBe("profit");
    expect(r.scores.map((s) => s.value)).toEqual([50, 100, 0]);
    expect(r.scores[1].reason.en).toBe(
      "return on resources 100 (percentile rank): profit 300 (cost to serve not known for every customer)",
    );
  });

  it.each([
    {
      rows: [
        { profit: 10, costToServe: 0 },
        { profit: 1000, costToServe: 1 },
        { profit: 0, costToServe: 0 },
        { profit: -5, costToServe: 0 },
      ],
      expected: [100, 200 / 3, 100 / 3, 0],
      why: "zero cost to serve ranks positive profit on top, zero profit as 0, losses at the bottom",
    },
    {
      rows: [
        { profit: 5, costToServe: 0 },
        { profit: 9, costToServe: 0 },
      ],
      expected: [50, 50],
      why: "two infinite returns tie",
    },
    { rows: [{ profit: 42, costToServe: 7 }], expected: [50], why: "a single customer" },
    {
      rows: [
        { profit: 10, costToServe: 5 },
        { profit: 20, costToServe: 10 },
        { profit: 30, costToServe: 15 },
      ],
      expected: [50, 50, 50],
      why: "equal ratios tie",
    },
  ])("handles $why", ({ rows, expected }) => {
    const got = values(rows);
    expected.forEach((e, i) => expect(got[i]).toBeCloseTo(e, 10));
  });

  it("gives customers without a profit the neutral 50, unranked", () => {
    const r = returnOnResources([{ profit: 1, costToServe: 1 }, { costToServe: 5 }, { profit: 3, costToServe: 1 }]);
    expect(r.basis).toBe("profitPerCost");
    expect(r.scores.map((s) => s.value)).toEqual([0, 50, 100]);
    expect(r.scores[1].known).toBe(false);
    expect(r.scores[1].sources).toEqual([]);
  });

  it("reports basis none when nobody has a profit", () => {
    const r = returnOnResources([{}, {}]);
    expect(r.basis).toBe("none");
    expect(r.scores.every((s) => s.value === 50 && !s.known)).toBe(true);
  });

  it("explains a ratio in both languages", () => {
    const [s] = returnOnResources([{ profit: 2500, costToServe: 500 }]).scores;
    expect(s.reason).toEqual({
      en: "return on resources 50 (percentile rank): profit 2,500 per cost to serve 500 = 5",
      zh: "资源投入产出比 50 分（百分位排名）：利润 2,500 ÷ 服务成本 500 = 5",
    });
  });
});

describe("returnOnResources input checks", () => {
  it.each([
    { rows: [{ profit: 1 }, { profit: NaN }], why: "a profit that is not a number" },
    { rows: [{ profit: 1, costToServe: -5 }], why: "a negative cost to serve" },
  ])("throws BAD_ARGUMENT naming the row for $why", ({ rows }) => {
    expect(() => returnOnResources(rows)).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT", message: expect.stringMatching(/^row \d/) }),
    );
  });
});
