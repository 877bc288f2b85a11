import { CHURN_LEVELS } from "../../src/core/churn";
import { dayFromYmd } from "../../src/core/days";
import { PRIORITY_CRITERIA } from "../../src/core/priority";
import { scoreCustomers } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import { VALUE_TIERS } from "../../src/core/value";
import { priority as priorityFunction } from "../../src/functions/priority";
import { at, DEC_31_2024, FOUR_CUSTOMERS, shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const priority = priorityFunction as (...args: unknown[]) => any[][];

const HEADER = FOUR_CUSTOMERS[0]!;
const log = transactionLog();
const customers = readCustomers(log).customers;

describe("PRIORITY", () => {
  describe("agrees with the scoring the task pane runs (scoreCustomers)", () => {
    it("gives the score by default", () => {
      const expected = scoreCustomers(customers).customers.map((s) => [Number(s.customer.id), s.priority.score]);
      const out = priority(log);
      expect(out[0]).toEqual(["Customer ID", "Priority_score"]);
      expect(out.slice(1)).toEqual(expected);
    });

    it("gives the tier", () => {
      const expected = scoreCustomers(customers).customers.map((s) => [Number(s.customer.id), s.priority.tier]);
      expect(priority(log, "", "", "tier").slice(1)).toEqual(expected);
    });

    it.each(["en", "zh"] as const)(
      "gives score, tier, the four sub-scores, value tier and churn warning with output all (%s)",
      (lang) => {
        const weights = { strategic: 10, returnOnResources: 20, growth: 30, riskControl: 40 };
        const expected = scoreCustomers(customers, { priority: { weights } }).customers.map((s) => [
          Number(s.customer.id),
          s.priority.score,
          s.priority.tier,
          ...PRIORITY_CRITERIA.map((k) => s.priority.parts[k].subScore),
          VALUE_TIERS[s.valueTier].label[lang],
          CHURN_LEVELS[s.churn.level].label[lang],
        ]);
        const out = priority(log, "", "10,20,30,40", "all", lang);
        expect(out.slice(1)).toEqual(expected);
        expect(out[0]).toEqual(
          lang === "en"
            ? [
                "Customer ID",
                "Priority_score",
                "Priority",
                "Strategic_alignment",
                "Return_on_resources",
                "Growth_potential",
                "Risk_control",
                "Value_tier",
                "Churn_warning",
              ]
            : [
                "客户编号",
                "优先级得分",
                "优先级",
                "战略对齐度",
                "资源投入产出比",
                "客户成长潜力",
                "风险可控性",
                "价值分层",
                "流失预警",
              ],
        );
      },
    );
  });

  describe("weights", () => {
    const all = (weights: unknown) => priority(log, "", weights, "all");

    it.each([
      { weights: "30,25,25,20", why: "the default written out" },
      { weights: "30，25，25，20", why: "with Chinese commas" },
      { weights: " 30 / 25 / 25 / 20 ", why: "with slashes and spaces" },
      { weights: [[30, 25, 25, 20]], why: "a 1×4 range" },
      { weights: [[30], [25], [25], [20]], why: "a 4×1 range" },
      { weights: [["30", "25", "25", "20"]], why: "numbers typed as text" },
      { weights: [[6, 5, 5, 4]], why: "the same ratios" },
    ])("accepts $why", ({ weights }) => {
      expect(all(weights)).toEqual(all(""));
    });

    it.each([
      { weights: "1,0,0,0", criterion: 3 },
      { weights: "0,1,0,0", criterion: 4 },
      { weights: "0,0,1,0", criterion: 5 },
      { weights: "0,0,0,1", criterion: 6 },
    ])("with all the weight on one criterion ($weights), the score is that sub-score", ({ weights, criterion }) => {
      for (const row of all(weights).slice(1)) expect(row[1]).toBeCloseTo(row[criterion] as number, 9);
    });

    it.each([
      {
        weights: "30,25,25",
        message:
          'weights must be four numbers (strategic alignment, return on resources, growth, risk control): a 1×4 or 4×1 range, or text such as "30,25,25,20"; got "30,25,25"',
      },
      {
        weights: [
          [30, 25],
          [25, 20],
        ],
        message:
          'weights must be four numbers (strategic alignment, return on resources, growth, risk control): a 1×4 or 4×1 range, or text such as "30,25,25,20"; got 2×2 cells',
      },
      {
        weights: 30,
        message:
          'weights must be four numbers (strategic alignment, return on resources, growth, risk control): a 1×4 or 4×1 range, or text such as "30,25,25,20"; got 30',
      },
      { weights: "30,25,-5,20", message: "weights must be a number ≥ 0; got -5" },
      { weights: [[30, 25, "", 20]], message: "weights is required: a number ≥ 0" },
      { weights: "a,b,c,d", message: 'weights must be a number ≥ 0; got "a"' },
      { weights: "0,0,0,0", message: "at least one priority weight must be more than 0" },
    ])("rejects $weights", ({ weights, message }) => {
      expect(thrown(() => all(weights))).toMatchObject({ code: "#VALUE!", message });
    });
  });

  describe("a customer summary", () => {
    it("spills one row per data row, #N/A on the rows that could not be used", () => {
      const table = [
        HEADER,
        FOUR_CUSTOMERS[1]!,
        ["X", DEC_31_2024 - 3, "two", 5],
        FOUR_CUSTOMERS[2]!,
        FOUR_CUSTOMERS[3]!,
      ];
      const out = priority(table, DEC_31_2024, "", "tier", "", at("Sheet2!B2:E6")).map((r) => r.map(shown));
      const expected = scoreCustomers(
        readCustomers([HEADER, FOUR_CUSTOMERS[1]!, FOUR_CUSTOMERS[2]!, FOUR_CUSTOMERS[3]!], {
          asOf: dayFromYmd(2024, 12, 31),
        }).customers,
      ).customers.map((s) => s.priority.tier);
      expect(out).toHaveLength(5);
      expect([out[1]![0], out[3]![0], out[4]![0]]).toEqual(expected);
      expect(out[2]![0]).toMatch(/^#N\/A D4: /);
    });

    it("scores a tier from P1, P2, P3 and a score from 0 to 100", () => {
      const out = priority(FOUR_CUSTOMERS, DEC_31_2024, "", "all");
      for (const row of out.slice(1)) {
        expect(row[0]).toBeGreaterThanOrEqual(0);
        expect(row[0]).toBeLessThanOrEqual(100);
        expect(["P1", "P2", "P3"]).toContain(row[1]);
      }
    });
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it.each([
      { args: ["", "", "rank"], message: 'output must be one of score, tier, all; got "rank"' },
      { args: ["", "", "", "fr"], message: 'lang must be "en" or "zh" (中文); got "fr"' },
      {
        args: ["31/12/2024"],
        message: 'asOf must be a date (a date cell, a serial or a text such as 2025-01-23); got "31/12/2024"',
      },
    ])("$message", ({ args, message }) => {
      expect(thrown(() => priority(FOUR_CUSTOMERS, ...args))).toMatchObject({
        code: "#VALUE!",
        message,
      });
    });

    it("answers in Chinese with lang zh", () => {
      expect(thrown(() => priority(FOUR_CUSTOMERS, "", "1,2,3", "", "zh")).message).toMatch(/^weights 必须是四个数/);
    });

    it("says there are no data rows for an empty table", () => {
      expect(thrown(() => priority([HEADER as unknown[], ["", "", "", ""]]))).toMatchObject({
        code: "#VALUE!",
        message: "The table has a header row but no rows of data.",
      });
    });
  });
});
