import { bgnbdSupport, MIN_BGNBD_CUSTOMERS, MIN_BGNBD_REPEAT_CUSTOMERS } from "../../../src/core/clv/bgnbdSupport";
import { clvMessages } from "../../../src/core/clv/clvMessages";
import { customerFrom, smallPopulation } from "./customers";

describe("bgnbdSupport", () => {
  it("explains that an empty population is too small (doc example)", () => {
    expect(bgnbdSupport([])?.en).toBe(
      "Only 0 customers: the BG/NBD model needs at least 20. Used the retention method instead.",
    );
  });

  it("accepts a population with enough customers, repeat customers and consistent histories", () => {
    expect(bgnbdSupport(Object.freeze(smallPopulation(MIN_BGNBD_CUSTOMERS)))).toBeUndefined();
  });

  it("checks the counts before the histories, in a documented order", () => {
    const few = smallPopulation(MIN_BGNBD_CUSTOMERS).map((c, i) =>
      i < MIN_BGNBD_REPEAT_CUSTOMERS - 1 ? customerFrom(i, 1, 5, 10, 10) : customerFrom(i, 0, 0, 10, 0),
    );
    few[10] = { ...few[10], ageDays: NaN };
    expect(bgnbdSupport(few)?.en).toContain(`Only ${MIN_BGNBD_REPEAT_CUSTOMERS - 1} customers bought more than once`);
  });

  it("names the first customer whose history is inconsistent, in both languages", () => {
    const population = smallPopulation(25);
    population[7] = { ...population[7], repeatCount: 0, repeatSpanDays: 4 };
    const reason = bgnbdSupport(population);
    expect(reason?.en).toContain(
      "Customer C8 (row 9) has an inconsistent purchase history (recency must be 0 when there are no repeat purchases",
    );
    expect(reason?.zh).toContain("客户 C8（第 9 行）的购买记录不一致");
  });

  it("rejects a population where everyone first bought on the as-of date (no time span), after the other checks", () => {
    const population = smallPopulation(25).map((c, i) => customerFrom(i, c.repeatCount, 0, 0, 30));
    expect(bgnbdSupport(population)).toEqual(clvMessages.noObservationTime());
    // one customer a day old is enough time to fit on
    population[3] = customerFrom(3, 0, 0, 1, 0);
    expect(bgnbdSupport(population)).toBeUndefined();
  });
});
