import { columnWidthPoints } from "../../src/excel/columnWidthPoints";

describe("columnWidthPoints", () => {
  it.each([
    [8.43, 48, "Excel's default column: 64 pixels"],
    [44, 234.75, "313 pixels"],
    [1, 9, "12 pixels"],
    [0, 0, "a hidden column"],
    [-3, 0, "no negative width"],
  ])("gives %s characters %s points (%s)", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });
});
