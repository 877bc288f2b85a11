/** Builders of `Customer` records for CLV tests (times in days). */
import type { Customer } from "../../../src/core/types";

/** A customer from lifetimes-style values: x repeat purchases, recency and age in days, mean repeat spend. */
export function customerFrom(
  index: number,
  x: number,
  txDays: number,
  ageDays: number,
  repeatMean: number,
  extra: Partial<Customer> = {},
): Customer {
  return Object.freeze({
    id: `C${index + 1}`,
    row: index + 2,
    recencyDays: ageDays - txDays,
    purchases: x + 1,
    total: repeatMean * Math.max(x, 1),
    repeatCount: x,
    repeatSpanDays: txDays,
    ageDays,
    repeatMean,
    ...extra,
  });
}

/** n customers with a fixed pattern that supports a BG/NBD fit (about a third are repeat buyers). */
export function smallPopulation(n: number): Customer[] {
  const out: Customer[] = [];
  for (let i = 0; i < n; i++) {
    const age = 100 + ((i * 37) % 300);
    const x = i % 3 === 0 ? 1 + (i % 7) : 0;
    const tx = x === 0 ? 0 : Math.round(age * (0.2 + ((i * 13) % 70) / 100));
    out.push(customerFrom(i, x, tx, age, x === 0 ? 0 : 20 + (i % 11) * 3));
  }
  return out;
}
