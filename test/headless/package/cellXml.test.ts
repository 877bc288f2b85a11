import { cellXml, columnOfReference } from "../../../src/headless/package/cellXml";
import { dataSheetXml } from "../../../src/headless/package/dataSheetXml";
import { SharedStringsEditor } from "../../../src/headless/package/sharedStringsEditor";

describe("cellXml", () => {
  it("writes a number as its value, with the cell format when there is one", () => {
    const strings = new SharedStringsEditor(undefined);
    expect(cellXml(2, 5, 0.25, 3, strings)).toBe(`<c r="F2" s="3"><v>0.25</v></c>`);
    expect(cellXml(10, 27, -1e-7, 0, strings)).toBe(`<c r="AB10"><v>-1e-7</v></c>`);
  });

  it("writes text that looks like a formula as a shared string, never as a formula", () => {
    const strings = new SharedStringsEditor(undefined);
    expect(cellXml(2, 6, "=SUM(A1)", 0, strings)).toBe(`<c r="G2" t="s"><v>0</v></c>`);
    expect(strings.toXml()).toContain(`<t xml:space="preserve">=SUM(A1)</t>`);
    expect(cellXml(3, 6, "=SUM(A1)", 0, strings)).toBe(`<c r="G3" t="s"><v>0</v></c>`);
  });

  it("writes booleans as booleans, and leaves blanks and numbers with no cell form out", () => {
    const strings = new SharedStringsEditor(undefined);
    expect(cellXml(1, 0, true, 0, strings)).toBe(`<c r="A1" t="b"><v>1</v></c>`);
    expect(cellXml(1, 0, null, 4, strings)).toBe("");
    expect(cellXml(1, 0, Number.NaN, 4, strings)).toBe("");
    expect(cellXml(1, 0, Number.POSITIVE_INFINITY, 4, strings)).toBe("");
  });

  it("reads a reference's column back", () => {
    expect(columnOfReference("A1")).toBe(0);
    expect(columnOfReference("AB12")).toBe(27);
    expect(columnOfReference("$XFD$1")).toBe(16_383);
  });
});

describe("dataSheetXml", () => {
  it("writes a header, the rows under it, widths and a frozen header row", () => {
    const strings = new SharedStringsEditor(undefined);
    const xml = dataSheetXml(
      [
        ["ID", "Total"],
        ["C1", 5],
        [null, 7],
      ],
      { headerStyle: 2, columnStyles: [0, 4], columnWidths: [12, 9], frozenRows: 1 },
      strings,
    );
    expect(xml).toContain(`<dimension ref="A1:B3"/>`);
    expect(xml).toContain(`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`);
    expect(xml).toContain(
      `<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="9" customWidth="1"/></cols>`,
    );
    expect(xml).toContain(
      `<row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="2" t="s"><v>1</v></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="4"><v>5</v></c></row><row r="3"><c r="B3" s="4"><v>7</v></c></row>`,
    );
  });
});
