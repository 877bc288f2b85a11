import fc from "fast-check";
import { pAlive as pAliveFunction } from "../../src/functions/pAlive";
import { describeWithData, referenceFirst50 } from "../core/clv/referenceData";
import { excelError } from "./_lib/excelShapes";
import { thrown } from "./tableFixtures";

/** The function as Excel may call it: any value in any argument (single cells, readonly ranges). */
const pAlive = pAliveFunction as (...args: unknown[]) => any[][];

/** The parameters lifetimes 0.11.3 fitted to the CDNOW sample (weeks); its outputs are in reference_first50.csv. */
const LIFETIMES = [0.242593, 4.413532, 0.792886, 2.425752] as const;

/** Hardie's closed form, P(alive) = 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + tx))^(r + x)). */
const closedForm = (x: number, tx: number, T: number, r: number, alpha: number, a: number, b: number) =>
  x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));

describe("PALIVE", () => {
  it("gives the hand-worked value 1 / (1 + 1/1 · (4/2)²) = 0.2 for x = 1, recency 1, T 3, r = α = a = b = 1", () => {
    expect(pAlive([[1]], [[1]], [[3]], 1, 1, 1, 1)[0]![0]).toBeCloseTo(0.2, 12);
  });

  it("gives exactly 1 to a customer with no repeat purchase (a property of the BG/NBD model)", () => {
    expect(pAlive(0, 0, 200, ...LIFETIMES)).toEqual([[1]]);
  });

  it("works element by element over a column, keeping its shape", () => {
    const out = pAlive([[2], [1], [0]], [[30.43], [1.71], [0]], [[38.86], [38.86], [38.86]], ...LIFETIMES);
    expect(out).toHaveLength(3);
    expect(out[0]![0]).toBeCloseTo(0.7266091368, 6);
    expect(out[1]![0]).toBeCloseTo(0.2122273881, 6);
    expect(out[2]![0]).toBe(1);
  });

  it("uses a single cell for every element", () => {
    expect(pAlive([[2, 2]], [[30.43, 10]], 38.86, ...LIFETIMES)[0]).toHaveLength(2);
    expect(pAlive([[2, 2]], [[30.43, 10]], 38.86, ...LIFETIMES)[0]![0]).toEqual(
      pAlive(2, 30.43, 38.86, ...LIFETIMES)[0]![0],
    );
  });

  it("matches the closed form on random histories and parameters", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        fc.tuple(...[0, 1, 2, 3].map(() => fc.double({ min: 0.05, max: 20, noNaN: true }))),
        (x, share, T, [r, alpha, a, b]) => {
          const tx = x === 0 ? 0 : share * T;
          const got = pAlive(x, tx, T, r, alpha, a, b)[0]![0] as number;
          expect(got).toBeCloseTo(closedForm(x, tx, T, r, alpha, a, b), 9);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("gives the range's results cell by cell, as separate single-cell calls would", () => {
    const x = [[0], [3], [7]];
    const tx = [[0], [12.5], [30]];
    const T = [[40], [20], [31]];
    const out = pAlive(x, tx, T, ...LIFETIMES);
    x.forEach((_, i) => expect(out[i]![0]).toBe(pAlive(x[i]![0], tx[i]![0], T[i]![0], ...LIFETIMES)[0]![0]));
  });

  it("reads numbers typed as text, including the parameters", () => {
    expect(pAlive([["2"]], [[" 30.43 "]], [["38.86"]], "0.242593", "4.413532", "0.792886", "2.425752")).toEqual(
      pAlive(2, 30.43, 38.86, ...LIFETIMES),
    );
  });

  it("leaves an element empty when all its cells are blank, so it can run over a partly filled column", () => {
    expect(pAlive([[2], [""], [null]], [[30.43], [""], [null]], [[38.86], [""], [""]], ...LIFETIMES).slice(1)).toEqual([
      [""],
      [""],
    ]);
  });

  it.each([
    { x: 1, tx: 40, T: 38.86, message: "recency 40 is greater than age T 38.86" },
    { x: 0, tx: 3, T: 38.86, message: "recency must be 0 when there are no repeat purchases (x = 0, recency 3)" },
    { x: 1.5, tx: 3, T: 38.86, message: "repeat purchases must be a whole number >= 0 (got 1.5)" },
    { x: "two", tx: 3, T: 38.86, message: 'frequency: "two" is not a number' },
    { x: 2, tx: "", T: 38.86, message: "recency is blank" },
    { x: 2, tx: excelError("#DIV/0!"), T: 38.86, message: "recency is an error value (#DIV/0!)" },
  ])("puts #N/A with a message on an unusable element: $message", ({ x, tx, T, message }) => {
    const out = pAlive([[2], [x]], [[30.43], [tx]], [[38.86], [T]], ...LIFETIMES);
    expect(typeof out[0]![0]).toBe("number");
    expect(out[1]![0]).toMatchObject({ code: "#N/A", message });
  });

  describe("reports unusable arguments as #VALUE! with a message", () => {
    it("names both sizes when ranges differ", () => {
      expect(thrown(() => pAlive([[1], [2], [3]], [[1], [2]], 40, ...LIFETIMES))).toMatchObject({
        code: "#VALUE!",
        message: "frequency is 3×1 but recency is 2×1: the ranges must be the same size (or single cells)",
      });
    });

    it.each([
      { params: [0, 4.4, 0.8, 2.4], message: "BG/NBD parameter r must be a finite number > 0 (got 0)" },
      { params: [0.24, "", 0.8, 2.4], message: "alpha is required: a number" },
      { params: [0.24, 4.4, "x", 2.4], message: 'a must be a number; got "x"' },
      { params: [0.24, 4.4, 0.8, [[1, 2]]], message: "b must be a single value, not a range of 1×2 cells" },
    ])("$message", ({ params, message }) => {
      expect(thrown(() => pAlive(1, 1, 3, ...params))).toMatchObject({
        code: "#VALUE!",
        message,
      });
    });
  });
});

describeWithData("PALIVE against lifetimes 0.11.3 (first 50 CDNOW customers)", () => {
  it("matches p_alive to 6 decimals for all 50", () => {
    const rows = referenceFirst50();
    const out = pAlive(
      rows.map((r) => [r.frequency]),
      rows.map((r) => [r.recency]),
      rows.map((r) => [r.T]),
      ...LIFETIMES,
    );
    rows.forEach((r, i) => expect(out[i]![0]).toBeCloseTo(r.pAlive, 6));
  });
});
