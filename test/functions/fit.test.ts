import * as fs from "fs";
import * as path from "path";
import { computeClv } from "../../src/core/clv";
import { readCustomers } from "../../src/core/table";
import { fitModel as fitFunction } from "../../src/functions/fit";
import { DATA_DIR, describeWithData, relativeError } from "../core/clv/referenceData";
import { shown, thrown, transactionLog } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const callFit = fitFunction as (...args: unknown[]) => any[][];

const NAMES = ["r", "alpha", "a", "b", "log_likelihood", "p", "q", "v", "converged"];
const byName = (out: unknown[][]) => Object.fromEntries(out.map(([name, value]) => [name as string, value]));

describe("FIT", () => {
  const log = transactionLog();

  it("spills two columns, name and value, in a fixed order", () => {
    const out = callFit(log);
    expect(out.map((r) => r[0])).toEqual(NAMES);
    expect(out.every((r) => r.length === 2)).toBe(true);
    expect(out[8]![1]).toBe(true);
    for (const [name, value] of out.slice(0, 8)) {
      expect(Number.isFinite(value)).toBe(true);
      if (name !== "log_likelihood") expect(value).toBeGreaterThan(0);
    }
  });

  it("scales alpha by 7 between days and weeks and leaves r, a, b, p, q, v unchanged", () => {
    const days = byName(callFit(log));
    const weeks = byName(callFit(log, "", "weeks"));
    expect(relativeError(days.alpha as number, 7 * (weeks.alpha as number))).toBeLessThan(1e-6);
    for (const name of ["r", "a", "b", "p", "q", "v"])
      expect(relativeError(days[name] as number, weeks[name] as number)).toBeLessThan(1e-6);
  });

  it("gives the parameters CDP.CLV's bgnbd method uses (weeks)", () => {
    const model = computeClv(readCustomers(log).customers, { method: "bgnbd" }).model!;
    const weeks = byName(callFit(log, "", "weeks"));
    expect([weeks.r, weeks.alpha, weeks.a, weeks.b, weeks.log_likelihood]).toEqual([
      model.bgnbd.params.r,
      model.bgnbd.params.alpha,
      model.bgnbd.params.a,
      model.bgnbd.params.b,
      model.bgnbd.logLikelihood,
    ]);
    expect([weeks.p, weeks.q, weeks.v]).toEqual([
      model.gammaGamma.params.p,
      model.gammaGamma.params.q,
      model.gammaGamma.params.v,
    ]);
  });

  it("fits on the history up to the as-of date", () => {
    expect(callFit(log, "2024-09-30")).not.toEqual(callFit(log));
    const cut = [log[0]!, ...log.slice(1).filter((r) => (r[1] as number) <= 45565)];
    expect(callFit(log, "2024-09-30")).toEqual(callFit(cut, "2024-09-30"));
  });

  it("shows #N/A for p, q and v when too few customers have repeat purchases for the spend model, and still fits BG/NBD", () => {
    const few = [
      ["customer_id", "date", "amount"],
      ["A", "2024-01-01", 10],
      ["A", "2024-02-01", 12],
      ["B", "2024-01-10", 5],
      ["C", "2024-03-01", 7],
      ["D", "2024-01-20", 9],
    ];
    const out = callFit(few, "2024-06-30");
    expect(out.slice(0, 5).every((r) => typeof r[1] === "number")).toBe(true);
    for (const row of out.slice(5, 8))
      expect(shown(row[1])).toMatch(/^#N\/A the Gamma-Gamma spend model needs at least 3 customers/);
  });

  describe("reports unusable tables and arguments as #VALUE! with a message", () => {
    it("needs first purchase dates for the repeat buyers of a customer summary", () => {
      const table = [
        ["Customer ID", "Last purchase", "Purchases", "Total amount"],
        ["A", "2024-05-01", 3, 90],
        ["B", "2024-06-01", 1, 10],
      ];
      expect(thrown(() => callFit(table))).toMatchObject({
        code: "#VALUE!",
        message:
          "customer A (row 2) has repeat purchases but no first purchase date: the model needs every customer's age; use a transaction log or add a first-purchase column",
      });
    });

    it("rejects an unknown unit", () => {
      expect(thrown(() => callFit(log, "", "months"))).toMatchObject({
        code: "#VALUE!",
        message: 'unit must be one of days, weeks; got "months"',
      });
    });

    it("says there are no data rows for an empty table", () => {
      expect(thrown(() => callFit([log[0]!]))).toMatchObject({
        code: "#VALUE!",
        message: "The table has a header row but no rows of data.",
      });
    });
  });
});

describeWithData("FIT on the CDNOW calibration summary (lifetimes-style, weeks)", () => {
  const lines = fs
    .readFileSync(path.join(DATA_DIR, "cdnow_customers_summary_with_transactions.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  const table = lines.map((line, i) => (i === 0 ? line.split(",") : line.split(",").map(Number)));
  const fitted = byName(callFit(table, "", "weeks"));

  it.each([
    { name: "r", published: 0.243 },
    { name: "alpha", published: 4.414 },
    { name: "a", published: 0.793 },
    { name: "b", published: 2.426 },
    { name: "p", published: 6.25 },
    { name: "q", published: 3.74 },
    { name: "v", published: 15.44 },
  ])("finds $name within 0.5 % of the published $published", ({ name, published }) => {
    expect(relativeError(fitted[name] as number, published)).toBeLessThan(0.005);
  });

  it("reaches the published log-likelihood of about −9582.4", () => {
    expect(fitted.log_likelihood as number).toBeCloseTo(-9582.4, 0);
  });
});
