import { scoreRfm } from "../../../src/core/rfm/scoreRfm";
import type { RfmScore } from "../../../src/core/rfm/types";
import { describeWithRfmData, loadRfmDataOrders, type OrdersCustomer } from "./rfmDataOrders";

/** Customers per score 1..5 of one dimension. */
function counts(scores: readonly RfmScore[], dim: "r" | "f" | "m"): number[] {
  const out = [0, 0, 0, 0, 0];
  for (const s of scores) out[s[dim] - 1]++;
  return out;
}

function expectCloseTo(got: readonly number[], want: readonly number[]): void {
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 9));
}

// Published by the R rfm package (0.3.0) for rfm_data_orders as of 2006-12-31 (see notes/clv-models.md §1.6).
const R_CUTS = { recency: [115, 181, 297.4, 482], frequency: [4, 5, 6, 8], monetary: [255.8, 382, 506.4, 666] };
const R_COUNTS = { r: [197, 200, 199, 199, 200], f: [268, 187, 176, 244, 120], m: [200, 200, 198, 202, 195] };

describeWithRfmData("scoreRfm on the R rfm package's rfm_data_orders", () => {
  let customers: readonly OrdersCustomer[];
  beforeAll(() => {
    customers = Object.freeze(loadRfmDataOrders());
  });

  it("summarises 4,906 orders of 995 customers", () => {
    expect(customers).toHaveLength(995);
    expect(customers.reduce((a, c) => a + c.purchases, 0)).toBe(4906);
  });

  describe('method "quantile-r"', () => {
    it("reproduces R's cut points (quantile + 1)", () => {
      const { breakpoints } = scoreRfm(customers, { method: "quantile-r" });
      expectCloseTo(breakpoints.recency, R_CUTS.recency);
      expectCloseTo(breakpoints.frequency, R_CUTS.frequency);
      expectCloseTo(breakpoints.monetary, R_CUTS.monetary);
    });

    it("reproduces R's customers per score on every dimension", () => {
      const { scores } = scoreRfm(customers, { method: "quantile-r" });
      expect({ r: counts(scores, "r"), f: counts(scores, "f"), m: counts(scores, "m") }).toEqual(R_COUNTS);
    });

    it.each([
      { id: "Abbey O'Reilly", recencyDays: 205, purchases: 6, total: 472, code: "343" },
      { id: "Aden Murphy", recencyDays: 98, purchases: 7, total: 596, code: "544" },
    ])("scores $id as in R's README ($code)", ({ id, recencyDays, purchases, total, code }) => {
      const index = customers.findIndex((c) => c.id === id);
      expect(customers[index]).toMatchObject({ recencyDays, purchases, total });
      expect(scoreRfm(customers, { method: "quantile-r" }).scores[index].code).toBe(code);
    });
  });

  describe('the default method "quantile"', () => {
    it("cuts at the type-7 quantiles themselves, R's cut points minus one", () => {
      const { breakpoints } = scoreRfm(customers);
      expectCloseTo(
        breakpoints.recency,
        R_CUTS.recency.map((c) => c - 1),
      );
      expectCloseTo(
        breakpoints.frequency,
        R_CUTS.frequency.map((c) => c - 1),
      );
      expectCloseTo(
        breakpoints.monetary,
        R_CUTS.monetary.map((c) => c - 1),
      );
    });

    it("differs from R only for values strictly between a quantile q and q + 1", () => {
      const ours = scoreRfm(customers).scores;
      const r = scoreRfm(customers, { method: "quantile-r" }).scores;
      const between = (v: number, cuts: readonly number[]) => cuts.some((c) => v > c - 1 && v < c);
      customers.forEach((c, i) => {
        expect(ours[i].r !== r[i].r).toBe(between(c.recencyDays, R_CUTS.recency));
        expect(ours[i].f !== r[i].f).toBe(between(c.purchases, R_CUTS.frequency));
        expect(ours[i].m !== r[i].m).toBe(between(c.total, R_CUTS.monetary));
      });
    });

    it("moves exactly the three in-between values by one bin against R's counts", () => {
      // In-between values: recency 297 (q 296.4) is bin 4 of 5 by days, so R score 3 → 2;
      // amounts 255 (q 254.8) M 1 → 2 and 506 (q 505.4) M 3 → 4. Frequencies are all integers at integer quantiles.
      expect(customers.filter((c) => c.recencyDays === 297)).toHaveLength(1);
      expect(customers.filter((c) => c.total === 255 || c.total === 506)).toHaveLength(2);
      const { scores } = scoreRfm(customers);
      expect(counts(scores, "r")).toEqual([197, 201, 198, 199, 200]);
      expect(counts(scores, "f")).toEqual(R_COUNTS.f);
      expect(counts(scores, "m")).toEqual([199, 201, 197, 203, 195]);
    });
  });
});
