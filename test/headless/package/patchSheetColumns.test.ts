import { patchSheetColumns } from "../../../src/headless/package/patchSheetColumns";
import type { ColumnPatch } from "../../../src/headless/package/patchSheetColumns";
import { PackageNotEditable } from "../../../src/headless/package/packageNotEditable";

const sheet = (rows: string, dimension = "A1:B3"): string =>
  `<worksheet><dimension ref="${dimension}"/><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;

/** A patch writing `<c r="X9"><v>X9</v></c>`-like cells: the value names the cell. */
function patch(
  firstRow: number,
  lastRow: number,
  columns: number[],
  skip: (row: number) => boolean = () => false,
): ColumnPatch {
  return {
    firstRow,
    lastRow,
    columns,
    cell: (row, i) => {
      const ref = `${String.fromCharCode(65 + columns[i])}${row}`;
      return skip(row) ? "" : `<c r="${ref}"><v>${ref}</v></c>`;
    },
  };
}

describe("patchSheetColumns", () => {
  it("appends the new cells after the last cell of each row and grows the dimension", () => {
    const xml = sheet(
      `<row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"/></row>`,
      "A1:B2",
    );
    expect(patchSheetColumns(xml, patch(1, 2, [2]))).toBe(
      sheet(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>C1</v></c></row><row r="2"><c r="A2"/><c r="C2"><v>C2</v></c></row>`,
        "A1:C2",
      ),
    );
  });

  it("replaces the cells of a column written before and keeps the cells on either side", () => {
    const xml = sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="4"><v>old</v></c><c r="D1"><v>4</v></c></row>`);
    expect(patchSheetColumns(xml, patch(1, 1, [1, 2]))).toContain(
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>B1</v></c><c r="C1"><v>C1</v></c><c r="D1"><v>4</v></c></row>`,
    );
  });

  it("removes an earlier cell when the new value is blank", () => {
    const xml = sheet(`<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>old</v></c></row>`);
    expect(
      patchSheetColumns(
        xml,
        patch(2, 2, [1], () => true),
      ),
    ).toContain(`<row r="2"><c r="A2"><v>1</v></c></row>`);
  });

  it("adds rows the part lacks, in order, and leaves rows outside the run as they were", () => {
    const xml = sheet(`<row r="1"><c r="A1"/></row><row r="4"><c r="A4"/></row><row r="9" ht="30"><c r="B9"/></row>`);
    const out = patchSheetColumns(xml, patch(1, 5, [2]));
    expect(out).toContain(
      `<row r="1"><c r="A1"/><c r="C1"><v>C1</v></c></row><row r="2"><c r="C2"><v>C2</v></c></row>` +
        `<row r="3"><c r="C3"><v>C3</v></c></row><row r="4"><c r="A4"/><c r="C4"><v>C4</v></c></row>` +
        `<row r="5"><c r="C5"><v>C5</v></c></row><row r="9" ht="30"><c r="B9"/></row>`,
    );
  });

  it("fills an empty sheet, written as a self-closing sheetData", () => {
    const out = patchSheetColumns(`<worksheet><sheetData/></worksheet>`, patch(1, 2, [0]));
    expect(out).toBe(
      `<worksheet><sheetData><row r="1"><c r="A1"><v>A1</v></c></row><row r="2"><c r="A2"><v>A2</v></c></row></sheetData></worksheet>`,
    );
  });

  it("keeps rows before the run byte for byte", () => {
    const before = `<row r="1" customHeight="1" ht="40"><c r="A1" t="s"><v>0</v></c></row>\n  `;
    const out = patchSheetColumns(sheet(`${before}<row r="2"><c r="A2"/></row>`), patch(2, 2, [1]));
    expect(out).toContain(before);
  });

  it("refuses a row or a cell without its reference rather than guessing its place", () => {
    expect(() => patchSheetColumns(sheet(`<row><c r="A1"/></row>`), patch(1, 1, [1]))).toThrow(PackageNotEditable);
    expect(() => patchSheetColumns(sheet(`<row r="1"><c><v>1</v></c><c r="C1"/></row>`), patch(1, 1, [1]))).toThrow(
      PackageNotEditable,
    );
  });
});
