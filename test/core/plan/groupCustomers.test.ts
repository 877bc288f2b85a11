import { groupCustomers } from "../../../src/core/plan/groupCustomers";
import { PLAYBOOK } from "../../../src/core/plan/playbook";
import { fixtureScore } from "./fixture";

describe("groupCustomers", () => {
  const score = fixtureScore();

  it("runs the example of its doc comment", () => {
    expect(groupCustomers(score).map((g) => g.customers.length)).toEqual([15, 5, 5, 15, 6, 6, 10, 3, 5, 10]);
  });

  it("puts every customer in exactly one tier group and one situation group", () => {
    const groups = groupCustomers(score);
    for (const c of score.customers) {
      const holding = groups.filter((g) => g.customers.includes(c));
      expect(holding.map((g) => PLAYBOOK.find((e) => e.key === g.key)!.kind).sort()).toEqual(["situation", "tier"]);
      expect(holding.find((g) => PLAYBOOK.find((e) => e.key === g.key)!.kind === "tier")!.key).toBe(c.valueTier);
    }
  });

  it("lists the segments present in a situation in the scheme's order", () => {
    const groups = groupCustomers(score);
    expect(groups.find((g) => g.key === "winBack")!.segments).toEqual(["important-retention", "important-win-back"]);
    expect(groups.find((g) => g.key === "develop")!.segments).toEqual(["important-development", "general-development"]);
    expect(groups.find((g) => g.key === "strategic")!.segments).toEqual([]);
  });

  it("keeps the customers of a group in input order", () => {
    const lowCost = groupCustomers(score)
      .find((g) => g.key === "lowCost")!
      .customers.map((c) => c.customer.row);
    expect(lowCost).toEqual([...lowCost].sort((a, b) => a - b));
  });
});
