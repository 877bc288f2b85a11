/**
 * Tables in the shapes Excel hands to `=CDP.*` functions (header row first, dates as serial numbers,
 * blanks as ""), shared by the table functions' tests.
 */

/** Excel serial of 2024-12-31 (45658 is 2025-01-01, Excel's documented serial for that day, minus one). */
export const DEC_31_2024 = 45657;

/**
 * Four customers whose RFM scores can be worked out by hand, as of 2024-12-31: recency 10, 200, 30
 * and 400 days; purchases 1, 5, 3, 2; totals 100, 900, 300, 50.
 */
export const FOUR_CUSTOMERS: readonly (readonly unknown[])[] = Object.freeze([
  Object.freeze(["Customer ID", "Last purchase", "Purchases", "Total amount"]),
  Object.freeze(["A", DEC_31_2024 - 10, 1, 100]),
  Object.freeze(["B", DEC_31_2024 - 200, 5, 900]),
  Object.freeze(["C", DEC_31_2024 - 30, 3, 300]),
  Object.freeze(["D", DEC_31_2024 - 400, 2, 50]),
]);

/** A small seeded generator (mulberry32), so the simulated log is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A transaction log of 40 customers (IDs 1001–1040) through 2024, simulated the way the BG/NBD and
 * Gamma-Gamma models describe buying (exponential gaps at a customer's own rate, a chance of leaving
 * after each purchase, amounts around a customer's own mean) from a fixed seed: enough customers
 * and repeat buyers for both models to fit. Header: customer_id, date (Excel serial), amount, margin.
 * Each customer's rows are together, in date order.
 */
export function transactionLog(): unknown[][] {
  const random = seeded(7);
  const rows: unknown[][] = [["customer_id", "date", "amount", "margin"]];
  for (let i = 0; i < 40; i++) {
    const perDay = (-Math.log(1 - random()) * 0.6 + 0.05) / 30;
    const leave = 0.05 + 0.35 * random();
    const mean = 20 + 80 * random();
    let day = 45292 + Math.floor(90 * random());
    for (;;) {
      const amount = Math.round(mean * (0.6 + 0.8 * random()));
      rows.push([1001 + i, day, amount, Math.round(amount * 0.3)]);
      if (random() < leave) break;
      day += Math.max(1, Math.round(-Math.log(1 - random()) / perDay));
      if (day > DEC_31_2024) break;
    }
  }
  return rows;
}

/** A cell of a spilled result as text, errors as `code message`, for compact assertions. */
export function shown(cell: unknown): unknown {
  return cell instanceof CustomFunctions.Error ? `${cell.code} ${cell.message}` : cell;
}

/** Runs a custom function and returns what it threw. */
export function thrown(run: () => unknown): CustomFunctions.Error {
  try {
    run();
  } catch (e) {
    return e as CustomFunctions.Error;
  }
  throw new Error("expected the function to throw");
}

/** The invocation Excel passes when the table argument is at `address`. */
export function at(address: string): CustomFunctions.Invocation {
  return { parameterAddresses: [address] } as unknown as CustomFunctions.Invocation;
}
