import fc from "fast-check";
import { cellAddress } from "../../../src/core/issues";
import { dayFromYmd, excelSerialFromDay, isoFromDay } from "../../../src/core/days";
import { readCustomers } from "../../../src/core/table/readCustomers";
import type { Customer } from "../../../src/core/types";

const BASE = dayFromYmd(2024, 1, 1);
const HEADER = Object.freeze(["客户编号", "客户名称", "首次购买日期", "最近购买日期", "购买次数", "消费金额"]);
const COL = { id: 0, name: 1, first: 2, last: 3, purchases: 4, total: 5 } as const;

/** A date cell in one of the forms Excel and exceljs hand over. */
const dateCell = (day: number): fc.Arbitrary<unknown> => {
  const iso = isoFromDay(day);
  const [y, m, dd] = iso.split("-").map(Number);
  return fc.constantFrom<unknown>(
    excelSerialFromDay(day),
    excelSerialFromDay(day) + 0.5,
    new Date(day * 86_400_000),
    iso,
    `${y}/${m}/${dd}`,
    `${y}年${m}月${dd}日`,
    Number(iso.replace(/-/g, "")),
  );
};

const amountCell = (cents: number): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(
    cents / 100,
    `¥${(cents / 100).toLocaleString("en-US")}`,
    `${cents / 100}元`,
    `$ ${cents / 100}`,
  );

/** A good summary row for customer `id`: first ≤ last, and a repeat buyer whenever first < last. */
const goodRow = (id: string): fc.Arbitrary<unknown[]> =>
  fc
    .record({
      first: fc.integer({ min: 0, max: 300 }),
      span: fc.integer({ min: 0, max: 60 }),
      purchases: fc.integer({ min: 1, max: 30 }),
      cents: fc.integer({ min: 1, max: 10_000_000 }),
      name: fc.constantFrom("Acme", "华东贸易", "Beta Ltd", " Gamma "),
    })
    .chain(({ first, span, purchases, cents, name }) => {
      const p = span > 0 ? Math.max(purchases, 2) : purchases;
      return fc.tuple(
        fc.constant<unknown>(id),
        fc.constant<unknown>(name),
        dateCell(BASE + first),
        dateCell(BASE + first + span),
        fc.constantFrom<unknown>(p, String(p), `${p}.0`),
        amountCell(cents),
      );
    });

/** Unreadable values per column. Required columns may also be blank; optional ones may not (a blank optional cell is fine). */
const BAD: Readonly<Record<number, readonly unknown[]>> = {
  [COL.id]: ["", null, "  ", "#N/A", { error: "#REF!" }],
  [COL.name]: ["#NAME?", { error: "#N/A" }],
  [COL.first]: ["abc", "13/01/2025", "#VALUE!", true, "2025-02-30"],
  [COL.last]: ["", "soon", "01/23/2025", "2025-13-01", "#DIV/0!", -3, 0],
  [COL.purchases]: ["", "many", 2.5, -1, "#NUM!", "1.5"],
  [COL.total]: ["", "abc", "12.3.4", "1,2,3,,", "#DIV/0!", true, "12%"],
};

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `C${1000 + i}`);

const withoutRow = (c: Customer): { -readonly [K in keyof Customer]?: Customer[K] } => {
  const copy: { -readonly [K in keyof Customer]?: Customer[K] } = { ...c };
  delete copy.row;
  return copy;
};

