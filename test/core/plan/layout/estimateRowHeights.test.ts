import { estimateRowHeights } from "../../../../src/core/plan/layout";

const cell = (row: number, column: number, value: string | number, style: "text" | "title" = "text") => ({
  row,
  column,
  value,
  style,
});

describe("estimateRowHeights", () => {
  it("gives a 60-unit text in a 20-unit column four lines of 15 points, with 10% slack for word breaks", () => {
    const heights = estimateRowHeights({ cells: [cell(4, 0, "x".repeat(60))], merges: [], columnWidths: [21] });
    expect([...heights]).toEqual([[4, 60]]);
  });

  it("counts Chinese characters as two units wide", () => {
    const heights = estimateRowHeights({ cells: [cell(0, 0, "客".repeat(20))], merges: [], columnWidths: [21] });
    expect(heights.get(0)).toBe(45);
  });

  it("uses the whole width of a one-row merge", () => {
    const heights = estimateRowHeights({
      cells: [cell(2, 1, "x".repeat(50))],
      merges: [{ top: 2, left: 1, bottom: 2, right: 3 }],
      columnWidths: [10, 20, 20, 20],
    });
    expect(heights.size).toBe(0);
  });

  it("leaves one-line texts, numbers and titles alone", () => {
    const heights = estimateRowHeights({
      cells: [cell(0, 0, "short"), cell(1, 0, 123456789), cell(2, 0, "t".repeat(200), "title")],
      merges: [],
      columnWidths: [20],
    });
    expect(heights.size).toBe(0);
  });

  it("counts each line break as a new line", () => {
    expect(estimateRowHeights({ cells: [cell(0, 0, "a\nb\nc")], merges: [], columnWidths: [20] }).get(0)).toBe(45);
  });
});
