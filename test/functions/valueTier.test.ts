import { scoreCustomers } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import { VALUE_TIERS } from "../../src/core/value";
import { valueTier as valueTierFunction } from "../../src/functions/valueTier";
import { excelError } from "./_lib/excelShapes";
import { shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const valueTier = valueTierFunction as (...args: unknown[]) => any[][];

describe("VALUETIER", () => {
  // Medians: CLV (20 + 80) / 2 = 50, profit (10 + 40) / 2 = 25; high means at least the median and above 0.
  const CLV = Object.freeze([[100], [80], [20], [10]]);
  const PROFIT = Object.freeze([[50], [10], [40], [5]]);

  it("sorts CLV × profit into the four tiers at the medians", () => {
    expect(valueTier(CLV, PROFIT)).toEqual([["Strategic"], ["High potential"], ["Basic"], ["Low efficiency"]]);
  });

  it("labels in Chinese", () => {
    expect(valueTier(CLV, PROFIT, "zh")).toEqual([["战略型"], ["高潜力型"], ["基础型"], ["低效型"]]);
  });

  it("never calls a customer who earns nothing high, whatever the median", () => {
    expect(valueTier([[0], [0], [5]], [[0], [0], [5]])).toEqual([
      ["Low efficiency"],
      ["Low efficiency"],
      ["Strategic"],
    ]);
  });

  it("agrees with the tiers scoreCustomers assigns from the same CLV and profit", () => {
    const scored = scoreCustomers(readCustomers(transactionLog()).customers).customers;
    const out = valueTier(
      scored.map((s) => [s.clv.clv]),
      scored.map((s) => [s.profit]),
    );
    expect(out).toEqual(scored.map((s) => [VALUE_TIERS[s.valueTier].label.en]));
  });

  it("leaves blank pairs empty and out of the medians", () => {
    expect(valueTier([[100], [""], [80], [20], [10]], [[50], [""], [10], [40], [5]])).toEqual([
      ["Strategic"],
      [""],
      ["High potential"],
      ["Basic"],
      ["Low efficiency"],
    ]);
  });

  it.each([
    { clv: "n/a", profit: 5, message: 'clv: "n/a" is not a number' },
    { clv: excelError("#VALUE!"), profit: 5, message: "clv is an error value (#VALUE!)" },
    { clv: 30, profit: "", message: "profit is blank" },
  ])("puts #N/A on an unusable pair ($message) and leaves it out of the medians", ({ clv, profit, message }) => {
    const out = valueTier([...CLV, [clv]], [...PROFIT, [profit]]);
    expect(out.slice(0, 4)).toEqual(valueTier(CLV, PROFIT));
    expect(shown(out[4]![0])).toBe(`#N/A ${message}`);
  });

  it("reads numbers typed as text", () => {
    expect(valueTier([["100"], ["80"], ["20"], ["10"]], [["50"], ["10"], ["40"], ["5"]])).toEqual(
      valueTier(CLV, PROFIT),
    );
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it("names both sizes when ranges differ", () => {
      expect(thrown(() => valueTier(CLV, [[1, 2]]))).toMatchObject({
        code: "#VALUE!",
        message: "clv is 4×1 but profit is 1×2: the ranges must be the same size (or single cells)",
      });
    });

    it("says there are no data rows when no pair holds numbers", () => {
      expect(thrown(() => valueTier([[""], [""]], [[""], [""]]))).toMatchObject({
        code: "#VALUE!",
        message: "clv and profit hold no pair of numbers: no data rows",
      });
    });

    it("answers in Chinese with lang zh", () => {
      expect(thrown(() => valueTier([[""]], [[""]], "zh"))).toMatchObject({
        code: "#VALUE!",
        message: "clv 与 profit 中没有成对的数字：没有数据行",
      });
    });
  });
});
