import type { Customer } from "../src/core/types";

/** A seeded uniform random source on [0, 1) (mulberry32), so every benchmark run scores the same population. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` customers observed for up to two years: purchase counts geometric-like, recency and age in
 * whole days, amounts log-normal. Realistic enough to exercise ties, one-time buyers and long tails.
 */
export function syntheticCustomers(count: number, seed = 7): Customer[] {
  const random = seededRandom(seed);
  const customers: Customer[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const ageDays = 1 + Math.floor(random() * 730);
    const repeatCount = Math.floor(-Math.log(1 - random()) * 3 * random());
    const repeatSpanDays = repeatCount === 0 ? 0 : Math.floor(random() * ageDays);
    const purchases = repeatCount + 1;
    const order = Math.exp(4 + random() * 2);
    const total = Math.round(order * purchases * 100) / 100;
    customers[i] = {
      id: `C${i + 1}`,
      row: i + 2,
      recencyDays: ageDays - repeatSpanDays,
      purchases,
      total,
      repeatCount,
      repeatSpanDays,
      ageDays,
      repeatMean: repeatCount === 0 ? 0 : order,
    };
  }
  return customers;
}
