import { computeClv } from "../../src/core/clv";
import { scoreCustomers } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import { clv as clvFunction } from "../../src/functions/clv";
import { at, DEC_31_2024, FOUR_CUSTOMERS, shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const clv = clvFunction as (...args: unknown[]) => any[][];

const HEADER = FOUR_CUSTOMERS[0]!;

describe("CLV", () => {
  describe("with the historical method (margin earned so far)", () => {
    it("is total × margin rate for each customer, exactly", () => {
      // totals 100, 900, 300, 50 at a 25 % margin
      expect(clv(FOUR_CUSTOMERS, DEC_31_2024, "historical", "", "", 0.25)).toEqual([
        ["CLV (historical)"],
        [25],
        [225],
        [75],
        [12.5],
      ]);
    });

    it("uses a customer's own margin column when the table has one", () => {
      const table = [
        [...HEADER, "Gross margin"],
        ...FOUR_CUSTOMERS.slice(1).map((r, i) => [...r, [40, 300, 90, 5][i]]),
      ];
      expect(clv(table, DEC_31_2024, "historical", "", "", 0.25).slice(1)).toEqual([[40], [300], [90], [5]]);
    });

    it("defaults the margin rate to 1: CLV in revenue", () => {
      expect(clv(FOUR_CUSTOMERS, DEC_31_2024, "historical").slice(1)).toEqual([[100], [900], [300], [50]]);
    });

    it("spills CLV, blanks for the model columns, and the method with output all", () => {
      expect(clv(FOUR_CUSTOMERS, DEC_31_2024, "historical", "", "", "0.25", "all").slice(0, 2)).toEqual([
        ["CLV (historical)", "P_alive", "Expected_purchases", "Expected_spend", "Method"],
        [25, "", "", "", "historical"],
      ]);
    });

    it("speaks Chinese", () => {
      expect(clv(FOUR_CUSTOMERS, DEC_31_2024, "historical", "", "", 0.25, "all", "zh")[0]).toEqual([
        "客户终身价值（historical）",
        "存活概率",
        "预期购买次数",
        "预期单次消费",
        "计算方法",
      ]);
    });
  });

  describe("falling back from the model", () => {
    it("still computes when auto cannot fit BG/NBD, and its header says retention ran and why", () => {
      const out = clv(FOUR_CUSTOMERS, DEC_31_2024, "auto", "", "", "", "all");
      expect(out[0]![0]).toBe("CLV (retention)");
      expect(out[0]![4]).toBe(
        `Method: ${computeClv(readCustomers(FOUR_CUSTOMERS).customers, { method: "auto" }).fallback!.reason.en}`,
      );
      expect(out[0]![4]).toMatch(/^Method: Only 4 customers/);
      expect(out.slice(1).map((r) => r[4])).toEqual(["retention", "retention", "retention", "retention"]);
    });

    it("does the same for an explicit bgnbd, in Chinese", () => {
      const header = clv(FOUR_CUSTOMERS, DEC_31_2024, "bgnbd", "", "", "", "all", "zh")[0]!;
      expect(header[0]).toBe("客户终身价值（retention）");
      expect(header[4]).toMatch(/^计算方法：仅有 4 位客户/);
    });
  });

  describe("with the BG/NBD model", () => {
    const log = transactionLog();

    it("names bgnbd in the header and gives P(alive), expected purchases and spend per customer", () => {
      const out = clv(log, "", "bgnbd", "", "", "", "all");
      expect(out[0]).toEqual([
        "Customer ID",
        "CLV (bgnbd)",
        "P_alive",
        "Expected_purchases",
        "Expected_spend",
        "Method",
      ]);
      expect(out).toHaveLength(41);
      expect(out[1]![0]).toBe(1001);
      for (const row of out.slice(1)) {
        const [, value, pAlive, purchases, spend, method] = row as [number, number, number, number, number, string];
        expect(value).toBeGreaterThanOrEqual(0);
        expect(pAlive).toBeGreaterThanOrEqual(0);
        expect(pAlive).toBeLessThanOrEqual(1);
        expect(purchases).toBeGreaterThanOrEqual(0);
        expect(spend).toBeGreaterThan(0);
        expect(method).toBe("bgnbd");
      }
    });

    it("grows with the horizon and shrinks with the discount rate", () => {
      const at12 = clv(log, "", "bgnbd")
        .slice(1)
        .map((r) => r[1] as number);
      const at24 = clv(log, "", "bgnbd", 24)
        .slice(1)
        .map((r) => r[1] as number);
      const discounted = clv(log, "", "bgnbd", 12, 0.05)
        .slice(1)
        .map((r) => r[1] as number);
      at12.forEach((v, i) => {
        expect(at24[i]).toBeGreaterThanOrEqual(v);
        expect(discounted[i]).toBeLessThanOrEqual(v);
      });
    });

    it.each([
      { method: "auto", options: {} },
      { method: "bgnbd", options: { horizonMonths: 6, discountMonthly: 0.02 } },
      { method: "retention", options: {} },
      { method: "simple", options: {} },
    ] as const)("agrees with scoreCustomers for method $method", ({ method, options }) => {
      const customers = readCustomers(log).customers;
      const scored = scoreCustomers(customers, { clv: { method, ...options }, marginRate: 0.4 });
      const expected = scored.customers.map((s) => [
        Number(s.customer.id),
        s.clv.clv,
        s.clv.pAlive ?? "",
        s.clv.expectedPurchases ?? "",
        s.clv.expectedSpend ?? "",
        scored.clv.method,
      ]);
      const { horizonMonths = "", discountMonthly = "" } = options as {
        horizonMonths?: number;
        discountMonthly?: number;
      };
      expect(clv(log, "", method, horizonMonths, discountMonthly, 0.4, "all").slice(1)).toEqual(expected);
    });
  });

  describe("alignment", () => {
    it("puts #N/A with the message on the row that could not be used", () => {
      const table = [HEADER, FOUR_CUSTOMERS[1]!, ["E", 45000, 0, 10], FOUR_CUSTOMERS[2]!];
      const out = clv(table, DEC_31_2024, "historical", "", "", "", "", "", at("Sheet1!A10:D13")).map((r) =>
        r.map(shown),
      );
      expect(out[1]).toEqual([100]);
      expect(out[2]![0]).toMatch(/^#N\/A C12: /);
      expect(out[3]).toEqual([900]);
    });
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it.each([
      {
        args: ["", "lifetime"],
        message: 'method must be one of auto, historical, simple, retention, bgnbd; got "lifetime"',
      },
      { args: ["", "", 0], message: "horizonMonths must be a whole number from 1 to 1200; got 0" },
      { args: ["", "", 6.5], message: "horizonMonths must be a whole number from 1 to 1200; got 6.5" },
      { args: ["", "", "", -0.01], message: "discountMonthly must be a number from 0 to 1; got -0.01" },
      { args: ["", "", "", "", 30], message: "margin must be a number from 0 to 1; got 30" },
      { args: ["", "", "", "", true], message: "margin must be a number from 0 to 1; got TRUE" },
      { args: ["", "", "", "", "", "table"], message: 'output must be one of clv, all; got "table"' },
    ])("$message", ({ args, message }) => {
      const e = thrown(() => clv(FOUR_CUSTOMERS, ...args));
      expect(e).toMatchObject({ code: "#VALUE!", message });
    });

    it("answers in Chinese with lang zh", () => {
      expect(thrown(() => clv(FOUR_CUSTOMERS, "", "", "", "", 30, "", "zh"))).toMatchObject({
        code: "#VALUE!",
        message: "margin 必须是介于 0 到 1 之间的数字，当前为 30",
      });
    });

    it("says there are no data rows for an empty table", () => {
      expect(thrown(() => clv([HEADER as unknown[]]))).toMatchObject({
        code: "#VALUE!",
        message: "The table has a header row but no rows of data.",
      });
    });
  });
});
