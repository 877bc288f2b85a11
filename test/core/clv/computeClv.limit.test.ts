import { syntheticCustomers } from "../../../bench/syntheticCustomers";
import { computeClv } from "../../../src/core/clv/computeClv";
import { BGNBD_MAX_PARAMETER } from "../../../src/core/clv/bgnbd/bgnbdObjective";

describe("computeClv on the benchmark's 100,000 synthetic customers (seed 11), whose fit lands at the a, b → ∞ limit", () => {
  const customers = syntheticCustomers(100_000, 11);
  const result = computeClv(customers, { method: "bgnbd", unit: "weeks" });
  const model = result.model!;

  it("fits BG/NBD by BFGS alone, at the limit (every customer nearly the same dropout probability), and says so", () => {
    expect(result.method).toBe("bgnbd");
    expect(model.bgnbd.converged).toBe(true);
    expect(model.bgnbd.method).toBe("bfgs");
    expect(Math.max(model.bgnbd.params.a, model.bgnbd.params.b)).toBeGreaterThan(BGNBD_MAX_PARAMETER / 10);
    expect(model.bgnbd.note?.en).toContain("every customer has nearly the same dropout probability");
  });

  it("evaluates every expected purchase by a series: no quadrature and no hyp2f1 fallback", () => {
    const patterns = model.bgnbd.patterns;
    expect(model.routes.quadrature).toBe(0);
    expect(model.routes.hyp2f1).toBe(0);
    expect(model.routes.trivial + model.routes.series + model.routes.limit).toBe(patterns * 13);
    expect(model.routes.series).toBeGreaterThan(0);
  });

  it("gives every customer a finite CLV ≥ 0 and P(alive) = 1 to one-time buyers", () => {
    expect(result.perCustomer.every((c) => Number.isFinite(c.clv) && c.clv >= 0)).toBe(true);
    expect(customers.every((c, i) => c.repeatCount > 0 || result.perCustomer[i].pAlive === 1)).toBe(true);
  });
});
