import { applyStrategicFitScale } from "../../../src/core/table/applyStrategicFitScale";
import { CellReader } from "../../../src/core/table/CellReader";

const newReader = (): CellReader =>
  new CellReader({ headers: ["ID", "Fit"], columns: { id: 0, strategicFit: 1 }, headerRow: 1, firstColumn: 0 });

describe("applyStrategicFitScale", () => {
  it("matches the example in its documentation", () => {
    const reader = newReader();
    const rows = [
      { details: { strategicFit: 4 }, rowIndex: 1 },
      { details: { strategicFit: 5 }, rowIndex: 2 },
    ];
    applyStrategicFitScale(rows, reader);
    expect(rows.map((r) => r.details.strategicFit)).toEqual([0.8, 1]);
  });

  it("removes out-of-range values with a warning on their cell and leaves rows without a value alone", () => {
    const reader = newReader();
    const rows = [
      { details: { strategicFit: 80 }, rowIndex: 1 },
      { details: { strategicFit: -1 }, rowIndex: 2 },
      { details: {}, rowIndex: 3 },
      { details: { strategicFit: 101 }, rowIndex: 4 },
    ];
    applyStrategicFitScale(rows, reader);
    expect(rows.map((r) => r.details.strategicFit)).toEqual([0.8, undefined, undefined, undefined]);
    expect(rows[1]!.details).not.toHaveProperty("strategicFit");
    expect(reader.issues.map((i) => [i.code, i.severity, i.address])).toEqual([
      ["OUT_OF_RANGE", "warning", "B3"],
      ["OUT_OF_RANGE", "warning", "B5"],
    ]);
  });
});