describe("readCustomers (properties)", () => {
  it("gives every bad cell exactly one issue, at its address, and no cell issue elsewhere", () => {
    const arb = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.tuple(...ids(n).map(goodRow)),
        fc.uniqueArray(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: 5 })), {
          selector: ([r, c]) => `${r}:${c}`,
          maxLength: 3 * n,
        }),
        fc.array(fc.nat(), { minLength: 3 * n, maxLength: 3 * n }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 3 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([rows, badCells, picks, headerRow, firstColumn]) => {
        const matrix: unknown[][] = [[...HEADER], ...rows.map((r) => [...r])];
        const expected = new Set<string>();
        badCells.forEach(([r, c], i) => {
          const pool = BAD[c]!;
          matrix[r + 1]![c] = pool[picks[i]! % pool.length];
          expected.add(cellAddress(headerRow + r + 1, firstColumn + c));
        });
        // A MODEL_NOTE is about the table (repeat buyers left without a first purchase date), not a cell.
        const issues = readCustomers(matrix, { headerRow, firstColumn }).issues.filter((i) => i.code !== "MODEL_NOTE");
        const addresses = issues.map((i) => i.address);
        expect([...addresses].sort()).toEqual([...expected].sort());
        for (const issue of issues) expect(issue.column).toBe(HEADER[issue.address.charCodeAt(0) - 65 - firstColumn]);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("reads good rows the same whatever bad or blank rows are mixed in", () => {
    const arb = fc.integer({ min: 1, max: 20 }).chain((n) =>
      fc.tuple(
        fc.tuple(...ids(n).map(goodRow)),
        fc.array(
          fc.tuple(
            fc.nat({ max: n }),
            fc.oneof(
              fc.constant<unknown[]>([]),
              fc.constant<unknown[]>([null, "", "  "]),
              fc
                .tuple(goodRow("X"), fc.constantFrom(COL.id, COL.last, COL.purchases, COL.total), fc.nat(), fc.nat())
                .map(([row, c, pick, k]) => {
                  const bad = [...row];
                  bad[COL.id] = `BAD${k}`;
                  bad[c] = BAD[c]![pick % BAD[c]!.length];
                  return bad;
                }),
            ),
          ),
          { maxLength: 15 },
        ),
      ),
    );
    fc.assert(
      fc.property(arb, ([good, inserts]) => {
        const alone = readCustomers([HEADER, ...good]).customers;
        // Insert the bad rows; remember where each good row lands.
        const mixed: unknown[][] = [[...HEADER]];
        const landed: number[] = [];
        good.forEach((row, i) => {
          for (const [at, bad] of inserts) if (at === i) mixed.push(bad);
          landed.push(mixed.length);
          mixed.push(row);
        });
        for (const [at, bad] of inserts) if (at === good.length) mixed.push(bad);
        const result = readCustomers(mixed);
        const fromMixed = result.customers;
        expect(fromMixed.map(withoutRow)).toEqual(alone.map(withoutRow));
        expect(fromMixed.map((c) => c.row)).toEqual(alone.map((c) => landed[c.row - 2]! + 1));
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("reads a log's good transactions the same whatever bad rows are mixed in", () => {
    const LOG_HEADER = ["Customer ID", "Order Date", "Amount"];
    const tx = fc.tuple(
      fc.constantFrom("A", "B", "C"),
      fc.integer({ min: 0, max: 90 }).chain((k) => dateCell(BASE + k)),
      fc.integer({ min: -500, max: 100_000 }).chain(amountCell),
    );
    const badTx = fc.tuple(tx, fc.nat({ max: 2 }), fc.nat()).map(([row, c, pick]) => {
      const bad: unknown[] = [...row];
      const pool = [BAD[COL.id]!, BAD[COL.last]!, BAD[COL.total]!][c]!;
      bad[c] = pool[pick % pool.length];
      return bad;
    });
    fc.assert(
      fc.property(
        fc.array(tx, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), badTx), { maxLength: 20 }),
        (good, bad) => {
          const alone = readCustomers([LOG_HEADER, ...good]).customers;
          const mixed: unknown[][] = [LOG_HEADER, ...good];
          const landedRow = good.map((_, i) => i + 2);
          for (const [at, row] of bad) {
            const index = 1 + (at % mixed.length);
            mixed.splice(index, 0, row);
            for (let i = 0; i < landedRow.length; i++) if (landedRow[i]! >= index + 1) landedRow[i]!++;
          }
          const fromMixed = readCustomers(mixed).customers;
          expect(fromMixed.map(withoutRow)).toEqual(alone.map(withoutRow));
          expect(fromMixed.map((c) => c.row)).toEqual(alone.map((c) => landedRow[c.row - 2]));
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });
});
