import { mergeStyles } from "../../../src/headless/package/mergeStyles";
import { StyleSheetEditor } from "../../../src/headless/package/styleSheetEditor";
import { transplantSheetXml } from "../../../src/headless/package/transplantSheetXml";

const TARGET =
  `<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

const SOURCE =
  `<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="16"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF2F5597"/></patternFill></fill></fills>` +
  `<borders count="1"><border><left/></border></borders>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs></styleSheet>`;

describe("mergeStyles", () => {
  it("maps the source's defaults onto the target's and appends the rest with the target's ids", () => {
    const target = new StyleSheetEditor(TARGET);
    const maps = mergeStyles(target, SOURCE);
    expect(maps.xf).toEqual([0, 1, 2]);
    expect(maps.dxf).toEqual([0]);
    const xml = target.toXml();
    // The source's date format gets a new id: 164 is the target's "0.000".
    expect(xml).toContain(`<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>`);
    expect(xml).toContain(`<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
    expect(xml).toContain(`<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>`);
    expect(xml).toContain(
      `<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="16"/></font></fonts>`,
    );
    expect(xml).toContain(`<dxfs count="1">`);
  });

  it("adds nothing twice when the same sheet's formats are merged again", () => {
    const target = new StyleSheetEditor(TARGET);
    mergeStyles(target, SOURCE);
    const once = target.toXml();
    expect(mergeStyles(target, SOURCE)).toEqual({ xf: [0, 1, 2], dxf: [0] });
    expect(target.toXml()).toBe(once);
  });
});

describe("transplantSheetXml", () => {
  it("points cells, rows, columns and conditional formats at the target's formats and strings", () => {
    const sheet =
      `<cols><col min="1" max="1" style="2"/></cols><sheetData><row r="1" s="1" customFormat="1">` +
      `<c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><v>45658</v></c><c r="C1"><f>A1</f><v>3</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;1</formula></cfRule></conditionalFormatting>`;
    const out = transplantSheetXml(sheet, (i) => i + 40, { xf: [0, 7, 9], dxf: [5] });
    expect(out).toBe(
      `<cols><col min="1" max="1" style="9"/></cols><sheetData><row r="1" s="7" customFormat="1">` +
        `<c r="A1" s="7" t="s"><v>40</v></c><c r="B1" s="9"><v>45658</v></c><c r="C1"><f>A1</f><v>3</v></c></row></sheetData>` +
        `<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="5" priority="1"><formula>A1&gt;1</formula></cfRule></conditionalFormatting>`,
    );
  });
});
