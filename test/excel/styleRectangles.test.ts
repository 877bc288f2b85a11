import fc from "fast-check";
import type { CellStyle, LayoutCell } from "../../src/core/plan/layout";
import { styleRectangles } from "../../src/excel/styleRectangles";

const STYLES: CellStyle[] = [
  "title",
  "sectionHeader",
  "tableHeader",
  "text",
  "number",
  "percent",
  "money",
  "date",
  "input",
];

describe("styleRectangles", () => {
  it("joins runs along rows and then down columns, as its example says", () => {
    const cells: LayoutCell[] = [
      { row: 0, column: 0, value: "a", style: "text" },
      { row: 0, column: 1, value: "b", style: "text" },
      { row: 1, column: 0, value: "c", style: "text" },
      { row: 1, column: 1, value: 2, style: "number" },
    ];
    expect(styleRectangles(Object.freeze(cells), [])).toEqual([
      { style: "text", top: 0, left: 0, bottom: 0, right: 1 },
      { style: "text", top: 1, left: 0, bottom: 1, right: 0 },
      { style: "number", top: 1, left: 1, bottom: 1, right: 1 },
    ]);
  });

  it("makes one rectangle of a block of same-style rows, and lets a merged cell's style cover its merged range", () => {
    const cells: LayoutCell[] = [];
    for (let r = 2; r < 5; r++) for (let c = 0; c < 3; c++) cells.push({ row: r, column: c, value: 1, style: "money" });
    cells.push({ row: 6, column: 0, value: "note", style: "text" }, { row: 6, column: 4, value: "x", style: "text" });
    expect(styleRectangles(cells, [{ top: 6, left: 0, bottom: 6, right: 3 }])).toEqual([
      { style: "money", top: 2, left: 0, bottom: 4, right: 2 },
      { style: "text", top: 6, left: 0, bottom: 6, right: 3 },
      { style: "text", top: 6, left: 4, bottom: 6, right: 4 },
    ]);
  });

  it("covers every styled cell exactly once, in its own style, and no position without a cell", () => {
    const grid = fc.array(fc.array(fc.option(fc.constantFrom(...STYLES), { nil: undefined }), { maxLength: 8 }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(grid, (rows) => {
        const cells: LayoutCell[] = [];
        rows.forEach((row, r) =>
          row.forEach((style, c) => style && cells.push({ row: r, column: c, value: null, style })),
        );
        const seen = new Map<string, CellStyle>();
        for (const rect of styleRectangles(cells, [])) {
          for (let r = rect.top; r <= rect.bottom; r++) {
            for (let c = rect.left; c <= rect.right; c++) {
              expect(seen.has(`${r}:${c}`)).toBe(false);
              seen.set(`${r}:${c}`, rect.style);
            }
          }
        }
        expect(seen).toEqual(new Map(cells.map((cell) => [`${cell.row}:${cell.column}`, cell.style])));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
