import fc from "fast-check";
import { groupPatterns } from "../../../src/core/clv/groupPatterns";

describe("groupPatterns", () => {
  it("groups identical histories and maps rows back (doc example)", () => {
    const p = groupPatterns(Object.freeze([0, 1, 0]), Object.freeze([0, 5, 0]), Object.freeze([37, 6, 37]));
    expect([p.count, Array.from(p.weight), Array.from(p.patternOf)]).toEqual([2, [2, 1], [0, 1, 0]]);
  });

  it("sums weights and treats -0 as 0", () => {
    const p = groupPatterns([0, 0], [-0, 0], [3, 3], [0.5, 2]);
    expect(p.count).toBe(1);
    expect(p.weight[0]).toBe(2.5);
  });

  it("finds exactly the distinct triples (brute-force oracle)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(1, 2, 2.5)), {
          maxLength: 200,
        }),
        (rows) => {
          const p = groupPatterns(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
            rows.map((r) => r[2]),
          );
          const distinct = new Set(rows.map((r) => r.join(",")));
          const mapsBack = rows.every(
            (r, i) => p.x[p.patternOf[i]] === r[0] && p.tx[p.patternOf[i]] === r[1] && p.T[p.patternOf[i]] === r[2],
          );
          const total = Array.from(p.weight).reduce((s, w) => s + w, 0);
          return p.count === distinct.size && mapsBack && total === rows.length;
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it("throws SIZE_MISMATCH for columns of different lengths", () => {
    expect(() => groupPatterns([1], [1, 2], [3])).toThrow(expect.objectContaining({ code: "SIZE_MISMATCH" }));
    expect(() => groupPatterns([1], [1], [3], [1, 1])).toThrow(expect.objectContaining({ code: "SIZE_MISMATCH" }));
  });
});
