/**
 * Dirty tables through the plan: `buildPlan` and `layoutPlan` on the scores of every generated
 * table that has at least one usable row.
 *
 * What is asserted: neither throws; no number in the plan or its sheet layout is NaN or infinite,
 * and no text shows "NaN", "Infinity" or "undefined"; every layout cell holds text, a number or
 * nothing, one cell per position; the risk register has a data-quality risk exactly when the table
 * had issues or the CLV model fell back; every input cell a person may edit has its own key, so a
 * rebuild can carry edits over.
 */
import fc from "fast-check";
import { defaultPlanStart } from "../../src/app/defaultPlanStart";
import { buildPlan } from "../../src/core/plan";
import { inputCellRecords, layoutPlan } from "../../src/core/plan/layout";
import { scoreCustomers } from "../../src/core/score";
import { readCustomers } from "../../src/core/table";
import type { ReadCustomersResult } from "../../src/core/table";
import { dirtyTable } from "../fixtures/dirtyTables";
import { nonFiniteNumbers } from "./checks";

const SEED = 20250702;
const BAD_TEXT = /\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/;

describe("dirty tables through the plan (buildPlan, layoutPlan)", () => {
  it("builds and lays out a plan for every dirty table with a usable row", () => {
    fc.assert(
      fc.property(dirtyTable({ host: "memory" }), fc.constantFrom<"en" | "zh">("en", "zh"), (t, lang) => {
        let read: ReadCustomersResult;
        try {
          read = readCustomers(t.matrix, t.asOf === undefined ? {} : { asOf: t.asOf });
        } catch {
          return; // no data row at all: covered by the core properties
        }
        if (read.customers.length === 0) return;
        const score = scoreCustomers(read.customers);
        const plan = buildPlan(score, {
          name: "Plan",
          asOf: read.asOf!,
          start: defaultPlanStart(read.asOf!),
          issues: read.issues,
        });
        const layout = layoutPlan(plan, lang);
        const found: string[] = [...nonFiniteNumbers(plan), ...nonFiniteNumbers(layout)];
        const places = new Set<string>();
        for (const cell of layout.cells) {
          const v = cell.value;
          if (!(v === null || typeof v === "string" || typeof v === "number"))
            found.push(`cell ${cell.row},${cell.column}`);
          if (typeof v === "string" && BAD_TEXT.test(v) && !read.customers.some((c) => v.includes(c.id)))
            found.push(`cell ${cell.row},${cell.column}: ${v.slice(0, 80)}`);
          const place = `${cell.row}:${cell.column}`;
          if (places.has(place)) found.push(`two cells at ${place}`);
          places.add(place);
        }
        const dataRisk = plan.risks.some((r) => r.category === "dataQuality");
        if (dataRisk !== (read.issues.length > 0 || score.clv.fallback !== undefined)) {
          found.push(`data-quality risk ${dataRisk} for ${read.issues.length} issues`);
        }
        const keys = inputCellRecords(layout).map((r) => r.key);
        if (new Set(keys).size !== keys.length) found.push("two input cells share a key");
        expect(found).toEqual([]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
