import fc from "fast-check";
import { customerRefs, MAX_LISTED_CUSTOMERS } from "../../../src/core/plan/customerRefs";
import type { ScoredCustomer } from "../../../src/core/score";
import { stubCustomer } from "./stubs";

describe("customerRefs", () => {
  it("runs the example of its doc comment", () => {
    expect(
      customerRefs([
        { customer: { id: "B", total: 50 } },
        { customer: { id: "A", total: 50 } },
        { customer: { id: "C", total: 90 } },
      ] as ScoredCustomer[]),
    ).toEqual({ count: 3, ids: ["C", "A", "B"] });
  });

  it("lists at most 20 IDs, the largest customers, and counts all of them", () => {
    const many = Object.freeze(
      Array.from({ length: 45 }, (_, i) => stubCustomer({ id: `K${String(i).padStart(2, "0")}`, total: i })),
    );
    const refs = customerRefs(many);
    expect(MAX_LISTED_CUSTOMERS).toBe(20);
    expect(refs.count).toBe(45);
    expect(refs.ids).toEqual(Array.from({ length: 20 }, (_, i) => `K${44 - i}`));
  });

  it("orders equal totals by plain code-unit order of the IDs, not by locale", () => {
    const refs = customerRefs([stubCustomer({ id: "b" }), stubCustomer({ id: "B" }), stubCustomer({ id: "a" })]);
    expect(refs.ids).toEqual(["B", "a", "b"]);
  });

  it("lists the same IDs as sorting everyone and taking the first 20, ties and repeated IDs included", () => {
    const customer = fc.record({
      id: fc.constantFrom("A", "B", "a", "C7", "c", "D"),
      total: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 120 }), (rows) => {
        const customers = rows.map((r, i) => ({ customer: { ...r, row: i } }) as unknown as ScoredCustomer);
        const sorted = [...customers].sort(
          (a, b) =>
            b.customer.total - a.customer.total ||
            (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0),
        );
        const refs = customerRefs(customers);
        expect(refs.ids).toEqual(sorted.slice(0, 20).map((c) => c.customer.id));
        expect(refs.count).toBe(customers.length);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("gives an empty list for no customers", () => {
    expect(customerRefs([])).toEqual({ count: 0, ids: [] });
  });
});
